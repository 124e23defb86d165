package org.proximite.web.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * People in a real, headless browser: a reader arriving at the guide's home in their language and
 * switching it, a coordinator signing in to the workspace and out again.
 */
class HomePageInBrowserIT extends InBrowserTest {

    @Test
    void aReaderOnAPhoneSwitchesTheHomePageToEnglishAndItStaysEnglish() {
        try (BrowserContext phone = reader(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844))) {
            Page page = phone.newPage();
            page.navigate(url("/"));
            assertThat(page).hasURL(Pattern.compile("/guide/fr/$"));
            assertThat(page.locator("h1")).hasText("Bienvenue sur Proximité");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

            assertThat(page.locator("h1")).hasText("Welcome to Proximité");
            assertThat(page).hasTitle("Home · Proximité");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            page.navigate(url("/"));
            assertThat(page).hasURL(Pattern.compile("/guide/en/$"));
            assertThat(page.locator("h1")).hasText("Welcome to Proximité");
        }
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglishAtOnce() {
        try (BrowserContext context = reader("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/"));

            assertThat(page.locator("h1")).hasText("Welcome to Proximité");
        }
    }

    @Test
    void theAdministratorSignsInToTheWorkspaceAndSignsOut() {
        try (BrowserContext context = reader("fr-FR")) {
            Page page = context.newPage();
            page.navigate(url("/login"));

            signIn(page, ADMIN_PASSWORD, "Se connecter");

            var signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"));
            assertThat(signOut).isVisible();
            assertThat(page.locator(".home-welcome")).hasText("Bienvenue sur Proximité");
            assertThat(page).hasURL(Pattern.compile("/workspace$"));

            signOut.click();
            assertThat(page).hasURL(Pattern.compile("/guide/fr/$"));
            page.navigate(url("/workspace"));
            assertThat(page.locator("input[name=password]")).isVisible();
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
