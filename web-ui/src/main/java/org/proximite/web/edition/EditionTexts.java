package org.proximite.web.edition;

import java.util.Locale;
import org.proximite.core.edition.EditionReason;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.springframework.stereotype.Component;

/**
 * Editions' words in a reader's language, reasons from their codes among them. French
 * and English from the application, a chapter's language (Portuguese) from the chapter's bundle,
 * English when no bundle has the key: never a raw key.
 */
@Component
public class EditionTexts {

    private final ProximiteI18nProvider messages;

    public EditionTexts(ProximiteI18nProvider messages) {
        this.messages = messages;
    }

    public String get(String key, Locale locale, Object... parameters) {
        String text = messages.getTranslation(key, locale, parameters);
        return text.startsWith("!") ? messages.getTranslation(key, Locale.ENGLISH, parameters) : text;
    }

    public String reason(EditionReason reason, Locale locale) {
        return get(reason.code(), locale, reason.parameters().toArray());
    }
}
