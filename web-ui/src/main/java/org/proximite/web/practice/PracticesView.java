package org.proximite.web.practice;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Placeholder for the list of practices: holds the route and the navigation entry until the real
 * view replaces it.
 */
@Route("practices")
@AnonymousAllowed
public class PracticesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph comingSoon = new Paragraph();

    public PracticesView() {
        addClassName("practices-view");
        add(title, comingSoon);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("practices.title"));
        comingSoon.setText(getTranslation("practices.coming-soon"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("practices.title"));
    }
}
