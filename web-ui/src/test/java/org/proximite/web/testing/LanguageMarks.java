package org.proximite.web.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** The language a page declares for a component's text: its own {@code lang}, or its nearest ancestor's. */
public final class LanguageMarks {

    private LanguageMarks() {}

    /** The {@code lang} of the component or its nearest ancestor that has one; null when none has. */
    public static String langOf(Component component) {
        for (Element element = component.getElement(); element != null; element = element.getParent()) {
            if (element.hasAttribute("lang")) {
                return element.getAttribute("lang");
            }
        }
        return null;
    }
}
