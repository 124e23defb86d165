package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import org.proximite.web.testing.Drafts;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.grid.Grid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.web.ProximiteProperties;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserlessUiTest;

/** Admins see the installed chapters and their history; editors do not. */
class ChaptersViewTest extends BrowserlessUiTest {

    @Autowired
    ChapterQueries chapters;

    @Test
    void anAdminSeesTheGuineaChapterAndItsInstallation() {
        signInAs("admin", "ADMIN");

        UI.getCurrent().navigate(ChaptersView.class);

        Grid<?> chapters = _get(Grid.class, spec -> spec.withClasses("chapter-grid"));
        assertThat(_size(chapters)).isGreaterThanOrEqualTo(1);
        Grid<?> history = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        assertThat(_size(history)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAdminReadsThePlanOfTheExampleChapterThenAppliesItWithoutRestart() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(ChaptersView.class);

        _click(_get(Button.class, spec -> spec.withClasses("example-button")));

        InstallPlanView plan = _get(InstallPlanView.class);
        assertThat(plan.getElement().getTextRecursively()).contains("guinea-bissau", "pt");
        Button apply = _get(Button.class, spec -> spec.withClasses("apply-button"));
        assertThat(apply.isEnabled()).isTrue();

        _click(apply);
        await().atMost(Duration.ofSeconds(30)).until(() -> chapters.list("fr").size() >= 2);
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

    @Autowired
    ChapterAdministration administration;

    @Autowired
    ChapterLoader loader;

    @Autowired
    ProximiteProperties properties;

    @Test
    void aRefusalReadsInTheAdminsLanguageInTheHistory() throws Exception {
        if (chapters.list("fr").stream().noneMatch(chapter -> chapter.id().equals("guinea-bissau"))) {
            byte[] example = getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar").readAllBytes();
            administration.apply(administration.prepare("guinea-bissau.jar", example, Drafts.ADMIN).id(), Answers.none(), Drafts.ADMIN);
        }
        assertThatThrownBy(() -> administration.uninstall("guinea", true, Drafts.ADMIN)).isInstanceOf(ChapterRefusedException.class);
        signInAs("admin", "ADMIN");

        UI.getCurrent().navigate(ChaptersView.class);

        Grid<?> history = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        assertThat(String.join(" ", _getFormattedRow(history, 0)))
                .contains("Le ou les chapitres guinea-bissau en dépendent : retirez-les d'abord.");
    }

    @Test
    void aJarThatTheDatabaseDoesNotRecordIsSetAsideAndShownToAdmins() throws Exception {
        Path plugins = ChapterFolders.in(properties.dataDir()).plugins();
        Files.write(plugins.resolve("left-by-hand.jar"), "not even a jar".getBytes());
        loader.loadAll(plugins);
        signInAs("admin", "ADMIN");

        UI.getCurrent().navigate(ChaptersView.class);

        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("set-aside")).getElement().getTextRecursively()).contains("left-by-hand.jar");
        assertThat(String.join(" ", _getFormattedRow(_get(Grid.class, spec -> spec.withClasses("history-grid")), 0)))
                .contains("Mis de côté").contains("left-by-hand.jar");
    }

    @Test
    void anEditorWhoIsNotAdminCannotOpenIt() {
        signInAs("coordinator", "COORDINATOR");

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
