package org.proximite.web.security;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The header's account corner: a sign-in link for readers, a sign-out button for signed-in users. */
public class AccountLink extends Composite<Div> implements LocaleChangeObserver {

    private final transient AuthenticationContext authenticationContext;
    private final RouterLink login = new RouterLink("", LoginView.class);
    private final Button logout = new Button();

    public AccountLink(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        getContent().addClassName("account-link");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.addClickListener(click -> authenticationContext.logout());
        getContent().add(authenticationContext.isAuthenticated() ? logout : login);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        login.setText(getTranslation("account.login"));
        logout.setText(getTranslation("account.logout"));
        authenticationContext.getPrincipalName().ifPresent(name ->
                logout.setTooltipText(getTranslation("account.signed-in-as", name)));
    }
}
