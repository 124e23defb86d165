package org.proximite.web.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.web.testing.SystemChromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The editor in Chromium, where browser-less tests cannot look: the browser does not cut a title
 * pasted past its limit, and the question before unsaved changes are lost is a real dialog from
 * the pre-compiled bundle.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "proximite.admin.password=" + PracticeEditorInBrowserIT.ADMIN_PASSWORD)
@DirtiesContext // closes the database before the temporary data directory goes away
class PracticeEditorInBrowserIT {

    static final String ADMIN_PASSWORD = "editor-browser-test-only";

    @TempDir
    static Path dataDir;

    private static SystemChromium chromium;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @BeforeAll
    static void launchChromium() {
        chromium = SystemChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aTooLongTitleIsKeptWholeAndLeavingWithItAsksFirst() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill(ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
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
            page.waitForURL(java.util.regex.Pattern.compile("^https?://[^/]+/practices/local-security-plan$"));
            assertThat(page.locator("h1")).not().hasText(tooLong);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
