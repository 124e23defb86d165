package org.proximite.web.guide;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. How long a reader on a
 * slow mobile network (400 kbit/s each way, 400 ms round trip, a phone-sized window, an empty
 * cache) looks at a blank screen before the title of a practice shows: on the public guide's page,
 * against the same practice in the Vaadin workspace, in the same run. Run: {@code bin/mvn -B -pl
 * web-ui -am verify -Dit.test=SlowMobileTitleBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
// A benchmark runs longer than a browser test may (InBrowserTest's limit).
@org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
class SlowMobileTitleBenchmarkIT extends InBrowserTest {

    static final int ROUNDS = 3;
    static final String TITLE = "Conseil local de sécurité";

    @Test
    void timeUntilThePracticesTitleShowsOnASlowMobileNetwork() {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        Browser.NewContextOptions phone = new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(390, 844);
        Browser.NewContextOptions signedIn = signedIn();
        List<Long> guide = new ArrayList<>();
        List<Long> workspace = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            guide.add(titleShownAfter(phone, "/guide/fr/practices/local-security-council"));
            workspace.add(titleShownAfter(signedIn, "/workspace/practices/local-security-council"));
        }
        guide.sort(null);
        workspace.sort(null);
        long guideMedian = guide.get(ROUNDS / 2);
        long workspaceMedian = workspace.get(ROUNDS / 2);
        System.out.printf("Slow mobile (400 kbit/s, 400 ms round trip), title visible after: public guide %d ms (runs %s), "
                + "workspace (Vaadin) %d ms (runs %s); ratio %.2f; aim for the guide: under 2000 ms%n",
                guideMedian, guide, workspaceMedian, workspace, guideMedian / (double) workspaceMedian);
    }

    /** Milliseconds from asking for the page, in a fresh profile on the slow network, until its title is visible. */
    private long titleShownAfter(Browser.NewContextOptions options, String path) {
        try (BrowserContext context = reader(options)) {
            Page page = context.newPage();
            CDPSession network = context.newCDPSession(page);
            network.send("Network.enable");
            JsonObject slow = new JsonObject();
            slow.addProperty("offline", false);
            slow.addProperty("latency", 400);
            slow.addProperty("downloadThroughput", 400_000 / 8);
            slow.addProperty("uploadThroughput", 400_000 / 8);
            network.send("Network.emulateNetworkConditions", slow);
            network.send("Network.setCacheDisabled", cacheDisabled());
            Locator title = page.locator("h1", new Page.LocatorOptions().setHasText(TITLE));
            long start = System.nanoTime();
            page.navigate(url(path), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT).setTimeout(120_000));
            title.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(120_000));
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static JsonObject cacheDisabled() {
        JsonObject disabled = new JsonObject();
        disabled.addProperty("cacheDisabled", true);
        return disabled;
    }

    /** The phone's options with the session of a signed-in admin: the workspace needs one. */
    private Browser.NewContextOptions signedIn() {
        try (BrowserContext signingIn = reader("fr-FR")) {
            Page page = signingIn.newPage();
            page.navigate(url("/login"));
            signIn(page, ADMIN_PASSWORD, "Se connecter");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
            return new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(390, 844).setStorageState(signingIn.storageState());
        }
    }
}
