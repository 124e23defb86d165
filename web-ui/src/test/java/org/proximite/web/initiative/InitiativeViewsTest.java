package org.proximite.web.initiative;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace previews initiatives: the list, a page with its sections, a missing translation, an archived one. */
class InitiativeViewsTest extends BrowserlessUiTest {

    /** The reading views are the workspace's preview: signed in, without the right to edit. */
    @org.junit.jupiter.api.BeforeEach
    void signInWithoutEditing() {
        signInAs("viewer");
    }

    @Autowired
    InitiativeEditing editing;

    @Test
    void listsTheGuineaInitiatives() {
        UI.getCurrent().navigate(InitiativesView.class);

        assertThat(_find(InitiativeCardView.class)).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Share Fair", "Conakry"));
    }

    @Test
    void showsAnInitiativeWithItsOutcomesParticipantsAndPractices() {
        UI.getCurrent().navigate(InitiativeView.class, InitiativeView.parameters("share-fair"));

        assertThat(_get(H1.class).getText()).isEqualTo("Journées d’information et de partage d’expériences (Share Fair) de 2019");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Journées d’information et de partage d’expériences (Share Fair) de 2019");
        assertThat(_get(InitiativeView.class).getElement().getTextRecursively())
                .contains("Résultats", "400 participants", "Pratiques appliquées", "Conakry", "Références", "Guineematin.com");
        assertThat(_find(Span.class, spec -> spec.withClasses("fallback-notice"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("edit-button"))).as("readers do not edit").isEmpty();
    }

    @Test
    void anInitiativeWrittenOnlyInFrenchIsShownToEnglishReadersWithANotice() {
        editing.save(Drafts.frenchInitiative("causerie-de-quartier", "Causerie de quartier", "Parler ensemble de la sécurité."),
                Drafts.COORDINATOR);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(InitiativeView.class, InitiativeView.parameters("causerie-de-quartier"));

        assertThat(_get(H1.class).getText()).isEqualTo("Causerie de quartier");
        assertThat(_get(Span.class, spec -> spec.withClasses("fallback-notice")).getText())
                .isEqualTo("Not translated yet — shown in French");
    }

    @Test
    void anArchivedInitiativeIsHiddenFromThoseWhoDoNotEditAndBadgedForEditors() {
        InitiativeDraft draft = Drafts.frenchInitiative("forum-archive", "Forum d’hier", "Un forum d’une autre époque.");
        editing.save(draft.withItem(Drafts.archived(draft.item())), Drafts.COORDINATOR);

        UI.getCurrent().navigate(InitiativeView.class, InitiativeView.parameters("forum-archive"));
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).startsWith("Aucune initiative publiée");

        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(InitiativeView.class, InitiativeView.parameters("forum-archive"));
        assertThat(_get(H1.class).getText()).isEqualTo("Forum d’hier");
        assertThat(_get(Span.class, spec -> spec.withClasses("badge-archived")).getText()).isEqualTo("Archivé");
        assertThat(_find(Button.class, spec -> spec.withClasses("edit-button"))).hasSize(1);
    }

    @Test
    void anUnknownInitiativeSaysSo() {
        UI.getCurrent().navigate(InitiativeView.class, InitiativeView.parameters("no-such-initiative"));

        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).startsWith("Aucune initiative publiée");
    }
}
