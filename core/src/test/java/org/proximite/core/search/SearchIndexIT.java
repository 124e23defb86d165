package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/** Readers search the Guinea and Guinea-Bissau chapters as they type, accents and typos included. */
class SearchIndexIT {

    @TempDir
    Path dataDir;

    private SearchIndex indexOver(CoreServices core) {
        SearchIndex index = SearchIndex.over(new PublishedItems(core.dsl()));
        index.rebuild();
        return index;
    }

    private SearchIndex indexOverBothGuineas(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        core.install(TestChapterJars.guineaBissau(), dataDir);
        return indexOver(core);
    }

    private static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    private static SearchResults search(SearchIndex index, String text, String language) {
        return index.search(new SearchQuery(text, language, Map.of(), 0, 100));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsTheSameWithOrWithoutAccentsAndInAnyNumber(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        SearchIndex index = indexOver(core);

        SearchResults accented = search(index, "sécurité", "fr");
        assertThat(accented.total()).isGreaterThan(3);
        assertThat(slugs(search(index, "securite", "fr"))).containsExactlyInAnyOrderElementsOf(slugs(accented));
        assertThat(slugs(search(index, "SÉCURITÉ", "fr"))).containsExactlyInAnyOrderElementsOf(slugs(accented));
        assertThat(slugs(search(index, "polices", "fr"))).containsExactlyInAnyOrderElementsOf(slugs(search(index, "police", "fr")));
        assertThat(search(index, "polices", "fr").total()).isGreaterThan(3);
        assertThat(slugs(search(index, "councils", "en"))).contains("local-security-council");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void toleratesATypoAndHighlightsTheWordsFound(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        SearchIndex index = indexOver(core);

        assertThat(slugs(search(index, "conseil local", "fr"))).contains("local-security-council");
        assertThat(slugs(search(index, "conseil locla", "fr"))).contains("local-security-council");
        // Two letters swapped in a word of seven letters or more: two edits, looked up in titles and texts alike.
        assertThat(slugs(search(index, "scéurité", "fr"))).isNotEmpty().containsAll(slugs(search(index, "sécurité", "fr")));
        assertThat(slugs(search(index, "councli", "en"))).contains("local-security-council");
        SearchHit hit = search(index, "conseil", "fr").hits().getFirst();
        assertThat(hit.snippetHtml()).containsIgnoringCase("<mark>conseil");
        assertThat(hit.language()).isEqualTo("fr");
        assertThat(hit.fallback()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsPortugueseWordsWrittenWithoutTheirAccentsAndCountsTheFacets(TestDatabase database) {
        SearchIndex index = indexOverBothGuineas(database);

        SearchResults radio = search(index, "emissao ouvinte", "pt");
        assertThat(slugs(radio)).contains("community-radio-call-in-programme");
        SearchHit hit = radio.hits().stream().filter(found -> found.slug().equals("community-radio-call-in-programme")).findFirst().orElseThrow();
        assertThat(hit.language()).isEqualTo("pt");
        assertThat(hit.snippetHtml()).contains("<mark>");

        SearchResults all = search(index, "", "fr");
        assertThat(all.facets().get("chapter")).extracting(SearchResults.FacetValue::value).contains("guinea", "guinea-bissau");
        assertThat(all.facets().get("language")).extracting(SearchResults.FacetValue::value).contains("fr", "en", "pt");
        assertThat(all.facets().get("kind")).extracting(SearchResults.FacetValue::value).contains("practice", "initiative");
        int guinea = all.facets().get("chapter").stream().filter(value -> value.value().equals("guinea")).findFirst().orElseThrow().count();
        SearchResults onlyGuinea = index.search(new SearchQuery("", "fr", Map.of("chapter", "guinea"), 0, 100));
        assertThat(onlyGuinea.total()).isEqualTo(guinea);
        assertThat(onlyGuinea.hits()).allSatisfy(found -> assertThat(found.chapterId()).isEqualTo("guinea"));
        SearchResults practicesInPortuguese = index.search(new SearchQuery("", "fr", Map.of("kind", "practice", "language", "pt"), 0, 100));
        assertThat(slugs(practicesInPortuguese)).containsExactlyInAnyOrder("community-radio-call-in-programme", "community-liaison-officers");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answersQueriesMadeOfSyntaxOrVeryLongWithoutFailing(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        SearchIndex index = indexOver(core);

        assertThat(search(index, "+-&&||!(){}[]^\"~*?:\\/", "fr").total()).isZero();
        assertThat(search(index, "le la les", "fr").total()).isZero();
        assertThat(search(index, "sécurité ".repeat(500), "fr").total()).isGreaterThan(0);
        assertThat(search(index, "", "fr").total()).isEqualTo(core.practices().list(org.proximite.core.practice.PracticeFilter.published("fr")).size()
                + core.initiatives().list("fr", null, false).size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void followsAnEditAndForgetsAnArchivedItemFromTheOutbox(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), dataDir);
        SearchIndex index = indexOver(core);
        long position = core.outbox().lastPosition();

        ContentFixtures.editPractice(core, "local-security-council", "fr", "summary", "Un conseil qui se réunit sous le fromager du quartier.");
        index.onChanges(core.outbox().after(position, 100));

        assertThat(slugs(search(index, "fromagers", "fr"))).containsExactly("local-security-council");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsEachFacetValueAsTheResultsItsFilterKeepsAndPagesAgreeWithOneLongPage(TestDatabase database) {
        SearchIndex index = indexOverBothGuineas(database);

        for (String words : List.of("", "police", "communauté")) {
            SearchResults all = index.search(new SearchQuery(words, "fr", Map.of(), 0, 100));
            assertThat(all.total()).isGreaterThan(1);
            all.facets().forEach((facet, values) -> {
                assertThat(values).as(facet).isSortedAccordingTo(java.util.Comparator.comparing(SearchResults.FacetValue::count).reversed());
                for (SearchResults.FacetValue value : values) {
                    SearchResults kept = index.search(new SearchQuery(words, "fr", Map.of(facet, value.value()), 0, 100));
                    assertThat(value.count()).as(facet + "=" + value.value() + " for '" + words + "'").isEqualTo(kept.total());
                }
            });
            List<String> firstTwoPages = new java.util.ArrayList<>(slugs(index.search(new SearchQuery(words, "fr", Map.of(), 0, 3))));
            firstTwoPages.addAll(slugs(index.search(new SearchQuery(words, "fr", Map.of(), 1, 3))));
            assertThat(firstTwoPages).containsExactlyElementsOf(slugs(all).subList(0, Math.min(6, slugs(all).size())));
        }
    }
}
