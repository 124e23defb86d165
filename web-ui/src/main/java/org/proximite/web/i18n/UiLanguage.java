package org.proximite.web.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is translated into, French first: most readers read French. */
public enum UiLanguage {
    FRENCH(Locale.FRENCH),
    ENGLISH(Locale.ENGLISH);

    /** Used when neither a remembered choice nor the browser names a supported language. */
    public static final UiLanguage DEFAULT = FRENCH;

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The two-letter code, as stored in the language cookie and in {@code <html lang>}. */
    public String code() {
        return locale.getLanguage();
    }

    /** Key of the language's own name ("Français", "English") in the message bundles. */
    public String nameKey() {
        return "language." + code();
    }

    public static Optional<UiLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The supported language of a locale, matched on its language alone ({@code en_GB} is English). */
    public static UiLanguage of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }

    /** The supported language that a browser's {@code Accept-Language} header prefers, if any. */
    public static Optional<UiLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<Locale> supported = Arrays.stream(values()).map(UiLanguage::locale).toList();
            return Optional.ofNullable(Locale.lookup(ranges, supported)).map(UiLanguage::of);
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
