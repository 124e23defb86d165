package org.proximite.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.proximite.web.i18n.UiLanguages;
import org.springframework.stereotype.Component;

/**
 * The language of the admin API's messages: the interface language that the request's
 * {@code Accept-Language} prefers (chapters' languages included), English when it names none:
 * scripts and logs read English.
 */
@Component
class AdminApiLanguage {

    private final UiLanguages languages;

    AdminApiLanguage(UiLanguages languages) {
        this.languages = languages;
    }

    Locale of(HttpServletRequest request) {
        return languages.fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Locale.ENGLISH);
    }
}
