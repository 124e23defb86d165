package org.proximite.web.initiative;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.cancel;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.core.content.LanguageText;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.web.editing.MarkdownField;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserCalls;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coordinators edit an initiative with the same editor as practices: one language saved alone, a
 * field the server refuses brought into view, unsaved changes kept unless the editor chooses to
 * leave. Readers cannot edit.
 */
class InitiativeEditorViewTest extends BrowserlessUiTest {

    @Autowired
    InitiativeEditing editing;

    @Autowired
    InitiativeQueries initiatives;

    private static void open(String slug) {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(InitiativeEditorView.class, InitiativeEditorView.parameters(slug));
    }

    @Test
    void aReaderWhoIsNotSignedInIsSentToTheLoginPage() {
        UI.getCurrent().navigate(InitiativeEditorView.class, InitiativeEditorView.parameters("share-fair"));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(InitiativeEditorView.class)).isEmpty();
    }

    @Test
    void savingTheFrenchTextLeavesTheEnglishTextAsItWasAndReadersSeeTheChange() {
        LanguageText englishBefore = editing.load("share-fair").item().texts().get("en");
        int frenchVersion = editing.load("share-fair").item().texts().get("fr").version();
        open("share-fair");

        _setValue(titleFields().get(0), "Journées d’échanges (Share Fair) 2019");
        save();

        assertThat(initiatives.find("share-fair", "fr", false).orElseThrow().shown().text().title())
                .isEqualTo("Journées d’échanges (Share Fair) 2019");
        var texts = editing.load("share-fair").item().texts();
        assertThat(texts.get("en")).as("the English text, its state and its version").isEqualTo(englishBefore);
        assertThat(texts.get("fr").version()).isEqualTo(frenchVersion + 1);
        assertThat(_find(InitiativeEditorView.class)).as("the editor stays open on what was saved").hasSize(1);
    }

    @Test
    void anInitiativesFactsWithoutASourceAreWarnedOfAndABadAddressIsRefusedOnItsField() {
        open("share-fair-2017");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("editor-warnings"))).as("its facts have a source").isEmpty();

        _get(Button.class, spec -> spec.withClasses("remove-source")).click();

        Paragraph warning = _get(Paragraph.class, spec -> spec.withClasses("editor-warnings"));
        assertThat(warning.getText()).isEqualTo("Aucune source n’appuie encore ces faits\u00a0: les dates, le lieu, le nombre de participants. "
                + "Ajoutez la source d’où ils viennent, ou retirez-les.");

        _get(Button.class, spec -> spec.withClasses("add-source")).click();
        _setValue(_get(TextField.class, spec -> spec.withClasses("source-title")), "Rapport");
        TextField url = _get(TextField.class, spec -> spec.withClasses("source-url"));
        _setValue(url, "partnersglobal.org/rapport");
        assertThat(warning.isVisible()).isFalse();
        save();

        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Une adresse web commençant par https:// ou http://.");
        assertThat(editing.load("share-fair-2017").item().sources()).as("nothing saved").hasSize(1);
    }

    @Test
    void everyTextFieldIsLabelledInTheEditorsLanguage() {
        open("police-citizen-football-match");

        // Folded sections make their fields when opened.
        _find(org.proximite.web.editing.MarkdownSection.class).forEach(section -> section.getContent().setOpened(true));
        List<String> labels = _find(MarkdownField.class).stream().map(field -> field.textArea().getLabel()).toList();

        assertThat(labels).contains("Résultats").noneMatch(label -> label == null || label.startsWith("!"));
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndTheEndDateIsFocused() {
        LocalDate endBefore = editing.load("share-fair").facts().endDate();
        open("share-fair");
        DatePicker end = _find(DatePicker.class).get(1);

        try (BrowserCalls browser = BrowserCalls.record()) {
            _setValue(end, LocalDate.of(2019, 12, 1));
            save();

            assertThat(end.isInvalid()).isTrue();
            assertThat(end.getErrorMessage()).isEqualTo("La date de fin précède la date de début.");
            assertThat(browser.scrolledIntoView(end)).isTrue();
            assertThat(browser.focused(end)).isTrue();
        }
        assertThat(editing.load("share-fair").facts().endDate()).isEqualTo(endBefore);
    }

    @Test
    void leavingWithUnsavedChangesAsksAndLeavingAnywayLosesThem() {
        String before = initiatives.find("guide-to-best-practices-launch", "en", false).orElseThrow().shown().text().title();
        open("guide-to-best-practices-launch");
        _setValue(titleFields().get(1), "A launch, renamed");

        cancel();
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_find(InitiativeView.class)).hasSize(1);
        assertThat(initiatives.find("guide-to-best-practices-launch", "en", false).orElseThrow().shown().text().title()).isEqualTo(before);
    }
}
