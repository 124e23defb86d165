package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import org.proximite.core.text.MarkdownRenderer;

/**
 * A long Markdown part of an item's text (an EMMIE section, say), folded away so that a column
 * stays readable. Its field, with its preview, is made when the section is first opened: until
 * then the section only keeps its text, and an open editor keeps in memory only the sections
 * someone looks at. A field marked wrong by a save opens its section ({@link FieldErrors}).
 */
public class MarkdownSection extends Composite<Details> {

    private final String name;
    private final String label;
    private final int maxLength;
    private final MarkdownRenderer renderer;
    private MarkdownField field;
    private String text = "";

    public MarkdownSection(String name, String label, MarkdownRenderer renderer, int maxLength) {
        this.name = name;
        this.label = label;
        this.maxLength = maxLength;
        this.renderer = renderer;
        Details details = getContent();
        details.setSummaryText(label);
        details.setOpened(false);
        details.addClassName("section-" + name);
        // Opened by the editor in the browser, or by the server to show a wrong field in it.
        details.getElement().addPropertyChangeListener("opened", "opened-changed", opened -> {
            if (details.isOpened()) {
                field();
            }
        });
    }

    /** The section's field, made now if it was not yet. */
    public MarkdownField field() {
        if (field == null) {
            field = new MarkdownField(renderer, maxLength);
            field.setLabel(label);
            field.addClassName("field-" + name);
            field.setValue(text);
            getContent().add(field);
        }
        return field;
    }

    /** Whether the field was made: a section nobody opened has none. */
    boolean hasField() {
        return field != null;
    }

    public String getValue() {
        return field == null ? text : field.getValue();
    }

    public void setValue(String value) {
        if (field == null) {
            text = value == null ? "" : value;
        } else {
            field.setValue(value);
        }
    }

    /** Marks the section as written before its source changed: seen folded or not. */
    void markOutdated() {
        getContent().addClassName("outdated-field");
    }
}
