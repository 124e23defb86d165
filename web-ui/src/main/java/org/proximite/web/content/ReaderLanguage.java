package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.proximite.web.i18n.UiLanguage;

/** The content language that goes with the interface language a reader chose. */
public final class ReaderLanguage {

    private ReaderLanguage() {}

    public static String of(Locale uiLocale) {
        return uiLocale == null ? UiLanguage.DEFAULT.code() : uiLocale.toLanguageTag();
    }

    /** A language's name in the reader's language when the bundles have it ("anglais"), else its code. */
    public static String name(Component component, String code) {
        String key = "content.language." + code;
        String name = component.getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? code.toUpperCase(Locale.ROOT) : name;
    }
}
