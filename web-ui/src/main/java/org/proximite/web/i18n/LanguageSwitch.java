package org.proximite.web.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Lets a reader switch the interface language. The whole session switches at once (every open
 * tab re-translates itself), and a cookie remembers the choice for later visits. Its languages
 * follow the chapters while the page is open ({@link OpenLanguageLists}).
 */
public class LanguageSwitch extends Composite<Select<Locale>> implements LocaleChangeObserver {

    private final UiLanguages languages;

    public LanguageSwitch(UiLanguages languages, OpenLanguageLists open) {
        this.languages = languages;
        open.follow(this, this::languagesChanged);
        Select<Locale> select = getContent();
        select.addClassName("language-switch");
        select.setItems(languages.available());
        // Each language is named in itself, so a reader finds theirs whatever is shown now.
        select.setItemLabelGenerator(language -> language.getDisplayLanguage(language).substring(0, 1).toUpperCase(language)
                + language.getDisplayLanguage(language).substring(1));
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                switchTo(change.getValue());
            }
        });
    }

    private static void switchTo(Locale language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null) {
            LanguageCookie.write(request, response, language);
        }
        VaadinSession.getCurrent().setLocale(language);
    }

    /** The languages the interface can be shown in changed (a chapter came or went): offer them now. */
    void languagesChanged() {
        Select<Locale> select = getContent();
        java.util.List<Locale> now = languages.available();
        if (!now.equals(select.getListDataView().getItems().toList())) {
            Locale shown = select.getValue();
            select.setItems(now);
            select.setValue(languages.supported(shown != null ? shown : getLocale()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Select<Locale> select = getContent();
        select.setItems(languages.available());
        select.setValue(languages.supported(event.getLocale()));
        select.setAriaLabel(getTranslation("language.switch"));
    }
}
