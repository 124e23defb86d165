package org.proximite.web.textimport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.LanguageMarks.langOf;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.TextState;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.web.initiative.InitiativeEditorView;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor pastes the garbled, bilingual seed page, sees each paragraph repaired with its
 * language and its repairs before and after, corrects a language, accepts, and lands in the editor
 * on a draft with a French and an English text. Bad input is refused with a message in the
 * editor's language; readers cannot reach the page.
 */
class ImportViewTest extends BrowserlessUiTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    InitiativeEditing initiatives;

    @Autowired
    org.proximite.core.practice.PracticeQueries practiceQueries;

    private static String seed() throws Exception {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/import/seed-garbled.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void open() {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(ImportView.class);
    }

    private static void paste(String text) {
        _setValue(_get(TextArea.class, spec -> spec.withClasses("import-paste")), text);
        _click(_get(Button.class, spec -> spec.withClasses("import-preview")));
    }

    /** A paragraph's text as shown, repaired or not. */
    private static com.vaadin.flow.component.Component written(ParagraphCard card) {
        return descendants(card).filter(child -> child.getClassNames().contains("import-text") || child.getClassNames().contains("import-diff"))
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component parent) {
        return parent.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), descendants(child)));
    }

    @Test
    void aReaderWhoIsNotSignedInIsSentToTheLoginPage() {
        UI.getCurrent().navigate(ImportView.class);

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(ImportView.class)).isEmpty();
    }

    @Test
    void showsEachParagraphRepairedWithItsLanguageAndTheRepairsBeforeAndAfter() throws Exception {
        open();
        paste(seed());

        List<ParagraphCard> cards = _find(ParagraphCard.class);
        assertThat(cards).hasSize(12);
        assertThat(cards.getFirst().language().getValue()).isEqualTo("fr");
        assertThat(cards.get(1).language().getValue()).isEqualTo("en");
        assertThat(cards.get(5).language().getValue()).isEqualTo(ParagraphCard.UNKNOWN);
        assertThat(langOf(written(cards.getFirst()))).as("each paragraph's text is marked with its language").isEqualTo("fr");
        assertThat(langOf(written(cards.get(1)))).isEqualTo("en");
        assertThat(langOf(written(cards.get(5)))).as("not known").isEmpty();
        _setValue(cards.get(5).language(), "en");
        assertThat(langOf(written(cards.get(5)))).as("the mark follows the editor's choice").isEqualTo("en");
        List<Span> removed = _find(cards.getFirst(), Span.class, spec -> spec.withClasses("import-removed"));
        List<Span> added = _find(cards.getFirst(), Span.class, spec -> spec.withClasses("import-added"));
        assertThat(removed).first().extracting(Span::getText).isEqualTo("Ă©");
        assertThat(added).first().extracting(Span::getText).isEqualTo("é");
        assertThat(_find(cards.getFirst(), Span.class, spec -> spec.withClasses("import-guessed"))).extracting(Span::getText).contains("’");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-totals")).getText()).startsWith("12 paragraphes, 61 réparations");
    }

    @Test
    void acceptingCreatesADraftPracticeInBothLanguagesAndOpensItInTheEditor() throws Exception {
        open();
        _setValue(_get(TextField.class, spec -> spec.withClasses("import-slug")), "foire-de-partage");
        paste(seed());
        // The line "Click to access the Guide in English." goes with the English text, where it belongs.
        _setValue(_find(ParagraphCard.class).get(9).language(), "en");

        _click(_get(Button.class, spec -> spec.withClasses("import-accept")));

        assertThat(_find(PracticeEditorView.class)).hasSize(1);
        var draft = practices.load("foire-de-partage").item();
        assertThat(draft.texts()).containsOnlyKeys("fr", "en");
        assertThat(draft.texts().values()).allSatisfy(text -> assertThat(text.state()).isEqualTo(TextState.DRAFT));
        assertThat(draft.text("fr").get("body")).contains("la mise en œuvre du projet").doesNotContain("Click to access the Guide in English");
        assertThat(draft.text("en").get("body")).contains("Click to access the Guide in English.", "Javier Carrasco Solís");
    }

    @Test
    void pastedHtmlBecomesADraftInitiativeWithoutItsScript() {
        open();
        _setValue(_get(Select.class, spec -> spec.withClasses("import-kind")), ItemKind.INITIATIVE);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportFormat> format = _get(RadioButtonGroup.class);
        _setValue(format, ImportFormat.HTML);
        paste("<h1>Match de football à Conakry</h1><script>alert(1)</script>"
                + "<p>Les policiers et les jeunes du quartier ont joué ensemble devant tout le quartier.</p>");

        _click(_get(Button.class, spec -> spec.withClasses("import-accept")));

        assertThat(_find(InitiativeEditorView.class)).hasSize(1);
        var text = initiatives.load("match-de-football-a-conakry").item().text("fr");
        assertThat(text.title()).isEqualTo("Match de football à Conakry");
        assertThat(String.join(" ", text.fields().values())).doesNotContain("alert", "script");
    }

    @Test
    void anEmptyPasteIsRefusedInTheEditorsLanguageAndNothingIsOffered() {
        open();
        paste("   \n  ");

        Paragraph message = _get(Paragraph.class, spec -> spec.withClasses("form-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Il n’y a rien à importer : le texte est vide.");
        assertThat(_find(Button.class, spec -> spec.withClasses("import-accept"))).as("no accept button shown").isEmpty();
        assertThat(_find(ParagraphCard.class)).isEmpty();
    }

    @Test
    void aParagraphRewrittenByHandIsMarkedSoAndGoesIntoTheDraftWhileACancelledOneStaysAsRepaired() throws Exception {
        open();
        _setValue(_get(TextField.class, spec -> spec.withClasses("import-slug")), "foire-corrigee");
        paste(seed());
        List<ParagraphCard> cards = _find(ParagraphCard.class);
        ParagraphCard first = cards.getFirst();
        String repaired = first.accepted().text();

        _click(_get(first, Button.class, spec -> spec.withClasses("import-edit")));
        TextArea text = _get(first, TextArea.class, spec -> spec.withClasses("import-edit-text"));
        assertThat(text.getValue()).as("the repaired text, to correct").isEqualTo(repaired);
        assertThat(text.getLabel()).isEqualTo("Texte du paragraphe 1");
        assertThat(_find(first, Button.class, spec -> spec.withClasses("import-edit"))).as("Edit gives way to Keep and Cancel").isEmpty();
        _setValue(text, "# Foire de partage, corrigée à la main");
        _click(_get(first, Button.class, spec -> spec.withClasses("import-edit-keep")));

        assertThat(_get(first, Span.class, spec -> spec.withClasses("import-edited")).getText()).isEqualTo("Modifié à la main");
        assertThat(_get(first, Paragraph.class, spec -> spec.withClasses("import-text")).getText()).isEqualTo("# Foire de partage, corrigée à la main");
        assertThat(_find(first, TextArea.class, spec -> spec.withClasses("import-edit-text"))).isEmpty();
        assertThat(first.accepted().editedByHand()).isTrue();

        ParagraphCard second = cards.get(1);
        _click(_get(second, Button.class, spec -> spec.withClasses("import-edit")));
        _setValue(_get(second, TextArea.class, spec -> spec.withClasses("import-edit-text")), "Thrown away");
        _click(_get(second, Button.class, spec -> spec.withClasses("import-edit-cancel")));
        assertThat(_find(second, Span.class, spec -> spec.withClasses("import-edited"))).isEmpty();
        assertThat(second.accepted().editedByHand()).isFalse();
        _setValue(cards.get(9).language(), "en");

        _click(_get(Button.class, spec -> spec.withClasses("import-accept")));

        assertThat(_find(PracticeEditorView.class)).hasSize(1);
        var draft = practices.load("foire-corrigee").item();
        assertThat(draft.text("fr").title()).isEqualTo("Foire de partage, corrigée à la main");
        assertThat(draft.text("fr").get("body")).doesNotContain(repaired.substring(0, 60));
        assertThat(String.join(" ", draft.text("en").fields().values()) + String.join(" ", draft.text("fr").fields().values()))
                .doesNotContain("Thrown away");
    }

    @Test
    void acceptingWhileAParagraphIsStillBeingEditedIsRefusedAndSavesNothing() throws Exception {
        open();
        _setValue(_get(TextField.class, spec -> spec.withClasses("import-slug")), "pas-encore");
        paste(seed());
        ParagraphCard third = _find(ParagraphCard.class).get(2);
        _click(_get(third, Button.class, spec -> spec.withClasses("import-edit")));
        _setValue(_get(third, TextArea.class, spec -> spec.withClasses("import-edit-text")), "Pas encore gardé");

        _click(_get(Button.class, spec -> spec.withClasses("import-accept")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-message")).getText())
                .isEqualTo("Le paragraphe 3 est en cours de modification : gardez ou annulez vos changements, puis acceptez.");
        assertThat(_find(ImportView.class)).hasSize(1);
        assertThat(practiceQueries.find("pas-encore", "fr", true)).as("nothing saved").isEmpty();
    }

    @Test
    void escapeInTheTextAreaCancelsTheEditAndGivesBackTheEditButton() throws Exception {
        open();
        paste(seed());
        ParagraphCard first = _find(ParagraphCard.class).getFirst();
        String repaired = first.accepted().text();
        _click(_get(first, Button.class, spec -> spec.withClasses("import-edit")));
        TextArea text = _get(first, TextArea.class, spec -> spec.withClasses("import-edit-text"));
        _setValue(text, "Jamais gardé");

        com.vaadin.flow.component.ComponentUtil.fireEvent(text, new com.vaadin.flow.component.KeyDownEvent(text, "Escape"));

        assertThat(_find(first, TextArea.class, spec -> spec.withClasses("import-edit-text"))).isEmpty();
        assertThat(_get(first, Button.class, spec -> spec.withClasses("import-edit")).getElement().getAttribute("aria-label"))
                .isEqualTo("Modifier le paragraphe 1");
        assertThat(first.accepted().text()).isEqualTo(repaired);
        assertThat(first.accepted().editedByHand()).isFalse();
    }

    @Test
    void aRefusedParagraphIsMarkedLeftOutAndCanBeTakenBackAndTheEditorsHistorySaysWhatTheImportDid() throws Exception {
        open();
        _setValue(_get(TextField.class, spec -> spec.withClasses("import-slug")), "foire-historique");
        paste(seed());
        List<ParagraphCard> cards = _find(ParagraphCard.class);
        ParagraphCard seventh = cards.get(6);
        Button refuse = _get(seventh, Button.class, spec -> spec.withClasses("import-refuse"));
        assertThat(refuse.getText()).isEqualTo("Refuser");
        assertThat(refuse.getElement().getAttribute("aria-label")).isEqualTo("Refuser le paragraphe 7 : le laisser hors du brouillon");

        _click(refuse);
        assertThat(_get(seventh, Span.class, spec -> spec.withClasses("import-refused")).getText())
                .isEqualTo("Refusé : ce paragraphe reste hors du brouillon");
        assertThat(seventh.getClassNames()).contains("refused");
        assertThat(refuse.getText()).isEqualTo("Le reprendre");
        _click(refuse);
        assertThat(_find(seventh, Span.class, spec -> spec.withClasses("import-refused"))).as("taken back").isEmpty();
        assertThat(seventh.accepted().refused()).isFalse();
        _click(refuse);

        ParagraphCard first = cards.getFirst();
        _click(_get(first, Button.class, spec -> spec.withClasses("import-edit")));
        _setValue(_get(first, TextArea.class, spec -> spec.withClasses("import-edit-text")), "# Foire de partage, revue à la main");
        _click(_get(first, Button.class, spec -> spec.withClasses("import-edit-keep")));
        _setValue(cards.get(9).language(), "en");

        _click(_get(Button.class, spec -> spec.withClasses("import-accept")));

        assertThat(_find(PracticeEditorView.class)).hasSize(1);
        assertThat(String.join(" ", practices.load("foire-historique").item().text("fr").fields().values()))
                .as("the refused paragraph stays out").doesNotContain("Partenaires pour la Sécurité en Guinée").contains("la mise en œuvre du projet");
        _click(_find(Button.class, spec -> spec.withClasses("text-history")).getFirst());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> history = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withClasses("revisions"));
        assertThat(history.getColumnByKey("note").getHeaderText()).isEqualTo("Origine");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(history, 0, "note"))
                .as("the French text's history counts the French paragraphs only (1, 7, 8 and 9), numbered as in the preview")
                .isEqualTo("Importé depuis le web : 4 paragraphes, 1 réparé (9), 1 modifié à la main (1), 1 refusé (7)");
    }

    @Test
    void acceptingWithEveryParagraphRefusedIsRefusedAndSavesNothing() {
        open();
        _setValue(_get(TextField.class, spec -> spec.withClasses("import-slug")), "tout-refuse");
        paste("Un titre\n\nUn paragraphe de texte à importer.");
        _find(ParagraphCard.class).forEach(card -> _click(_get(card, Button.class, spec -> spec.withClasses("import-refuse"))));

        _click(_get(Button.class, spec -> spec.withClasses("import-accept")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-message")).getText())
                .isEqualTo("Tous les paragraphes sont refusés : reprenez-en au moins un pour créer un brouillon.");
        assertThat(_find(ImportView.class)).hasSize(1);
        assertThat(practiceQueries.find("tout-refuse", "fr", true)).as("nothing saved").isEmpty();
    }
}
