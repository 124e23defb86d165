package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.LanguageText;
import org.proximite.core.workflow.Transition;
import org.proximite.web.content.FieldLabels;

/**
 * Where one language's text stands and what can be done with it next: what readers see of it
 * (this version, an older one, or nothing), the fields whose source changed since it was
 * translated, the moves the signed-in person may make (send to review, return, publish, archive,
 * reopen) and its history.
 */
class TextWorkflowBar extends Composite<Div> {

    /** What the bar's buttons ask of the editor. */
    interface Actions {
        void move(Transition transition);

        void history();

        void confirmSource();
    }

    TextWorkflowBar(ItemKind kind, LanguageText text, List<Transition> moves, List<String> outdatedFields, String sourceLanguageName,
            Actions actions) {
        Div bar = getContent();
        bar.addClassName("text-workflow");
        Paragraph readers = new Paragraph(readersSee(text));
        readers.addClassName("readers-see");
        bar.add(readers);
        if (!outdatedFields.isEmpty()) {
            String fields = String.join(", ", outdatedFields.stream().map(field -> FieldLabels.of(this, kind, field)).toList());
            Paragraph outdated = new Paragraph(getTranslation("workflow.outdated", sourceLanguageName, fields));
            outdated.addClassName("outdated-note");
            Button confirm = new Button(getTranslation("workflow.confirm-source"), click -> actions.confirmSource());
            confirm.addThemeVariants(ButtonVariant.SMALL);
            confirm.addClassName("confirm-source");
            bar.add(outdated, confirm);
        }
        Div buttons = new Div();
        buttons.addClassName("workflow-moves");
        for (Transition transition : moves) {
            String name = transition.name().toLowerCase(Locale.ROOT);
            Button move = new Button(getTranslation("workflow.move." + name), click -> actions.move(transition));
            move.addThemeVariants(ButtonVariant.SMALL, transition == Transition.PUBLISH ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            move.addClassName("move-" + name);
            buttons.add(move);
        }
        Button history = new Button(getTranslation("workflow.history"), click -> actions.history());
        history.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        history.addClassName("text-history");
        buttons.add(history);
        bar.add(buttons);
    }

    private String readersSee(LanguageText text) {
        if (!text.isPublished()) {
            return getTranslation("workflow.readers.none");
        }
        if (text.hasUnpublishedChanges()) {
            return getTranslation("workflow.readers.older", text.publishedVersion(), text.version());
        }
        return getTranslation("workflow.readers.this", text.version());
    }
}
