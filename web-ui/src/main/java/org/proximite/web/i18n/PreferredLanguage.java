package org.proximite.web.i18n;

import com.vaadin.flow.server.VaadinRequest;

/** Decides the language of a new session: the remembered choice, else the browser's, else French. */
final class PreferredLanguage {

    private PreferredLanguage() {}

    static UiLanguage of(VaadinRequest request) {
        return LanguageCookie.read(request)
                .or(() -> UiLanguage.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(UiLanguage.DEFAULT);
    }
}
