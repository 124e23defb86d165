package org.proximite.web.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proximite.web.testing.EditorActions.titleFields;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.proximite.web.chapter.ChapterAdministration;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.ShippedChapters;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator is editing a practice when an admin installs a chapter that brings Portuguese: the
 * editor's choice of default language offers it at once, without a reload, and nothing typed is lost.
 */
class EditorFollowsTheLanguagesTest extends BrowserlessUiTest {

    @Autowired
    ChapterAdministration administration;

    @Test
    @SuppressWarnings("unchecked")
    void aLanguageAChapterBringsCanBeChosenInTheOpenEditorAndWhatIsTypedStays() throws Exception {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters("local-security-plan"));
        Select<String> defaultLanguage = _get(ItemHeaderFields.class).getContent().getChildren()
                .filter(Select.class::isInstance).map(child -> (Select<String>) child).findFirst().orElseThrow();
        assertThat(defaultLanguage.getListDataView().getItems()).doesNotContain("pt");
        _setValue(titleFields().get(0), "Plan local de sécurité, revu");

        ShippedChapters.installGuineaBissau(administration);

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return defaultLanguage.getListDataView().getItems().anyMatch("pt"::equals);
        });
        assertThat(defaultLanguage.getValue()).as("the item's default language stays chosen").isEqualTo("fr");
        assertThat(titleFields().get(0).getValue()).as("what was typed stays").isEqualTo("Plan local de sécurité, revu");
    }
}
