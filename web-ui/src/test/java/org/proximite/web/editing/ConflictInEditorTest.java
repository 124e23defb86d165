package org.proximite.web.editing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.web.testing.EditorActions.cancel;
import static org.proximite.web.testing.EditorActions.save;
import static org.proximite.web.testing.EditorActions.titleFields;
import static org.proximite.web.testing.LanguageMarks.langOf;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.workflow.Revisions;
import org.proximite.web.practice.PracticeEditorView;
import org.proximite.web.testing.BrowserlessUiTest;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator saves a practice whose French title Aïssatou changed since they opened it: the
 * editor shows both titles and asks which to keep. Keeping theirs, reworking it, taking hers, or
 * closing the question: the coordinator's text is never lost, and nothing Aïssatou saved to other
 * fields is.
 */
class ConflictInEditorTest extends BrowserlessUiTest {

    // Each test works on its own practice: the tests of a class share one application.
    private static final String KEPT = "local-security-plan";
    private static final String REWORKED = "local-security-council";
    private static final String TAKEN = "police-community-dialogue-forum";
    private static final String CLOSED = "youth-leaders-engagement";

    private static final Actor AISSATOU = Actor.user("aissatou", Set.of(Role.COORDINATOR));

    @Autowired
    PracticeEditing editing;

    @Autowired
    Revisions revisions;

    private static void open(String slug) {
        signInAs("coordinator", "COORDINATOR");
        UI.getCurrent().navigate(PracticeEditorView.class, PracticeEditorView.parameters(slug));
    }

    /** Aïssatou saves a new French title and a new English summary after the coordinator opened the practice. */
    private void aissatouSavesMeanwhile(String slug) {
        editing.save(Drafts.withField(Drafts.retitled(editing.load(slug), "fr", "Titre d’Aïssatou"), "en", "summary", "Aïssatou’s summary."),
                AISSATOU);
    }

    private static Div conflict() {
        return _get(Div.class, spec -> spec.withClasses("conflict"));
    }

    private static String englishSummaryOnScreen() {
        return _find(TextArea.class, spec -> spec.withClasses("field-summary")).get(1).getValue();
    }

