package org.proximite.web.startup;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the start: the "starting" page and the messages about wrong settings, in French and
 * English from {@code startup/messages_*.properties}. They are shown before the application (and
 * its chapters' languages) exists, so they come from this bundle alone.
 */
final class StartupMessages {

    private static final String BUNDLE = "startup/messages";
    private static final List<Locale> SPOKEN = List.of(Locale.FRENCH, Locale.ENGLISH);

    private StartupMessages() {}

    static String text(String code, Locale language, Object... parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(code), language).format(parameters);
    }

    /** French or English, whichever the header prefers first; English otherwise. */
    static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    /** The operator's language for log messages: the JVM's, when French, else English. */
    static Locale operatorLanguage() {
        return supported(Locale.getDefault());
    }

    private static Locale supported(Locale language) {
        return Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
