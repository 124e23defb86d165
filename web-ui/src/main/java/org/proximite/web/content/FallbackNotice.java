package org.proximite.web.content;

import com.vaadin.flow.component.html.Span;

/** Says that a text is shown in another language because it is not translated yet. */
public class FallbackNotice extends Span {

    public FallbackNotice(String shownLanguage) {
        addClassName("fallback-notice");
        getElement().setAttribute("role", "note");
        setText(getTranslation("content.fallback", ReaderLanguage.name(this, shownLanguage)));
        getElement().setAttribute("lang", shownLanguage);
    }
}
