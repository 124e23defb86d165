package org.proximite.web.content;

import com.vaadin.flow.component.html.Span;

/** A short label beside a title: an evidence level, a chapter, a status. */
public class Badge extends Span {

    public Badge(String text, String variant) {
        super(text);
        addClassNames("badge", "badge-" + variant);
    }
}
