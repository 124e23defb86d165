package org.proximite.web.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.Drafts;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.web.security.LoginView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Coordinators edit a practice: saving, field messages, a stale copy. Readers cannot edit. */
class PracticeEditorViewTest extends BrowserlessUiTest {

    @Autowired
    PracticeEditing editing;

    @Autowired
    PracticeQueries practices;

    private static List<TextField> titleFields() {
        return _find(TextField.class, spec -> spec.withClasses("field-title"));
    }

    @Test
    void aReaderWhoIsNotSignedInIsSentToTheLoginPage() {
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters("local-security-plan"));

        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(PracticeEditorView.class)).isEmpty();
    }

    @Test
    void anEditorChangesTheEnglishTitleAndReadersSeeIt() {
        signInAs("coordinator", "EDITOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters("local-security-plan"));
        assertThat(titleFields()).hasSize(2);

        _setValue(titleFields().get(1), "Local security plan, revised");
        _click(_get(Button.class, spec -> spec.withClasses("save-button")));

        assertThat(practices.find("local-security-plan", "en", false).orElseThrow().shown().text().title())
                .isEqualTo("Local security plan, revised");
        assertThat(_find(PracticeView.class)).hasSize(1);
    }

    @Test
    void anEmptyTitleIsMarkedOnItsFieldAndNothingIsSaved() {
        signInAs("coordinator", "EDITOR");
        String before = practices.find("local-security-plan", "fr", false).orElseThrow().shown().text().title();
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters("local-security-plan"));

        _setValue(titleFields().get(0), "");
        _click(_get(Button.class, spec -> spec.withClasses("save-button")));

        assertThat(titleFields().get(0).isInvalid()).isTrue();
        assertThat(titleFields().get(0).getErrorMessage()).isEqualTo("Obligatoire.");
        assertThat(practices.find("local-security-plan", "fr", false).orElseThrow().shown().text().title()).isEqualTo(before);
    }

    @Test
    void aStaleCopyIsRefusedAndTheEditorsTextStaysOnScreen() {
        signInAs("coordinator", "EDITOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters("women-participation-in-security"));
        editing.save(Drafts.retitled(editing.load("women-participation-in-security"), "fr", "Titre d’une collègue"), Drafts.COORDINATOR);

        _setValue(titleFields().get(0), "Mon titre à moi");
        _click(_get(Button.class, spec -> spec.withClasses("save-button")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-message")).getText())
                .startsWith("Rien n’a été enregistré : quelqu’un d’autre a enregistré cet élément");
        assertThat(titleFields().get(0).getValue()).isEqualTo("Mon titre à moi");
        assertThat(practices.find("women-participation-in-security", "fr", false).orElseThrow().shown().text().title())
                .isEqualTo("Titre d’une collègue");
    }
}
