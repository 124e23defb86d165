package org.proximite.web.i18n;

import com.vaadin.flow.server.VaadinRequest;

/** Decides the language of a new session: the remembered choice, else the browser's, else French. */
final class PreferredLanguage {

    private PreferredLanguage() {}

    static java.util.Locale of(VaadinRequest request, UiLanguages languages) {
        return LanguageCookie.read(request).flatMap(languages::fromCode)
                .or(() -> languages.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(UiLanguage.DEFAULT.locale());
    }
}
