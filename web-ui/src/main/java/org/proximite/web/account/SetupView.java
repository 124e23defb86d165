package org.proximite.web.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.proximite.core.account.Accounts;
import org.proximite.core.account.FirstAdmin;
import org.proximite.core.account.PasswordPolicy;
import org.proximite.core.editing.InvalidEditException;

/**
 * {@code /setup?token=…}: a one-time link. The first admin chooses a name and a password; an
 * invited person chooses their password. The link works once, and is refused when unknown, used
 * or expired.
 */
@Route("setup")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Accounts accounts;
    private final FirstAdmin firstAdmin;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Paragraph problem = new Paragraph();
    private String token;

    public SetupView(Accounts accounts, FirstAdmin firstAdmin) {
        this.accounts = accounts;
        this.firstAdmin = firstAdmin;
        addClassName("setup-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        Optional<Accounts.LinkPurpose> purpose = accounts.linkPurpose(token);
        add(new H1(getTranslation("setup.title")));
        if (purpose.isEmpty()) {
            add(new Paragraph(getTranslation("account.problem.linkInvalid")), new Anchor("login", getTranslation("setup.sign-in")));
            return;
        }
        boolean first = purpose.get().firstAdmin();
        add(new Paragraph(first ? getTranslation("setup.first-admin") : getTranslation("setup.invited", purpose.get().username())));
        username.setLabel(getTranslation("users.username"));
        displayName.setLabel(getTranslation("users.display-name"));
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("setup.password-help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeated.setLabel(getTranslation("setup.repeat"));
        problem.addClassName("setup-problem");
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("setup.save"), click -> save(first));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (first) {
            add(username, displayName);
        }
        add(password, repeated, problem, save);
    }

    private void save(boolean first) {
        if (!password.getValue().equals(repeated.getValue())) {
            problem.setText(getTranslation("setup.not-repeated"));
            return;
        }
        try {
            String name = first ? firstAdmin.complete(token, username.getValue(), displayName.getValue(), password.getValue())
                    : accounts.choosePassword(token, password.getValue());
            removeAll();
            add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.done", name)),
                    new Anchor("login", getTranslation("setup.sign-in")));
        } catch (InvalidEditException e) {
            problem.setText(ProblemTexts.of(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("setup.title"));
    }
}
