package org.proximite.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.proximite.web.i18n.ProximiteI18nProvider;
import org.springframework.stereotype.Component;

/**
 * The API's refusals said for people: a code and its parameters from the interface's message
 * bundles, in the language {@code Accept-Language} asks for, English by default. Scripts act on
 * the code, never on the words.
 */
@Component
class ApiMessages {

    private final ProximiteI18nProvider texts;
    private final AdminApiLanguage language;

    ApiMessages(ProximiteI18nProvider texts, AdminApiLanguage language) {
        this.texts = texts;
        this.language = language;
    }

    Locale locale(HttpServletRequest request) {
        return language.of(request);
    }

    String text(String key, Locale locale, List<?> parameters) {
        return texts.getTranslation(key, locale, parameters.toArray());
    }

    /** A refusal as the API answers it: code, parameters (as text) and message. */
    ReasonJson reason(String code, String messageKey, List<?> parameters, Locale locale) {
        return new ReasonJson(code, parameters.stream().map(String::valueOf).toList(), text(messageKey, locale, parameters));
    }
}
