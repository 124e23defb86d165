package org.proximite.web.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * A reader on a phone with JavaScript turned off reads, searches and switches language; and what a
 * practice page costs them, against the workspace's Vaadin page of the same practice, in the same run.
 */
class ReadTheGuideWithoutScriptInBrowserIT extends InBrowserTest {

    private static Browser.NewContextOptions phoneWithoutScript(String locale) {
        return new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844).setJavaScriptEnabled(false);
    }

    @Test
    void aReaderWithoutJavaScriptSearchesReadsAPracticeAndSwitchesToEnglishOnTheSamePage() {
        try (BrowserContext phone = reader(phoneWithoutScript("fr-FR"))) {
            Page page = phone.newPage();
            page.navigate(url("/"));
            assertThat(page.locator("h1")).hasText("Bienvenue sur Proximité");

            page.locator("#home-q").fill("securite polices");
            page.locator("#home-q").press("Enter");
            assertThat(page).hasURL(Pattern.compile("/guide/fr/search\\?q=securite\\+polices$"));
            assertThat(page.locator("main mark").first()).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conseil local de sécurité et de prévention de la délinquance")).click();

            assertThat(page.locator("h1")).hasText("Conseil local de sécurité et de prévention de la délinquance");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Effet et preuves"))).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page).hasURL(Pattern.compile("/guide/en/practices/local-security-council$"));
            assertThat(page.locator("h1")).hasText("Community safety and crime prevention council");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Practices").setExact(true)).click();
            page.locator("#level").selectOption("practice-based");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            assertThat(page).hasURL(Pattern.compile("level=practice-based"));
            assertThat(page.locator("main .cards > li")).hasCount(10);
        }
    }

    @Test
    void aPracticePageCostsOneRequestAndFarLessThanTheWorkspacePage() {
        long[] guide = weigh(false, "/guide/fr/practices/local-security-council", null);
        long[] workspace = weigh(true, "/workspace/practices/local-security-council", ADMIN_PASSWORD);

        System.out.printf("Practice page transferred: public guide %d bytes in %d requests; workspace (Vaadin) %d bytes in %d requests%n",
                guide[0], guide[1], workspace[0], workspace[1]);
        assertThat(guide[1]).as("requests of the public page").isEqualTo(1);
        assertThat(guide[0]).as("bytes of the public page").isLessThan(PublicGuideIT.PAGE_BUDGET);
        assertThat(guide[0] * 10).as("the public page weighs less than a tenth of the workspace's").isLessThan(workspace[0]);
    }

    /**
     * Bytes transferred (headers and compressed bodies) and requests made to show {@code path} to a
     * first-time visitor (empty cache), until the network is quiet.
     */
    private long[] weigh(boolean script, String path, String password) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(390, 844).setJavaScriptEnabled(script);
        if (password != null) {
            // Signed in in one profile, measured in another with the same session but an empty cache: a first visit.
            try (BrowserContext signingIn = reader("fr-FR")) {
                Page page = signingIn.newPage();
                page.navigate(url("/login"));
                signIn(page, password, "Se connecter");
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
                options.setStorageState(signingIn.storageState());
            }
        }
        try (BrowserContext context = reader(options)) {
            Page page = context.newPage();
            AtomicLong bytes = new AtomicLong();
            AtomicLong requests = new AtomicLong();
            page.onRequestFinished((Request request) -> {
                var sizes = request.sizes();
                bytes.addAndGet(sizes.responseBodySize + sizes.responseHeadersSize);
                requests.incrementAndGet();
            });
            page.navigate(url(path));
            assertThat(page.locator("h1")).containsText("Conseil local de sécurité");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            return new long[] {bytes.get(), requests.get()};
        }
    }
}
