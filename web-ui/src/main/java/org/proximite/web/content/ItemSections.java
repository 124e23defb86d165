package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.ShownPage;
import org.proximite.core.text.MarkdownRenderer;

/**
 * An item's text as readers see it, built from its kind's description of its fields: the summary,
 * the body, then each other section under its title. Empty sections are left out; a kind may add a
 * component after a field (practices explain their evidence level after "effect").
 */
public class ItemSections extends Div {

    public ItemSections(MarkdownRenderer markdown, ItemKind kind, ShownPage shown, Map<String, Component> after) {
        addClassName("content");
        getElement().setAttribute("lang", shown.language());
        ItemText text = shown.text();
        Paragraph summary = new Paragraph(text.summary());
        summary.addClassName("summary");
        add(summary);
        for (TextField field : kind.textFields()) {
            String value = text.get(field.name());
            if (field.markdown() && value != null && !value.isBlank()) {
                if (!field.name().equals("body")) {
                    add(new H2(FieldLabels.of(this, kind, field.name())));
                }
                add(new MarkdownView(markdown, value));
            }
            if (after.containsKey(field.name())) {
                add(after.get(field.name()));
            }
        }
    }

    /** One field's value alone, as Markdown or as a paragraph, the way its kind describes the field. */
    public static Component value(MarkdownRenderer markdown, ItemKind kind, String field, String value) {
        return kind.textField(field).map(TextField::markdown).orElse(true) ? new MarkdownView(markdown, value) : new Paragraph(value);
    }
}
