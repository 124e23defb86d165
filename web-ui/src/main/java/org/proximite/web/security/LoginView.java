package org.proximite.web.security;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The sign-in page for editors and administrators. The form posts to Spring Security's
 * {@code /login}, which sends back here with {@code ?error} when the credentials are wrong.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private SignInSlowedDown slowedDown;

    public LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        // No e-mail is sent anywhere yet: a button that cannot keep its promise stays hidden.
        form.setForgotPasswordButtonVisible(false);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        slowedDown = failed ? lastFailure() : null;
        form.setI18n(translatedTexts());
    }

    /** Why the last sign-in of this browser failed, when it was slowed down; Spring keeps it in the session. */
    private static SignInSlowedDown lastFailure() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof SignInSlowedDown slowed ? slowed : null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        form.setI18n(translatedTexts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }

    private LoginI18n translatedTexts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage errorTexts = texts.getErrorMessage();
        errorTexts.setTitle(getTranslation("login.error.title"));
        errorTexts.setMessage(slowedDown != null ? getTranslation("login.error.slowed", slowedDown.retryAfterSeconds())
                : getTranslation("login.error.message"));
        errorTexts.setUsername(getTranslation("login.error.username"));
        errorTexts.setPassword(getTranslation("login.error.password"));
        return texts;
    }
}
