package org.proximite.web.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The languages the interface can be shown in now: French and English, which the application
 * brings, and any language an active chapter brings interface texts for (Portuguese, say).
 */
@Component
public class UiLanguages {

    private final ChapterMessages chapterMessages;

    public UiLanguages(ChapterMessages chapterMessages) {
        this.chapterMessages = chapterMessages;
    }

    /** French first (most readers read French), then English, then chapters' languages by code. */
    public List<Locale> available() {
        List<Locale> locales = new ArrayList<>(Arrays.stream(UiLanguage.values()).map(UiLanguage::locale).toList());
        chapterMessages.languages().stream()
                .filter(code -> UiLanguage.fromCode(code).isEmpty())
                .sorted()
                .forEach(code -> locales.add(Locale.forLanguageTag(code)));
        return locales;
    }

    public Optional<Locale> fromCode(String code) {
        return code == null ? Optional.empty()
                : available().stream().filter(locale -> locale.toLanguageTag().equalsIgnoreCase(code)).findFirst();
    }

    /** The available language a browser's {@code Accept-Language} header prefers, if any. */
    public Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), available()));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }

    /** The available language matching this locale's language, else French. */
    public Locale supported(Locale locale) {
        if (locale == null) {
            return UiLanguage.DEFAULT.locale();
        }
        return available().stream().filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(UiLanguage.DEFAULT.locale());
    }
}
