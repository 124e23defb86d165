package org.proximite.web.editing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.proximite.core.workflow.TextWorkflow;
import org.proximite.core.workflow.Transition;

/**
 * Asks for the comment that goes with a move of a text (why a reviewer returns it, what a writer
 * wants reviewed); required where the move needs one, and never longer than the core keeps.
 */
class CommentDialog extends Dialog {

    CommentDialog(Transition transition, String languageName, Consumer<String> confirmed) {
        addClassName("comment-dialog");
        setHeaderTitle(getTranslation("workflow.move." + transition.name().toLowerCase(java.util.Locale.ROOT) + ".title", languageName));
        TextArea comment = new TextArea(getTranslation(transition.needsComment() ? "workflow.comment.required" : "workflow.comment.optional"));
        comment.setWidthFull();
        comment.setRequired(transition.needsComment());
        LengthLimit.on(comment, TextWorkflow.COMMENT_LIMIT, true);
        comment.addClassName("workflow-comment");
        Button confirm = new Button(getTranslation("workflow.move." + transition.name().toLowerCase(java.util.Locale.ROOT)), click -> {
            if (comment.getValue().length() > TextWorkflow.COMMENT_LIMIT) {
                comment.focus();
                return;
            }
            if (transition.needsComment() && comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("workflow.commentRequired"));
                comment.focus();
                return;
            }
            close();
            confirmed.accept(comment.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("confirm-move");
        Button cancel = new Button(getTranslation("editor.cancel"), click -> close());
        add(comment);
        getFooter().add(cancel, confirm);
    }
}
