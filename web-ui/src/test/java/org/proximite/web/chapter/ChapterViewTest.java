package org.proximite.web.chapter;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.Drafts;
import org.proximite.web.testing.LanguageMarks;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.installing.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.proximite.web.testing.BrowserlessUiTest;

/** The workspace previews a chapter: its description and its pages about the country. */
class ChapterViewTest extends BrowserlessUiTest {

    /** The reading views are the workspace's preview: signed in, without the right to edit. */
    @org.junit.jupiter.api.BeforeEach
    void signInWithoutEditing() {
        signInAs("viewer");
    }

    @Test
    void showsTheGuineaChapterWithItsPageAboutTheProject() {
        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters("guinea"));

        assertThat(_get(H1.class).getText()).isEqualTo("Guinée — Partenaires pour la sécurité");
        assertThat(_find(Section.class, spec -> spec.withClasses("context-page"))).singleElement()
                .satisfies(section -> assertThat(section.getElement().getTextRecursively()).contains("Partenaires pour la sécurité en Guinée"));
    }

    @Autowired
    ChapterAdministration administration;

    @Autowired
    ChapterQueries chapters;

    @Test
    void aChapterThatAdaptsPracticesListsThemWithLinksToThem() throws Exception {
        if (chapters.list("fr").stream().noneMatch(chapter -> chapter.id().equals("guinea-bissau"))) {
            byte[] example = getClass().getResourceAsStream("/shipped-chapters/guinea-bissau.jar").readAllBytes();
            administration.apply(administration.prepare("guinea-bissau.jar", example, Drafts.ADMIN).id(), Answers.none(), Drafts.ADMIN);
        }

        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters("guinea-bissau"));

        UnorderedList adaptations = _get(UnorderedList.class, spec -> spec.withClasses("chapter-adaptations"));
        List<RouterLink> links = _find(adaptations, RouterLink.class);
        assertThat(links).hasSize(5);
        assertThat(links).extracting(RouterLink::getHref).contains("workspace/practices/local-security-council");
        assertThat(links).extracting(RouterLink::getText).allSatisfy(title -> assertThat(title).isNotBlank());

        // Nothing is written in German: each title is shown, and marked, in its practice's own language.
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters("guinea-bissau"));
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withClasses("chapter-adaptations")), RouterLink.class)).hasSize(5)
                .allSatisfy(link -> assertThat(LanguageMarks.langOf(link)).isEqualTo("fr"));
    }

    @Test
    void anUnknownChapterSaysSo() {
        UI.getCurrent().navigate(ChapterView.class, ChapterView.parameters("atlantis"));

        assertThat(_get(H1.class).getText()).isEqualTo("Chapitre introuvable");
    }
}
