package org.proximite.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.proximite.web.chapter.ChaptersView;
import org.proximite.web.home.HomeView;
import org.proximite.web.i18n.LanguageSwitch;
import org.proximite.web.i18n.OpenLanguageLists;
import org.proximite.web.i18n.UiLanguages;
import org.proximite.web.initiative.InitiativesView;
import org.proximite.web.practice.PracticesView;
import org.proximite.web.security.AccountLink;
import org.proximite.web.security.Roles;

/**
 * The frame of every page: a header with the product's name, the language switch and the account
 * link, and a drawer with the navigation (a toggled overlay on phones). It re-translates itself
 * and the page title when the reader switches language.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final DrawerToggle drawerToggle = new DrawerToggle();
    private final RouterLink appName = new RouterLink("", HomeView.class);
    private final SideNavItem home = new SideNavItem("", HomeView.class, VaadinIcon.HOME.create());
    private final SideNavItem practices = new SideNavItem("", PracticesView.class, VaadinIcon.BOOK.create());
    private final SideNavItem initiatives = new SideNavItem("", InitiativesView.class, VaadinIcon.CALENDAR.create());
    private final SideNavItem chapters = new SideNavItem("", ChaptersView.class, VaadinIcon.PACKAGE.create());
    private final SideNavItem users = new SideNavItem("", org.proximite.web.account.UsersView.class, VaadinIcon.USERS.create());
    private final SideNavItem search = new SideNavItem("", org.proximite.web.search.SearchView.class, VaadinIcon.SEARCH.create());
    private final SideNavItem guide = new SideNavItem("", "/guide/", VaadinIcon.GLOBE.create());
    private final SideNavItem audit = new SideNavItem("", org.proximite.web.audit.AuditView.class, VaadinIcon.LIST.create());
    private final SideNavItem overview = new SideNavItem("", org.proximite.web.overview.ContentOverviewView.class, VaadinIcon.TABLE.create());
    private final SideNavItem editions = new SideNavItem("", org.proximite.web.edition.EditionsView.class, VaadinIcon.DOWNLOAD.create());
    private final SideNavItem importing = new SideNavItem("", org.proximite.web.textimport.ImportView.class, VaadinIcon.PASTE.create());
    private final SideNavItem backup = new SideNavItem("", org.proximite.web.backup.BackupView.class, VaadinIcon.ARCHIVE.create());
    private final SideNav navigation = new SideNav();

    public MainLayout(AuthenticationContext authenticationContext, UiLanguages languages, OpenLanguageLists openLists) {
        addClassName("main-layout");
        appName.addClassName("app-name");
        Div actions = new Div(new LanguageSwitch(languages, openLists), new AccountLink(authenticationContext));
        actions.addClassName("app-header-actions");
        addToNavbar(drawerToggle, appName, actions);

        // The public guide is not a Vaadin route: a full page load.
        guide.setRouterIgnore(true);
        navigation.addItem(home, practices, initiatives, search, guide);
        // People who work on content see the overview; the page checks the roles again on the server.
        if (authenticationContext.hasAnyRole(Roles.all())) {
            navigation.addItem(overview);
        }
        // Coordinators and admins make editions; the page itself also checks the role on the server.
        if (authenticationContext.hasAnyRole(Roles.ADMIN, Roles.COORDINATOR)) {
            navigation.addItem(editions);
        }
        // Coordinators and admins import from the web; the view itself also checks the role on the server.
        if (authenticationContext.hasAnyRole(Roles.ADMIN, Roles.COORDINATOR)) {
            navigation.addItem(importing);
        }
        // Only admins see the chapters page; the page itself also checks the role on the server.
        if (authenticationContext.hasRole(Roles.ADMIN)) {
            navigation.addItem(chapters, users, audit, backup);
        }
        addToDrawer(new Scroller(navigation));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        appName.setText(getTranslation("app.name"));
        drawerToggle.setAriaLabel(getTranslation("nav.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        navigation.setLabel(getTranslation("nav.label"));
        home.setLabel(getTranslation("nav.home"));
        practices.setLabel(getTranslation("nav.practices"));
        initiatives.setLabel(getTranslation("nav.initiatives"));
        chapters.setLabel(getTranslation("nav.chapters"));
        users.setLabel(getTranslation("nav.users"));
        search.setLabel(getTranslation("nav.search"));
        guide.setLabel(getTranslation("nav.guide"));
        overview.setLabel(getTranslation("nav.overview"));
        audit.setLabel(getTranslation("nav.audit"));
        editions.setLabel(getTranslation("nav.editions"));
        importing.setLabel(getTranslation("nav.import"));
        backup.setLabel(getTranslation("nav.backup"));
        guide.setPath("/guide/" + event.getLocale().toLanguageTag() + "/");
        event.getUI().getElement().executeJs("document.documentElement.lang = $0",
                event.getLocale().toLanguageTag());
        refreshPageTitle();
    }

    private void refreshPageTitle() {
        // Vaadin asks a view for its title only on navigation, not when the language changes.
        Component content = getContent();
        if (content instanceof HasDynamicTitle view) {
            getUI().ifPresent(ui -> ui.getPage().setTitle(view.getPageTitle()));
        }
    }
}
