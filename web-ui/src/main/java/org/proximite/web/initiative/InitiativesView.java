package org.proximite.web.initiative;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Placeholder for the list of initiatives: holds the route and the navigation entry until the real
 * view replaces it.
 */
@Route("initiatives")
@AnonymousAllowed
public class InitiativesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph comingSoon = new Paragraph();

    public InitiativesView() {
        addClassName("initiatives-view");
        add(title, comingSoon);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("initiatives.title"));
        comingSoon.setText(getTranslation("initiatives.coming-soon"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("initiatives.title"));
    }
}
