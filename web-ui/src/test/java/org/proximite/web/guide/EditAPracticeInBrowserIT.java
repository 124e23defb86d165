package org.proximite.web.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * The walk a coordinator takes, end to end in Chromium: the guide in English, a Guinea practice,
 * signing in to the workspace, editing the practice and seeing the change on the public page.
 */
class EditAPracticeInBrowserIT extends InBrowserTest {

    @Test
    void aCoordinatorReadsAGuineaPracticeInEnglishEditsItAndSeesTheChange() {
        try (BrowserContext context = reader("fr-FR")) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page.locator("h1")).hasText("Bienvenue sur Proximité");
            assertThat(page.getByText("Guinée — Partenaires pour la sécurité").first()).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("h1")).hasText("Welcome to Proximité");

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Practices")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Community safety and crime prevention council")).click();
            page.waitForURL(java.util.regex.Pattern.compile("^https?://[^/]+/guide/en/practices/local-security-council$"));
            assertThat(page.locator("h1")).hasText("Community safety and crime prevention council");
            assertThat(page.getByText("Effect and evidence")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Workspace (signed-in coordinators)")).click();
            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            // The admin API accepts the signed-in session as well as HTTP Basic.
            assertThat(page.request().get(url("/api/v1/admin/chapters"))).isOK();

            page.navigate(url("/workspace/practices/local-security-council"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit")).click();
            page.waitForURL(java.util.regex.Pattern.compile("^https?://[^/]+/edit/practices/local-security-council$"));
            var englishTitle = page.locator("vaadin-text-field.field-title").nth(1).locator("input");
            assertThat(englishTitle).hasValue("Community safety and crime prevention council");
            englishTitle.fill("Local safety council, as run in Conakry");
            // Vaadin sends a text field's value when it loses focus: leave it before saving.
            englishTitle.press("Tab");
            page.locator("vaadin-button.save-button").click();

            assertThat(page.locator(".form-message")).isHidden();
            // The editor stays open on what was saved, and says so.
            assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Saved.")))
                    .isVisible();
            assertThat(page.locator("vaadin-text-field.field-title").nth(1).locator("input")).hasValue("Local safety council, as run in Conakry");
            // The workspace's preview, not the editor (whose address also ends with the slug).
            page.navigate(url("/workspace/practices/local-security-council"));
            assertThat(page.locator("h1")).hasText("Local safety council, as run in Conakry");

            page.locator("a.public-page-link").click();
            assertThat(page).hasURL(Pattern.compile("/guide/en/practices/local-security-council$"));
            // The browser may keep the page it read before for a minute (Cache-Control): a reload revalidates it.
            page.reload();
            assertThat(page.locator("h1")).hasText("Local safety council, as run in Conakry");
        }
    }

}
