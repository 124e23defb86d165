package org.proximite.web.editing;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.editing.InvalidEditException;

/**
 * What an editor is told about a save, the same for every editor: saved, with what chapters'
 * checks advise; refused because of fields (marked on them, the first one brought into view);
 * refused because someone else saved first (the text stays on screen); not allowed.
 */
public class EditorMessage extends Paragraph {

    /** Where what was done is said: at the top, clear of the save bar that stays at the bottom of the screen. */
    private static final Notification.Position SAID_AT = Notification.Position.TOP_CENTER;

    private final FieldErrors errors;

    public EditorMessage(FieldErrors errors) {
        this.errors = errors;
        addClassName("form-message");
        setVisible(false);
    }

    public void clear() {
        errors.clear();
        setVisible(false);
    }

    public void saved() {
        Notification.show(getTranslation("editor.saved"), 4000, SAID_AT)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** What installed code chapters' checks say of the saved texts: advice, never a refusal. */
    public void checks(List<String> warnings) {
        if (!warnings.isEmpty()) {
            Notification.show(getTranslation("editor.checks", String.join(" · ", warnings)), 10000, SAID_AT)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    public void invalid(InvalidEditException e) {
        List<String> unplaced = errors.show(this, e.problems());
        refused(getTranslation("editor.invalid") + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
        errors.focusFirstInvalid();
    }

    /** Fields the browser already knows are wrong (a date it cannot read, say). */
    public void invalid() {
        refused(getTranslation("editor.invalid"));
        errors.focusFirstInvalid();
    }

    /** The signed-in person may not change this item (another chapter, or no editing role). */
    public void denied(NotAllowedException e) {
        refused(getTranslation("editor." + e.code(), e.arguments().toArray()));
    }

    /** A refusal said in words already translated. */
    public void refusedWith(String message) {
        refused(message);
    }

    /** Something other than a save was done (a text sent to review, published, restored). */
    public void done(String message) {
        Notification.show(message, 4000, SAID_AT).addThemeVariants(NotificationVariant.SUCCESS);
    }

    public void stale() {
        refused(getTranslation("editor.stale"));
    }

    /**
     * Someone else changed the same fields: said on the form, where it stays while the question
     * that follows asks which texts to keep, and after it if the editor closes it.
     */
    public void conflict() {
        setText(getTranslation("editor.conflict"));
        setVisible(true);
    }

    private void refused(String message) {
        setText(message);
        setVisible(true);
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
