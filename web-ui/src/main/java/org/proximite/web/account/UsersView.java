package org.proximite.web.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.AccountLink;
import org.proximite.core.account.AccountSummary;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.language.ContentLanguage;
import org.proximite.core.language.LanguageQueries;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.security.Roles;

/**
 * For admins: the accounts, their roles and scopes, and their last sign-in; invite someone (the
 * one-time link is shown, to pass on: no e-mail is sent), change access, disable and enable.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Accounts accounts;
    private final EditorAccess access;
    private List<String> chapterIds;
    private List<String> languageCodes;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    public UsersView(Accounts accounts, EditorAccess access, ChapterQueries chapters, LanguageQueries languages,
            org.proximite.web.i18n.OpenLanguageLists openLists) {
        this.accounts = accounts;
        this.access = access;
        this.chapterIds = chapters.list("en").stream().map(ChapterSummary::id).toList();
        this.languageCodes = languages.all().stream().map(ContentLanguage::code).toList();
        // The scopes offered follow the chapters and their languages while the page is open.
        openLists.follow(this, () -> {
            chapterIds = chapters.list("en").stream().map(ChapterSummary::id).toList();
            languageCodes = languages.all().stream().map(ContentLanguage::code).toList();
        });
        addClassNames("users-view", "page-wide");
        message.getElement().setAttribute("role", "status");
        Button invite = new Button(getTranslation("users.invite"), click -> openInvitation());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.username"));
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.display-name"));
        grid.addColumn(account -> account.access().roles().stream().map(role -> getTranslation("users.role." + role.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(account -> String.join(", ", account.access().chapterScopes().stream().sorted().toList()))
                .setHeader(getTranslation("users.chapters"));
        grid.addColumn(account -> String.join(", ", account.access().languageScopes().stream().sorted().toList()))
                .setHeader(getTranslation("users.languages"));
        grid.addColumn(account -> getTranslation(!account.enabled() ? "users.state.disabled"
                : account.passwordSet() ? "users.state.enabled" : "users.state.invited")).setHeader(getTranslation("users.state"));
        grid.addColumn(account -> account.lastSignInAt() == null ? getTranslation("users.never")
                : time.format(account.lastSignInAt().atZoneSameInstant(ZoneOffset.UTC))).setHeader(getTranslation("users.last-sign-in"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions"));
        add(new H1(getTranslation("users.title")), invite, message, grid);
        refresh();
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button edit = new Button(getTranslation("users.edit"), click -> openAccess(account));
        Button toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"), click -> act(() -> {
            if (account.enabled()) {
                accounts.disable(access.actor(), account.username());
            } else {
                accounts.enable(access.actor(), account.username());
            }
            return getTranslation(account.enabled() ? "users.disabled" : "users.enabled", account.username());
        }));
        Button link = new Button(getTranslation("users.new-link"), click -> act(() ->
                linkText(account.username(), accounts.newPasswordLink(access.actor(), account.username()))));
        for (Button button : List.of(edit, toggle, link)) {
            button.addThemeVariants(ButtonVariant.SMALL);
            button.getElement().setAttribute("aria-label", button.getText() + " " + account.username());
        }
        return new HorizontalLayout(edit, toggle, link);
    }

    private void openInvitation() {
        Dialog dialog = new Dialog(getTranslation("users.invite"));
        TextField username = new TextField(getTranslation("users.username"));
        TextField displayName = new TextField(getTranslation("users.display-name"));
        AccessFields fields = new AccessFields(chapterIds, languageCodes);
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("users.invite"), click -> {
            try {
                AccountLink link = accounts.invite(access.actor(), username.getValue(), displayName.getValue(), fields.value());
                dialog.close();
                message.setText(linkText(username.getValue().strip().toLowerCase(java.util.Locale.ROOT), link));
                refresh();
            } catch (InvalidEditException e) {
                problem.setText(ProblemTexts.of(this, e));
            } catch (NotAllowedException e) {
                problem.setText(ProblemTexts.of(this, e));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(username, displayName, fields, problem));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openAccess(AccountSummary account) {
        Dialog dialog = new Dialog(getTranslation("users.edit-title", account.username()));
        AccessFields fields = new AccessFields(chapterIds, languageCodes);
        fields.show(account.access());
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("users.save"), click -> {
            try {
                AccountAccess chosen = fields.value();
                accounts.changeAccess(access.actor(), account.username(), chosen);
                dialog.close();
                message.setText(getTranslation("users.changed", account.username()));
                refresh();
            } catch (InvalidEditException e) {
                problem.setText(ProblemTexts.of(this, e));
            } catch (NotAllowedException e) {
                problem.setText(ProblemTexts.of(this, e));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(fields, problem));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void act(Supplier<String> action) {
        try {
            message.setText(action.get());
            refresh();
        } catch (InvalidEditException e) {
            message.setText(ProblemTexts.of(this, e));
        } catch (NotAllowedException e) {
            message.setText(ProblemTexts.of(this, e));
        }
    }

    private String linkText(String username, AccountLink link) {
        return getTranslation("users.link", username, baseUrl() + "/setup?token=" + link.token(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).format(link.expiresAt()));
    }

    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request ? request : null;
        if (current == null) {
            return "";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }

    private void refresh() {
        grid.setItems(accounts.list(access.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("users.title"));
    }
}
