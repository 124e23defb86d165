package org.proximite.web.content;

import com.vaadin.flow.component.Html;
import org.proximite.core.text.MarkdownRenderer;

/** Markdown shown as HTML, after the core's renderer has escaped and sanitised it. */
public class MarkdownView extends Html {

    public MarkdownView(MarkdownRenderer renderer, String markdown) {
        super("<div class=\"markdown\">" + renderer.toSafeHtml(markdown) + "</div>");
    }
}
