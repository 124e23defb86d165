package org.proximite.web.practice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.editing.TextLimits;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.editing.FieldErrors;
import org.proximite.web.editing.MarkdownField;

/** A practice's texts in one language: title, summary, body and the EMMIE sections. */
class PracticeTextFields extends Composite<Div> {

    private final String language;
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final MarkdownField body;
    private final Map<String, MarkdownField> sections;

    PracticeTextFields(String language, String languageName, MarkdownRenderer renderer) {
        this.language = language;
        body = new MarkdownField(renderer, TextLimits.BODY);
        sections = Map.of(
                "effect", new MarkdownField(renderer, TextLimits.SECTION),
                "mechanism", new MarkdownField(renderer, TextLimits.SECTION),
                "context", new MarkdownField(renderer, TextLimits.SECTION),
                "implementation", new MarkdownField(renderer, TextLimits.SECTION),
                "cost", new MarkdownField(renderer, TextLimits.SECTION));
        title.setMaxLength(TextLimits.TITLE);
        summary.setMaxLength(TextLimits.SUMMARY);
        title.setWidthFull();
        summary.setWidthFull();
        Div column = getContent();
        column.addClassName("language-column");
        column.getElement().setAttribute("lang", language);
        column.add(new H2(languageName), title, summary, body);
        for (String name : new String[] {"effect", "mechanism", "context", "implementation", "cost"}) {
            Details details = new Details(getTranslation("practice.section." + name), sections.get(name));
            details.setOpened(false);
            details.addClassName("section-" + name);
            column.add(details);
        }
        title.setLabel(getTranslation("editor.title"));
        summary.setLabel(getTranslation("editor.summary"));
        body.setLabel(getTranslation("editor.body"));
        sections.forEach((name, field) -> field.setLabel(getTranslation("practice.section." + name)));
        title.addClassName("field-title");
        summary.addClassName("field-summary");
        body.addClassName("field-body");
    }

    void register(FieldErrors errors) {
        errors.register(language + ".title", title);
        errors.register(language + ".summary", summary);
        errors.register(language + ".body", body.textArea());
        sections.forEach((name, field) -> errors.register(language + "." + name, field.textArea()));
    }

    void setValue(PracticeText text) {
        title.setValue(text == null || text.title() == null ? "" : text.title());
        summary.setValue(text == null || text.summary() == null ? "" : text.summary());
        body.setValue(text == null ? null : text.body());
        sections.get("effect").setValue(text == null ? null : text.effect());
        sections.get("mechanism").setValue(text == null ? null : text.mechanism());
        sections.get("context").setValue(text == null ? null : text.context());
        sections.get("implementation").setValue(text == null ? null : text.implementation());
        sections.get("cost").setValue(text == null ? null : text.cost());
    }

    PracticeText value() {
        return new PracticeText(title.getValue(), summary.getValue(), orNull(body.getValue()),
                orNull(sections.get("effect").getValue()), orNull(sections.get("mechanism").getValue()),
                orNull(sections.get("context").getValue()), orNull(sections.get("implementation").getValue()),
                orNull(sections.get("cost").getValue()));
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
