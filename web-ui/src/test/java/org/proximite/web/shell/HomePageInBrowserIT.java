package org.proximite.web.shell;

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

/** A reader in a real, headless browser: the home page, its language, and signing in and out. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "proximite.admin.password=" + HomePageInBrowserIT.ADMIN_PASSWORD)
@DirtiesContext // closes the database before the temporary data directory goes away
class HomePageInBrowserIT {

    static final String ADMIN_PASSWORD = "browser-test-only";

    @TempDir
    static Path dataDir;

    private static SystemChromium chromium;

    @LocalServerPort
    private int port;

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
    void aReaderOnAPhoneSwitchesTheHomePageToEnglishAndItStaysEnglish() {
        try (BrowserContext phone = chromium.browser().newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844))) {
            Page page = phone.newPage();
            page.navigate(url("/"));
            Locator welcome = page.locator(".home-welcome");
            assertThat(welcome).hasText("Bienvenue sur Proximité");

            page.locator("vaadin-select.language-switch").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();

            assertThat(welcome).hasText("Welcome to Proximité");
            assertThat(page).hasTitle("Home · Proximité");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            page.reload();
            assertThat(page.locator(".home-welcome")).hasText("Welcome to Proximité");
        }
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglishAtOnce() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(url("/"));

            assertThat(page.locator(".home-welcome")).hasText("Welcome to Proximité");
        }
    }

    @Test
    void theAdministratorSignsInWithTheFormAndSignsOut() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/login"));

            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill(ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            Locator signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"));
            assertThat(signOut).isVisible();
            assertThat(page.locator(".home-welcome")).hasText("Bienvenue sur Proximité");

            signOut.click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithATranslatedMessage() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(url("/login"));

            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill("not-the-password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            assertThat(page.getByText("Nom d’utilisateur ou mot de passe incorrect")).isVisible();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