    @Test
    void bothTitlesAreShownAndKeepingMineSavesItAsANewRevisionWithHerOtherChange() {
        open(KEPT);
        int frenchVersion = editing.load(KEPT).item().texts().get("fr").version();
        aissatouSavesMeanwhile(KEPT);

        _setValue(titleFields().get(0), "Mon titre à moi");
        save();

        assertThat(_find(ConflictDialog.class)).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("conflict"))).as("one field both changed").hasSize(1);
        assertThat(_get(conflict(), H3.class).getText()).isEqualTo("Titre · Français");
        Div theirs = _get(conflict(), Div.class, spec -> spec.withClasses("conflict-theirs"));
        assertThat(_get(theirs, Span.class, spec -> spec.withClasses("conflict-label")).getText()).startsWith("Enregistré entre-temps par aissatou le");
        assertThat(_get(theirs, Paragraph.class, spec -> spec.withClasses("conflict-theirs-text")).getText()).isEqualTo("Titre d’Aïssatou");
        assertThat(_get(conflict(), TextArea.class, spec -> spec.withClasses("conflict-yours-text")).getValue()).isEqualTo("Mon titre à moi");
        assertThat(langOf(_get(theirs, Paragraph.class, spec -> spec.withClasses("conflict-theirs-text")))).as("both titles are French texts")
                .isEqualTo("fr");
        assertThat(langOf(_get(conflict(), TextArea.class, spec -> spec.withClasses("conflict-yours-text")))).isEqualTo("fr");
        assertThat(langOf(_get(conflict(), H3.class))).as("the field's name is in the page's language").isNull();
        assertThat(editing.load(KEPT).item().text("fr").title()).as("nothing saved before the choice").isEqualTo("Titre d’Aïssatou");

        _click(_get(Button.class, spec -> spec.withClasses("conflict-save")));

        var stored = editing.load(KEPT).item();
        assertThat(stored.text("fr").title()).isEqualTo("Mon titre à moi");
        assertThat(stored.texts().get("fr").version()).as("hers, then mine over it").isEqualTo(frenchVersion + 2);
        assertThat(stored.text("en").summary()).as("her change to another field is kept").isEqualTo("Aïssatou’s summary.");
        var french = revisions.list(ItemKind.PRACTICE, KEPT, "fr");
        assertThat(french.getFirst().savedBy()).isEqualTo("coordinator");
        assertThat(french.getFirst().changedFields()).containsExactly("title");
        assertThat(french.get(1).savedBy()).isEqualTo("aissatou");

        assertThat(_find(ConflictDialog.class)).isEmpty();
        assertThat(titleFields().get(0).getValue()).isEqualTo("Mon titre à moi");
        assertThat(englishSummaryOnScreen()).as("the editor goes on from both").isEqualTo("Aïssatou’s summary.");
    }

    @Test
    void myTextReworkedInTheDialogIsWhatIsSaved() {
        open(REWORKED);
        aissatouSavesMeanwhile(REWORKED);

        _setValue(titleFields().get(0), "Mon titre à moi");
        save();
        _setValue(_get(conflict(), TextArea.class, spec -> spec.withClasses("conflict-yours-text")), "Titre d’Aïssatou, et le mien");
        _click(_get(Button.class, spec -> spec.withClasses("conflict-save")));

        assertThat(editing.load(REWORKED).item().text("fr").title()).isEqualTo("Titre d’Aïssatou, et le mien");
        assertThat(titleFields().get(0).getValue()).isEqualTo("Titre d’Aïssatou, et le mien");
    }

    @Test
    @SuppressWarnings("unchecked")
    void takingTheirsShowsHerTitleAndSavesMyOtherChanges() {
        open(TAKEN);
        aissatouSavesMeanwhile(TAKEN);

        _setValue(titleFields().get(0), "Mon titre à moi");
        _setValue(titleFields().get(1), "My English title");
        save();
        RadioButtonGroup<ConflictDialog.Choice> choice = _get(conflict(), RadioButtonGroup.class, spec -> spec.withClasses("conflict-choice"));
        assertThat(choice.getValue()).as("keeping one's own is chosen until one says otherwise").isEqualTo(ConflictDialog.Choice.MINE);
        _setValue(choice, ConflictDialog.Choice.THEIRS);
        _click(_get(Button.class, spec -> spec.withClasses("conflict-save")));

        var stored = editing.load(TAKEN).item();
        assertThat(stored.text("fr").title()).isEqualTo("Titre d’Aïssatou");
        assertThat(stored.text("en").title()).as("my change to another field").isEqualTo("My English title");
        assertThat(stored.text("en").summary()).as("hers to another field").isEqualTo("Aïssatou’s summary.");
        assertThat(titleFields().get(0).getValue()).isEqualTo("Titre d’Aïssatou");
        assertThat(titleFields().get(1).getValue()).isEqualTo("My English title");
    }

    @Test
    void closingTheQuestionLeavesMyTextInTheFieldsUnsaved() {
        open(CLOSED);
        aissatouSavesMeanwhile(CLOSED);

        _setValue(titleFields().get(0), "Mon titre à moi");
        save();
        _click(_get(Button.class, spec -> spec.withClasses("conflict-close")));

        assertThat(_find(ConflictDialog.class)).isEmpty();
        assertThat(titleFields().get(0).getValue()).isEqualTo("Mon titre à moi");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-message")).getText())
                .startsWith("Rien n’a été enregistré : quelqu’un d’autre a modifié les mêmes champs");
        assertThat(editing.load(CLOSED).item().text("fr").title()).isEqualTo("Titre d’Aïssatou");

        cancel();
        assertThat(_get(ConfirmDialog.class).isOpened()).as("still unsaved: leaving asks first").isTrue();
    }
}
