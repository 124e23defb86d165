package org.proximite.web.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets each new Vaadin session's language from the reader's remembered choice or browser.
 * Vaadin has already picked a locale by then, but from an unordered list of translation files,
 * so it would not reliably default to French.
 */
@Component
class SessionLanguageInitializer implements VaadinServiceInitListener {

    private final UiLanguages languages;

    SessionLanguageInitializer(UiLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession()
                .setLocale(PreferredLanguage.of(sessionInit.getRequest(), languages)));
    }
}
