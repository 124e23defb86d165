package org.proximite.web.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.cancel;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.core.content.LanguageText;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.editing.FieldProblem;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.editing.MarkdownField;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserCalls;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coordinators edit a practice: saving one language, field messages that bring the field into
 * view, lengths that are shown rather than cut, a stale copy, leaving with unsaved changes.
 * Readers cannot edit.
 */
class PracticeEditorViewTest extends BrowserlessUiTest {

    @Autowired
    PracticeEditing editing;

    @Autowired
    PracticeQueries practices;

    private static void open(String slug) {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(slug));
    }

    @Test
    void anOutcomeRatedAbovePracticeBasedWithoutASourceIsRefusedOnItsFieldThenSavedWithOne() {
        open("problem-solving-with-neighbourhood-chiefs");
        openOutcomes();
        _get(Button.class, spec -> spec.withClasses("add-outcome")).click();
        ComboBox<String> outcome = _find(ComboBox.class, spec -> spec.withClasses("outcome-outcome")).getLast();
        _setValue(outcome, "reporting-of-crime");
        _setValue(_find(ComboBox.class, spec -> spec.withClasses("outcome-direction")).getLast(), OutcomeDirection.POSITIVE);
        _setValue(_find(ComboBox.class, spec -> spec.withClasses("outcome-level")).getLast(), EvidenceLevel.MONITORED);
        _setValue(_get(Select.class, spec -> spec.withClasses("field-evidence")), EvidenceLevel.MONITORED);
        save();

        TextField sources = _find(TextField.class, spec -> spec.withClasses("outcome-sources")).getLast();
        assertThat(sources.isInvalid()).isTrue();
        assertThat(sources.getErrorMessage()).isEqualTo("Au-delà du savoir pratique, un effet demande au moins une source.");

        _setValue(sources, "1");
        save();

        var page = practices.find("problem-solving-with-neighbourhood-chiefs", "fr", false).orElseThrow();
        assertThat(page.outcomes()).last().satisfies(rated -> {
            assertThat(rated.outcome()).isEqualTo("reporting-of-crime");
            assertThat(rated.level()).isEqualTo(EvidenceLevel.MONITORED);
            assertThat(rated.sources()).containsExactly(1);
        });
        assertThat(page.evidenceLevel()).isEqualTo(EvidenceLevel.MONITORED);
    }

    private static void openOutcomes() {
        _get(Details.class, spec -> spec.withClasses("editor-outcomes")).setOpened(true);
    }

    @Test
    void theOutcomesAreFoldedAndTheirRowsMadeWhenOpenedWithWhatWasStored() {
        open("local-security-council");
        assertThat(_get(Details.class, spec -> spec.withClasses("editor-outcomes")).isOpened()).isFalse();
        assertThat(_find(TextField.class, spec -> spec.withClasses("outcome-sources"))).as("no row before the section is opened").isEmpty();

        openOutcomes();

        var stored = practices.find("local-security-council", "fr", false).orElseThrow().outcomes();
        List<TextField> sources = _find(TextField.class, spec -> spec.withClasses("outcome-sources"));
        assertThat(sources).hasSize(stored.size());
        assertThat(sources.getLast().getValue()).isEqualTo("3");
    }

    @Test
    void aProblemOnAnOutcomeNobodyOpenedOpensTheOutcomesWithItsFieldMarked() {
        open("local-security-council");
        OutcomeFields outcomes = _get(OutcomeFields.class);
        FieldErrors errors = new FieldErrors();
        outcomes.register(errors);

        errors.show(outcomes, List.of(new FieldProblem("outcomes[3].sources", "validation.sourceNumbers")));

        assertThat(outcomes.getContent().isOpened()).isTrue();
        TextField sources = _find(TextField.class, spec -> spec.withClasses("outcome-sources")).get(3);
        assertThat(sources.isInvalid()).isTrue();
        assertThat(sources.getErrorMessage()).isEqualTo(outcomes.getTranslation("validation.sourceNumbers"));
    }

    @Test
    void removingASourceWhileTheOutcomesAreFoldedMovesTheirCitationsToo() {
        open("local-security-council");
        _find(Button.class, spec -> spec.withClasses("remove-source")).getFirst().click();

        openOutcomes();
        assertThat(_find(TextField.class, spec -> spec.withClasses("outcome-sources")).getLast().getValue())
                .as("the Kaloum article is now the second source").isEqualTo("2");
    }

    @Test
    void removingASourceKeepsEveryOutcomesCitationOnTheSourceItNamed() {
        open("local-security-council");
        openOutcomes();
        TextField cooperation = _find(TextField.class, spec -> spec.withClasses("outcome-sources")).getLast();
        assertThat(cooperation.getValue()).isEqualTo("3");

        _find(Button.class, spec -> spec.withClasses("remove-source")).getFirst().click();
        assertThat(cooperation.getValue()).as("the Kaloum article is now the second source").isEqualTo("2");

        _find(Button.class, spec -> spec.withClasses("remove-source")).get(1).click();
        assertThat(cooperation.getValue()).as("its source is gone, and so is the citation").isEmpty();
    }

    @Test
    void aReaderWhoIsNotSignedInIsSentToTheLoginPage() {
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters("local-security-plan"));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(PracticeEditorView.class)).isEmpty();
    }

    @Test
    void savingTheEnglishTextLeavesTheFrenchTextAsItWasAndReadersSeeTheChange() {
        LanguageText frenchBefore = editing.load("local-security-plan").item().texts().get("fr");
        int englishVersion = editing.load("local-security-plan").item().texts().get("en").version();
        open("local-security-plan");
        assertThat(titleFields()).hasSize(2);

        _setValue(titleFields().get(1), "Local security plan, revised");
        save();

        assertThat(practices.find("local-security-plan", "en", false).orElseThrow().shown().text().title())
                .isEqualTo("Local security plan, revised");
        var texts = editing.load("local-security-plan").item().texts();
        assertThat(texts.get("fr")).as("the French text, its state and its version").isEqualTo(frenchBefore);
        assertThat(texts.get("en").version()).isEqualTo(englishVersion + 1);
        assertThat(_find(PracticeEditorView.class)).as("the editor stays open on what was saved").hasSize(1);
        assertThat(titleFields().get(1).getValue()).isEqualTo("Local security plan, revised");
    }

    @Test
    void eachLanguageSaysWhoSavedItLast() {
        open("local-security-plan");
        _setValue(titleFields().get(1), "Local security plan, by a coordinator");
        save();

        open("local-security-plan");

        var lastSaved = _find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("last-saved"));
        assertThat(lastSaved).hasSize(2);
        assertThat(lastSaved.get(0).getText()).as("French, from the chapter").startsWith("Enregistré en dernier par chapter le");
        assertThat(lastSaved.get(1).getText()).startsWith("Enregistré en dernier par coordinator le");
    }

    @Test
    void anEmptyTitleIsMarkedOnItsFieldWhichIsFocusedAndNothingIsSaved() {
        String before = practices.find("local-security-assessment", "fr", false).orElseThrow().shown().text().title();
        open("local-security-assessment");

        _setValue(titleFields().get(0), "");
        try (BrowserCalls browser = BrowserCalls.record()) {
            save();

            TextField french = titleFields().get(0);
            assertThat(french.isInvalid()).isTrue();
            assertThat(french.getErrorMessage()).isEqualTo("Obligatoire.");
            assertThat(browser.scrolledIntoView(french)).isTrue();
            assertThat(browser.focused(french)).isTrue();
            assertThat(browser.focused(titleFields().get(1))).isFalse();
        }
        assertThat(practices.find("local-security-assessment", "fr", false).orElseThrow().shown().text().title()).isEqualTo(before);
    }

    @Test
    void aTitleLongerThanItsLimitStaysWholeSaysByHowMuchAndIsNotSaved() {
        String before = practices.find("local-security-council", "en", false).orElseThrow().shown().text().title();
        open("local-security-council");
        String tooLong = "A".repeat(201);

        _setValue(titleFields().get(1), tooLong);

        TextField english = titleFields().get(1);
        assertThat(english.getValue()).isEqualTo(tooLong);
        assertThat(english.getMaxLength()).as("no limit in the browser, which would cut the text").isZero();
        assertThat(english.getHelperText()).isEqualTo("201 / 200 caractères");
        assertThat(english.isInvalid()).isTrue();
        assertThat(english.getErrorMessage()).isEqualTo("Trop long : 201 caractères, 200 au plus.");

        save();

        assertThat(titleFields().get(1).getValue()).isEqualTo(tooLong);
        assertThat(titleFields().get(1).getErrorMessage()).isEqualTo("Trop long : 201 caractères, 200 au plus.");
        assertThat(practices.find("local-security-council", "en", false).orElseThrow().shown().text().title()).isEqualTo(before);
    }

    @Test
    void aRefusedSectionIsUnfoldedScrolledIntoViewAndFocused() {
        open("women-participation-in-security");
        Details englishCostSection = _find(Details.class, spec -> spec.withClasses("section-cost")).get(1);
        assertThat(englishCostSection.isOpened()).as("EMMIE sections start folded").isFalse();
        // The editor opens the section, writes too much in it, folds it again and saves.
        englishCostSection.setOpened(true);
        TextArea englishCost = _get(englishCostSection, MarkdownField.class).textArea();
        _setValue(englishCost, "x".repeat(20_001));
        englishCostSection.setOpened(false);

        try (BrowserCalls browser = BrowserCalls.record()) {
            save();

            assertThat(englishCost.getValue()).hasSize(20_001);
            assertThat(englishCost.isInvalid()).isTrue();
            assertThat(englishCostSection.isOpened()).isTrue();
            assertThat(browser.scrolledIntoView(englishCost)).isTrue();
            assertThat(browser.focused(englishCost)).isTrue();
        }
    }

    @Test
    void aCopyWhoseFieldSomeoneElseChangedIsRefusedAndTheEditorsTextStaysOnScreen() {
        open("women-participation-in-security");
        editing.save(Drafts.retitled(editing.load("women-participation-in-security"), "fr", "Titre d’une collègue"), Drafts.COORDINATOR);

        _setValue(titleFields().get(0), "Mon titre à moi");
        save();

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-message")).getText())
                .startsWith("Rien n’a été enregistré : quelqu’un d’autre a modifié les mêmes champs");
        assertThat(titleFields().get(0).getValue()).isEqualTo("Mon titre à moi");
        assertThat(practices.find("women-participation-in-security", "fr", false).orElseThrow().shown().text().title())
                .isEqualTo("Titre d’une collègue");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndStayingKeepsThem() {
        open("police-community-dialogue-forum");
        _setValue(titleFields().get(1), "A forum, renamed");

        cancel();

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.isOpened()).isTrue();
        _fireCancel(question);
        assertThat(_find(PracticeEditorView.class)).hasSize(1);
        assertThat(titleFields().get(1).getValue()).isEqualTo("A forum, renamed");

        cancel();
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_find(PracticeView.class)).hasSize(1);
        assertThat(practices.find("police-community-dialogue-forum", "en", false).orElseThrow().shown().text().title())
                .isNotEqualTo("A forum, renamed");
    }

    @Test
    void leavingWithoutChangesDoesNotAsk() {
        open("police-community-dialogue-forum");

        cancel();

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_find(PracticeView.class)).hasSize(1);
    }
}
