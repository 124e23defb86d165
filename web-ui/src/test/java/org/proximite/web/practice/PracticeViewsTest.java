package org.proximite.web.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.Drafts;
import org.proximite.web.testing.LanguageMarks;
import com.vaadin.flow.router.RouterLink;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.content.SourceList;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace previews practices: the list and its filters, a practice page, a missing translation. */
class PracticeViewsTest extends BrowserlessUiTest {

    /** The reading views are the workspace's preview: signed in, without the right to edit. */
    @org.junit.jupiter.api.BeforeEach
    void signInWithoutEditing() {
        signInAs("viewer");
    }

    @Autowired
    PracticeEditing editing;

    @Test
    void listsTheGuineaPracticesAndNarrowsThemByTheme() {
        UI.getCurrent().navigate("workspace/practices", QueryParameters.simple(Map.of("chapter", "guinea")));
        assertThat(_find(PracticeCardView.class)).hasSize(10);

        UI.getCurrent().navigate("workspace/practices", QueryParameters.simple(Map.of("theme", "participation-and-inclusion")));

        List<PracticeCardView> cards = _find(PracticeCardView.class);
        assertThat(cards).hasSizeBetween(1, 9);
        assertThat(cards).allSatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Participation"));
    }

    @Test
    void showsAPracticeWithItsEmmieSectionsInFrench() {
        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("local-security-council"));

        assertThat(_get(H1.class).getText()).startsWith("Conseil local de sécurité");
        String page = _get(PracticeView.class).getElement().getTextRecursively();
        assertThat(page).contains("Effet et preuves", "Mise en œuvre", "Savoir pratique");
        assertThat(_find(Span.class, spec -> spec.withClasses("fallback-notice"))).isEmpty();
    }

    @Test
    void aPracticeShowsEachOutcomeAndItsNumberedReferences() {
        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("local-security-council"));

        OutcomeList outcomes = _get(OutcomeList.class);
        assertThat(_find(outcomes, ListItem.class)).extracting(item -> item.getElement().getTextRecursively()).containsExactly(
                "Délinquance\u00a0: non mesuré\u00a0; Savoir pratique",
                "Sentiment de sécurité\u00a0: non mesuré\u00a0; Savoir pratique",
                "Confiance dans la police\u00a0: non mesuré\u00a0; Savoir pratique",
                "Coopération entre police et population\u00a0: non mesuré\u00a0; Savoir pratique [3]");
        assertThat(_get(outcomes, Anchor.class).getHref()).isEqualTo("#ref-3");

        SourceList references = _get(SourceList.class);
        assertThat(_get(references, H2.class).getText()).isEqualTo("Références");
        List<ListItem> items = _find(references, ListItem.class);
        assertThat(items).hasSize(4);
        assertThat(items.get(2).getId()).contains("ref-3");
        assertThat(items.get(2).getElement().getTextRecursively())
                .startsWith("Mediaguinee, Police de proximité")
                .contains("2020-01", "en fr", "consulté le 2026-12-01", "Kaloum");
        assertThat(_get(items.get(2), Anchor.class).getHref()).startsWith("https://mediaguinee.com/2020/01/");
        assertThat(_get(items.get(0), Anchor.class).getElement().getAttribute("lang")).as("an English title on a French page").isEqualTo("en");
        assertThat(_get(items.get(2), Anchor.class).getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(_find(items.get(2), com.vaadin.flow.component.html.Span.class)).as("the author and the details are the page's words")
                .allSatisfy(span -> assertThat(span.getElement().hasAttribute("lang")).isFalse());
    }

    @Test
    void readersNarrowPracticesByOutcomeAndItsLevel() {
        UI.getCurrent().navigate("workspace/practices", QueryParameters.simple(Map.of("outcome", "disorder")));
        assertThat(_find(PracticeCardView.class)).extracting(card -> card.getElement().getTextRecursively())
                .hasSize(2).anySatisfy(text -> assertThat(text).contains("Plan local de sécurité"));

        UI.getCurrent().navigate("workspace/practices", QueryParameters.simple(Map.of("outcome", "disorder", "level", "evaluated")));
        assertThat(_find(PracticeCardView.class)).isEmpty();
    }

    @Test
    void switchingTheLanguageOnAPracticeShowsItInTheNewLanguage() {
        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("local-security-council"));

        @SuppressWarnings("unchecked")
        Select<Locale> languageSwitch = _get(Select.class, spec -> spec.withClasses("language-switch"));
        _setValue(languageSwitch, Locale.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Community safety and crime prevention council");
        assertThat(_get(PracticeView.class).getElement().getTextRecursively()).contains("Effect and evidence");
    }

    @Test
    void aPracticeWrittenOnlyInFrenchIsShownToEnglishReadersWithANotice() {
        signInAs("coordinator", "COORDINATOR");
        editing.save(Drafts.frenchPractice("marche-exploratoire-vue", List.of("dialogue-and-trust"), "Marche exploratoire",
                "Parcourir le quartier ensemble."), Drafts.COORDINATOR);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("marche-exploratoire-vue"));

        assertThat(_get(H1.class).getText()).isEqualTo("Marche exploratoire");
        assertThat(_get(Span.class, spec -> spec.withClasses("fallback-notice")).getText())
                .isEqualTo("Not translated yet — shown in French");
    }

    @Test
    void aRelatedPracticeShownInAnotherLanguageThanThePageIsMarkedWithIt() {
        editing.save(Drafts.frenchPractice("ronde-en-francais", List.of(), "Ronde de quartier", "Marcher ensemble le soir."),
                Drafts.COORDINATOR);
        PracticeDraft bilingual = Drafts.translated(Drafts.frenchPractice("patrouille-bilingue", List.of(), "Patrouille à pied", "Aller à pied."),
                "en", "Foot patrol", "Going on foot.");
        editing.save(bilingual.withItem(bilingual.item().withRelated(List.of("ronde-en-francais", "local-security-council"))), Drafts.COORDINATOR);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("patrouille-bilingue"));

        assertThat(LanguageMarks.langOf(_get(RouterLink.class, spec -> spec.withText("Ronde de quartier"))))
                .as("a title only written in French, on an English page").isEqualTo("fr");
        assertThat(LanguageMarks.langOf(_get(RouterLink.class, spec -> spec.withText("Community safety and crime prevention council"))))
                .isEqualTo("en");
    }

    @Test
    void anArchivedPracticeIsHiddenFromThoseWhoDoNotEditAndBadgedForEditors() {
        PracticeDraft draft = Drafts.frenchPractice("ronde-archivee", List.of(), "Ronde d’autrefois", "Une ronde qui ne se fait plus.");
        editing.save(draft.withItem(Drafts.archived(draft.item())), Drafts.COORDINATOR);

        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("ronde-archivee"));
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).startsWith("Aucune pratique publiée");

        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("ronde-archivee"));
        assertThat(_get(H1.class).getText()).isEqualTo("Ronde d’autrefois");
        assertThat(_get(Span.class, spec -> spec.withClasses("badge-archived")).getText()).isEqualTo("Archivé");
        assertThat(_find(Button.class, spec -> spec.withClasses("edit-button"))).hasSize(1);
    }

    @Test
    void anUnknownPracticeSaysSo() {
        UI.getCurrent().navigate(PracticeView.class, PracticeView.parameters("no-such-practice"));

        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).startsWith("Aucune pratique publiée");
    }
}
