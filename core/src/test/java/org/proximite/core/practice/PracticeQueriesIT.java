package org.proximite.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

class PracticeQueriesIT {

    @TempDir
    Path plugins;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersByThemeIncludingChildThemesAndByChapterAndLevel(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);

        var all = core.practices().list(new PracticeFilter("fr", null, null, null, null, false));
        var topTheme = core.themes().tree("fr").stream().filter(node -> !node.children().isEmpty()).findFirst().orElseThrow();
        var child = topTheme.children().getFirst();
        var underTop = core.practices().list(new PracticeFilter("fr", topTheme.slug(), null, null, null, false));
        var underChild = core.practices().list(new PracticeFilter("fr", child.slug(), null, null, null, false));

        assertThat(all).hasSize(10);
        assertThat(underTop).hasSize(topTheme.practiceCount()).hasSizeLessThan(all.size());
        assertThat(underTop).extracting(PracticeCard::slug).containsAll(underChild.stream().map(PracticeCard::slug).toList());
        assertThat(underChild).allSatisfy(card -> assertThat(card.themes()).extracting("slug").contains(child.slug()));
        assertThat(core.practices().list(new PracticeFilter("fr", null, "guinea", EvidenceLevel.PRACTICE_BASED, "en", false))).hasSize(10);
        assertThat(core.practices().list(new PracticeFilter("fr", null, "other-chapter", null, null, false))).isEmpty();
        assertThat(core.practices().list(new PracticeFilter("fr", null, null, EvidenceLevel.EVALUATED, null, false))).isEmpty();
        assertThat(core.practices().list(new PracticeFilter("fr", null, null, null, "es", false))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsEnglishTitlesForEnglishReaders(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);

        var english = core.practices().list(PracticeFilter.published("en"));

        assertThat(english).allSatisfy(card -> {
            assertThat(card.language()).isEqualTo("en");
            assertThat(card.fallback()).isFalse();
        });
        assertThat(english).extracting(PracticeCard::title).contains("Community safety and crime prevention council");
    }
}
