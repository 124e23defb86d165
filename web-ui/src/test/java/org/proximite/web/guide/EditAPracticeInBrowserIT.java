package org.proximite.web.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * The walk a coordinator takes, end to end in Chromium: the home page, English, a Guinea practice,
 * signing in, editing the practice and seeing the change as a reader.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "proximite.admin.password=" + EditAPracticeInBrowserIT.ADMIN_PASSWORD)
@DirtiesContext
class EditAPracticeInBrowserIT {

    static final String ADMIN_PASSWORD = "end-to-end-test-only";

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
    void aCoordinatorReadsAGuineaPracticeInEnglishEditsItAndSeesTheChange() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page.locator(".home-welcome")).hasText("Bienvenue sur Proximité");
            assertThat(page.getByText("Guinée — Partenaires pour la sécurité").first()).isVisible();

            page.locator("vaadin-select.language-switch").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator(".home-welcome")).hasText("Welcome to Proximité");

            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Practices")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Local community safety and crime prevention council")).click();
            assertThat(page.locator("h1")).hasText("Local community safety and crime prevention council");
            assertThat(page.getByText("Effect and evidence")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill(ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            // The admin API accepts the signed-in session as well as HTTP Basic.
            assertThat(page.request().get(url("/api/v1/admin/chapters"))).isOK();

            page.navigate(url("/practices/local-security-council"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit")).click();
            var englishTitle = page.locator("vaadin-text-field.field-title").nth(1).locator("input");
            assertThat(englishTitle).hasValue("Local community safety and crime prevention council");
            englishTitle.fill("Local safety council, as run in Conakry");
            // Vaadin sends a text field's value when it loses focus: leave it before saving.
            englishTitle.press("Tab");
            page.locator("vaadin-button.save-button").click();

            assertThat(page.locator(".form-message")).isHidden();
            assertThat(page.locator("h1")).hasText("Local safety council, as run in Conakry");
            // The reader's page, not the editor's (whose address also ends with the slug).
            page.waitForURL(java.util.regex.Pattern.compile("^https?://[^/]+/practices/local-security-council$"));
            page.reload();
            assertThat(page.locator("h1")).hasText("Local safety council, as run in Conakry");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
