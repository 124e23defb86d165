package org.proximite.web.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

/**
 * Lets a reader switch the interface language. The whole session switches at once (every open
 * tab re-translates itself), and a cookie remembers the choice for later visits.
 */
public class LanguageSwitch extends Composite<Select<UiLanguage>> implements LocaleChangeObserver {

    public LanguageSwitch() {
        Select<UiLanguage> select = getContent();
        select.addClassName("language-switch");
        select.setItems(UiLanguage.values());
        // Each language is named in itself, so a reader finds theirs whatever is shown now.
        select.setItemLabelGenerator(language -> getTranslation(language.nameKey()));
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                switchTo(change.getValue());
            }
        });
    }

    private static void switchTo(UiLanguage language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null) {
            LanguageCookie.write(request, response, language);
        }
        VaadinSession.getCurrent().setLocale(language.locale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Select<UiLanguage> select = getContent();
        select.setValue(UiLanguage.of(event.getLocale()));
        select.setAriaLabel(getTranslation("language.switch"));
    }
}
