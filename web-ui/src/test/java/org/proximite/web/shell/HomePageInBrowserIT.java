package org.proximite.web.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/** A reader in a real, headless browser: the home page, its language, and signing in and out. */
class HomePageInBrowserIT extends InBrowserTest {

    @Test
    void aReaderOnAPhoneSwitchesTheHomePageToEnglishAndItStaysEnglish() {
        try (BrowserContext phone = reader(new Browser.NewContextOptions()
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
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/"));

            assertThat(page.locator(".home-welcome")).hasText("Welcome to Proximité");
        }
    }

    @Test
    void theAdministratorSignsInWithTheFormAndSignsOut() {
        try (BrowserContext context = reader("fr-FR")) {
            Page page = context.newPage();
            page.navigate(url("/login"));

            signIn(page, ADMIN_PASSWORD, "Se connecter");

            Locator signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"));
            assertThat(signOut).isVisible();
            assertThat(page.locator(".home-welcome")).hasText("Bienvenue sur Proximité");

            signOut.click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithATranslatedMessage() {
        try (BrowserContext context = reader("fr-FR")) {
            Page page = context.newPage();
            page.navigate(url("/login"));

            signIn(page, "not-the-password", "Se connecter");

            assertThat(page.getByText("Nom d’utilisateur ou mot de passe incorrect")).isVisible();
        }
    }

}
