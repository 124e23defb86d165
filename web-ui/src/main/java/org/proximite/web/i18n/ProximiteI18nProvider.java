package org.proximite.web.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The interface texts: French and English from the application's bundles
 * ({@code vaadin-i18n/translations_*.properties}), other languages from the chapters that bring
 * them. A key a chapter's bundle lacks is shown in English rather than as a raw key.
 */
@Component
public class ProximiteI18nProvider implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final UiLanguages languages;
    private final ChapterMessages chapterMessages;

    public ProximiteI18nProvider(UiLanguages languages, ChapterMessages chapterMessages) {
        this.languages = languages;
        this.chapterMessages = chapterMessages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.available();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale == null ? UiLanguage.DEFAULT.locale() : locale;
        String pattern = UiLanguage.fromCode(wanted.getLanguage()).isPresent()
                ? fromBundle(key, wanted)
                : chapterMessages.message(wanted.toLanguageTag(), key);
        if (pattern == null) {
            pattern = fromBundle(key, Locale.ENGLISH);
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
    }

    private static String fromBundle(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
