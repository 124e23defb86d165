package org.proximite.web.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The first page a reader sees: a welcome, for now. */
@Route("")
@AnonymousAllowed
public class HomeView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final H1 welcome = new H1();
    private final Paragraph introduction = new Paragraph();

    public HomeView() {
        addClassName("home-view");
        welcome.addClassName("home-welcome");
        add(welcome, introduction);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        welcome.setText(getTranslation("home.welcome"));
        introduction.setText(getTranslation("home.introduction"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("home.title"));
    }
}
