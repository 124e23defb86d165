package org.proximite.web.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Guinea country editor, a French translator and a coordinator each do their part on one
 * practice, in Chromium, each signed in with their own account: the country editor rewrites the
 * English title and sends it to review, the translator rewrites the French title and sends it to
 * review, the coordinator finds both in the content overview and publishes them; readers then see
 * both, and the audit log tells the story.
 */
class ThreePeopleOnOnePracticeInBrowserIT extends InBrowserTest {

    private static final String SLUG = "youth-leaders-engagement";
    private static final String PASSWORD = "the river rises in september";

    @Autowired
    Accounts accounts;

    private void account(String name, AccountAccess access) {
        Actor system = Actor.system("test");
        accounts.choosePassword(accounts.invite(system, name, name, access).token(), PASSWORD);
    }

    private Page signedIn(BrowserContext context, String name) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(name);
        page.locator("input[name=password]").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        return page;
    }

    private static Locator column(Page page, String language) {
        return page.locator("div.language-column[lang=" + language + "]");
    }

    /** Rewrites one language's title in the editor, saves, and sends that text to review with a comment. */
    private void rewriteAndSubmit(Page page, String language, String title, String comment) {
        page.navigate(url("/edit/practices/" + SLUG));
        Locator field = column(page, language).locator("vaadin-text-field.field-title input");
        field.fill(title);
        field.press("Tab");
        page.locator("vaadin-button.save-button").click();
        assertThat(column(page, language).locator(".readers-see")).containsText("not published yet");
        column(page, language).locator("vaadin-button.move-submit").click();
        page.locator("vaadin-text-area.workflow-comment textarea").fill(comment);
        page.locator("vaadin-button.confirm-move").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Sent to review."))).isVisible();
    }

    private String readersTitle(Page page, String language) {
        page.navigate(url("/guide/" + language + "/practices/" + SLUG));
        page.reload();
        return page.locator("h1").textContent();
    }

    @Test
    void aCountryEditorATranslatorAndACoordinatorEachDoTheirPartAndTheAuditLogTellsTheStory() {
        account("mariama", new AccountAccess(Set.of(Role.COUNTRY_EDITOR), Set.of("guinea"), Set.of()));
        account("ibrahima", new AccountAccess(Set.of(Role.TRANSLATOR), Set.of(), Set.of("fr")));
        account("fatou", AccountAccess.of(Role.COORDINATOR));
        String englishBefore;
        try (BrowserContext reader = reader("en-GB")) {
            englishBefore = readersTitle(reader.newPage(), "en");
        }

        try (BrowserContext context = reader("en-GB")) {
            rewriteAndSubmit(signedIn(context, "mariama"), "en", "Youth leaders as partners in safety", "The title Guinea's teams use.");
        }
        try (BrowserContext context = reader("en-GB")) {
            Page page = signedIn(context, "ibrahima");
            page.navigate(url("/edit/practices/" + SLUG));
            assertThat(column(page, "en").locator("vaadin-button.move-submit, vaadin-button.move-publish")).hasCount(0);
            rewriteAndSubmit(page, "fr", "Les jeunes leaders, partenaires de la sécurité", "Titre revu avec l’équipe.");
        }
        try (BrowserContext reader = reader("en-GB")) {
            org.assertj.core.api.Assertions.assertThat(readersTitle(reader.newPage(), "en")).as("in review, readers keep the published text")
                    .isEqualTo(englishBefore);
        }

        try (BrowserContext context = reader("en-GB")) {
            Page page = signedIn(context, "fatou");
            page.navigate(url("/workspace/overview"));
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("In review")).first()).isVisible();
            page.navigate(url("/edit/practices/" + SLUG));
            column(page, "en").locator("vaadin-button.move-publish").click();
            assertThat(column(page, "en").locator(".readers-see")).containsText("Readers see this version");
            column(page, "fr").locator("vaadin-button.move-publish").click();
            assertThat(column(page, "fr").locator(".readers-see")).containsText("Readers see this version");
        }

        try (BrowserContext reader = reader("en-GB")) {
            Page page = reader.newPage();
            org.assertj.core.api.Assertions.assertThat(readersTitle(page, "en")).isEqualTo("Youth leaders as partners in safety");
            org.assertj.core.api.Assertions.assertThat(readersTitle(page, "fr")).isEqualTo("Les jeunes leaders, partenaires de la sécurité");
        }

        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            page.navigate(url("/admin/audit"));
            Locator subject = page.locator("vaadin-text-field.audit-subject input");
            subject.fill(SLUG);
            subject.press("Tab");
            for (String sentence : new String[] {
                    "mariama saved the English text of practice " + SLUG,
                    "mariama sent the English text of practice " + SLUG + " to review",
                    "ibrahima saved the French text of practice " + SLUG,
                    "ibrahima sent the French text of practice " + SLUG + " to review",
                    "fatou published the English text of practice " + SLUG,
                    "fatou published the French text of practice " + SLUG}) {
                assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(sentence)).first()).isVisible();
            }
        }
    }
}
