package org.proximite.web.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * The editor in Chromium, where browser-less tests cannot look: the browser does not cut a title
 * pasted past its limit, and the question before unsaved changes are lost is a real dialog from
 * the pre-compiled bundle.
 */
class PracticeEditorInBrowserIT extends InBrowserTest {

    @Test
    void aTooLongTitleIsKeptWholeAndLeavingWithItAsksFirst() {
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Sign in");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

            page.navigate(url("/edit/practices/local-security-plan"));
            Locator englishTitle = page.locator("vaadin-text-field.field-title").nth(1);
            String tooLong = "A local security plan, ".repeat(10);
            englishTitle.locator("input").fill(tooLong);
            englishTitle.locator("input").press("Tab");

            assertThat(englishTitle.locator("input")).hasValue(tooLong);
            assertThat(englishTitle).hasAttribute("invalid", "");
            assertThat(englishTitle.locator("[slot=error-message]")).hasText("Too long: 230 characters, at most 200.");

            page.locator("vaadin-button.cancel-button").click();
            assertThat(page.getByText("Leave without saving?")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay and keep editing")).click();
            assertThat(englishTitle.locator("input")).hasValue(tooLong);

            page.locator("vaadin-button.cancel-button").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave without saving")).click();
            page.waitForURL(java.util.regex.Pattern.compile("^https?://[^/]+/workspace/practices/local-security-plan$"));
            assertThat(page.locator("h1")).not().hasText(tooLong);
        }
    }

}
