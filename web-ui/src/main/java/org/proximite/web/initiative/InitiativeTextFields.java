package org.proximite.web.initiative;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.core.editing.TextLimits;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.editing.MarkdownField;

/** An initiative's texts in one language: title, summary, body and outcomes. */
class InitiativeTextFields extends Composite<Div> {

    private final String language;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final MarkdownField body;
    private final MarkdownField outcomes;

    InitiativeTextFields(String language, String languageName, MarkdownRenderer renderer) {
        this.language = language;
        body = new MarkdownField(renderer, TextLimits.BODY);
        outcomes = new MarkdownField(renderer, TextLimits.SECTION);
        title.setMaxLength(TextLimits.TITLE);
        summary.setMaxLength(TextLimits.SUMMARY);
        title.setWidthFull();
        summary.setWidthFull();
        title.setLabel(getTranslation("editor.title"));
        summary.setLabel(getTranslation("editor.summary"));
        body.setLabel(getTranslation("editor.body"));
        outcomes.setLabel(getTranslation("initiative.outcomes"));
        title.addClassName("field-title");
        summary.addClassName("field-summary");
        Div column = getContent();
        column.addClassName("language-column");
        column.getElement().setAttribute("lang", language);
        column.add(new H2(languageName), title, summary, body, outcomes);
    }

    void register(FieldErrors errors) {
        errors.register(language + ".title", title);
        errors.register(language + ".summary", summary);
        errors.register(language + ".body", body.textArea());
        errors.register(language + ".outcomes", outcomes.textArea());
    }

    void setValue(InitiativeText text) {
        title.setValue(text == null || text.title() == null ? "" : text.title());
        summary.setValue(text == null || text.summary() == null ? "" : text.summary());
        body.setValue(text == null ? null : text.body());
        outcomes.setValue(text == null ? null : text.outcomes());
    }

    InitiativeText value() {
        return new InitiativeText(title.getValue(), summary.getValue(), blankToNull(body.getValue()), blankToNull(outcomes.getValue()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
