package org.proximite.web.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proximite.web.chapter.ChapterAdministration;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.ShippedChapters;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader has the practices list open, filtered by chapter and language, when an admin installs a
 * chapter that brings Portuguese: the filter bar offers the new chapter and the new language at
 * once, without a reload, and the filters the reader set stay set, with the same practices.
 */
class PracticesFollowTheLanguagesTest extends BrowserlessUiTest {

    @Autowired
    ChapterAdministration administration;

    @Test
    @SuppressWarnings("unchecked")
    void aChapterAndALanguageAChapterBringsCanBeChosenInTheOpenListAndTheFiltersSetStay() throws Exception {
        signInAs("viewer");
        UI.getCurrent().navigate("workspace/practices", QueryParameters.simple(Map.of("chapter", "guinea", "lang", "fr")));
        PracticesView view = _get(PracticesView.class);
        Select<String> language = _get(Select.class, spec -> spec.withClasses("filter-lang"));
        Select<String> chapter = _get(Select.class, spec -> spec.withClasses("filter-chapter"));
        List<String> chaptersBefore = chapter.getListDataView().getItems().toList();
        assertThat(language.getListDataView().getItems()).doesNotContain("pt");
        assertThat(language.getValue()).isEqualTo("fr");
        List<String> shownBefore = _find(PracticeCardView.class).stream().map(card -> card.getElement().getTextRecursively()).toList();
        assertThat(shownBefore).isNotEmpty();

        ShippedChapters.installGuineaBissau(administration);

        // The page is not reloaded: the open list is told through the outbox, UI.access and push.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return language.getListDataView().getItems().anyMatch("pt"::equals);
        });
        assertThat(_get(PracticesView.class)).as("the same page, not a new one").isSameAs(view);
        assertThat(chapter.getListDataView().getItems()).as("the new chapter can be chosen").containsAll(chaptersBefore)
                .hasSize(chaptersBefore.size() + 1);
        assertThat(language.getValue()).as("the language filter set stays").isEqualTo("fr");
        assertThat(chapter.getValue()).as("the chapter filter set stays").isEqualTo("guinea");
        assertThat(_find(PracticeCardView.class)).extracting(card -> card.getElement().getTextRecursively())
                .as("still the practices the filters select").containsExactlyElementsOf(shownBefore);
    }
}
