package org.proximite.web.editing;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.proximite.core.text.MarkdownRenderer;

/**
 * A Markdown text area with a live preview beneath it, rendered by the same sanitising renderer
 * as the published page, so what the editor sees is what readers will get. A folded section makes
 * its field when first opened ({@link MarkdownSection}).
 */
public class MarkdownField extends Composite<Div> {

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final MarkdownRenderer renderer;

    public MarkdownField(MarkdownRenderer renderer, int maxLength) {
        this.renderer = renderer;
        getContent().addClassName("markdown-field");
        LengthLimit.on(text, maxLength, false);
        text.setValueChangeTimeout(400);
        text.addValueChangeListener(change -> renderPreview());
        preview.addClassName("markdown-preview");
        getContent().add(text, preview);
    }

    public TextArea textArea() {
        return text;
    }

    public void setLabel(String label) {
        text.setLabel(label);
        preview.getElement().setAttribute("aria-label", label);
    }

    public String getValue() {
        return text.getValue();
    }

    public void setValue(String value) {
        text.setValue(value == null ? "" : value);
        renderPreview();
    }

    private void renderPreview() {
        String html = renderer.toSafeHtml(text.getValue());
        // The sanitised HTML is the preview's content, not a component of its own: the browser gets the same, the server keeps less.
        preview.getElement().setProperty("innerHTML", html.isEmpty() ? "" : "<div class=\"markdown\">" + html + "</div>");
    }
}
