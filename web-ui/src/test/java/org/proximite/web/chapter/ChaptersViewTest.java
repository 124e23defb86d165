package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserlessUiTest;

/** Admins see the installed chapters and their history; editors do not. */
class ChaptersViewTest extends BrowserlessUiTest {

    @Autowired
    ChapterQueries chapters;

    @Test
    void anAdminSeesTheGuineaChapterAndItsInstallation() {
        signInAs("admin", "ADMIN", "EDITOR");

        UI.getCurrent().navigate(ChaptersView.class);

        Grid<?> chapters = _get(Grid.class, spec -> spec.withClasses("chapter-grid"));
        assertThat(_size(chapters)).isGreaterThanOrEqualTo(1);
        Grid<?> history = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        assertThat(_size(history)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAdminReadsThePlanOfTheExampleChapterThenAppliesItWithoutRestart() throws InterruptedException {
        signInAs("admin", "ADMIN", "EDITOR");
        UI.getCurrent().navigate(ChaptersView.class);

        _click(_get(Button.class, spec -> spec.withClasses("example-button")));

        InstallPlanView plan = _get(InstallPlanView.class);
        assertThat(plan.getElement().getTextRecursively()).contains("guinea-bissau", "pt");
        Button apply = _get(Button.class, spec -> spec.withClasses("apply-button"));
        assertThat(apply.isEnabled()).isTrue();

        _click(apply);
        for (int i = 0; i < 100 && chapters.list("fr").size() < 2; i++) {
            Thread.sleep(100);
        }
        MockVaadin.clientRoundtrip(false);

        assertThat(chapters.list("fr")).extracting(ChapterSummary::id).contains("guinea", "guinea-bissau");
        assertThat(_size(_get(Grid.class, spec -> spec.withClasses("chapter-grid")))).isEqualTo(2);

        // The chapter brought Portuguese interface texts: the interface can now be switched to it.
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.forLanguageTag("pt"));
        UI.getCurrent().navigate(org.proximite.web.practice.PracticesView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Práticas");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.util.Locale> languageSwitch =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("language-switch"));
        assertThat(languageSwitch.getListDataView().getItems().map(java.util.Locale::getLanguage)).contains("fr", "en", "pt");
    }

    @Test
    void anEditorWhoIsNotAdminCannotOpenIt() {
        signInAs("coordinator", "EDITOR");

        assertThatThrownBy(() -> UI.getCurrent().navigate(ChaptersView.class))
                .hasMessageContaining("Access is denied");
        assertThat(_find(ChaptersView.class)).isEmpty();
    }

    @Test
    void aReaderIsSentToTheLoginPage() {
        UI.getCurrent().navigate(ChaptersView.class);

        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
