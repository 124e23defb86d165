package org.proximite.web.instances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.web.testing.InBrowserTest;
import org.proximite.web.testing.NeedsChromium;
import org.proximite.web.testing.SystemChromium;

/**
 * A rolling restart as a coordinator lives it, in Chromium, through nginx in front of two
 * instances on one PostgreSQL: they type in a practice's editor without saving, the instance that
 * holds their session stops, and their editor comes back on the other instance, still signed in,
 * with what they typed offered back; restored and saved, it is what readers of the guide see. The
 * stopped instance then starts again and readers are served.
 */
@ExtendWith({NeedsChromium.class, SystemNginx.NeedsNginx.class})
class EditorRollingRestartIT {

    private static final String PRACTICE = "local-security-council";
    private static final String TYPED = "Community safety council, typed just before a restart";
    private static final List<String> READER_PATHS = List.of("/guide/en/practices/" + PRACTICE, "/guide/fr/", "/api/v1/practices?lang=en",
            "/api/v1/chapters");

    @TempDir
    static Path work;

    private static TwoInstancesBehindNginx instances;
    private static SystemChromium chromium;

    @BeforeAll
    static void startTwoInstancesBehindNginxAndChromium() throws Exception {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(InBrowserTest.PATIENCE_MS);
        chromium = SystemChromium.launch();
        instances = TwoInstancesBehindNginx.start(work);
    }

    @AfterAll
    static void stopAll() throws Exception {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (instances != null) {
                instances.close();
            }
        }
    }

    @Test
    void anEditorsUnsavedTypingSurvivesTheStopOfTheirInstanceAndIsSavedOnTheOther() throws Exception {
        TwoInstancesBehindNginx.Instance holding;
        try (BrowserContext browser = browser()) {
            Page page = browser.newPage();
            page.navigate(instances.url("/login"));
            page.locator("input[name=username]").fill("admin");
            page.locator("input[name=password]").fill(TwoInstancesBehindNginx.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

            page.navigate(instances.url("/edit/practices/" + PRACTICE));
            Locator title = page.locator("div.language-column[lang=en] vaadin-text-field.field-title");
            Locator typed = title.locator("input");
            assertThat(typed).hasValue("Community safety and crime prevention council");
            typed.fill(TYPED);
            // The field's counter is written by the server: once it counts the typed text, the server holds it, unsaved.
            assertThat(title).containsText(TYPED.length() + " / ");

            holding = instances.instance(sessionInstance(browser));
            List<String> addresses = new ArrayList<>();
            page.onFrameNavigated(frame -> {
                if (frame == page.mainFrame()) {
                    addresses.add(frame.url());
                }
            });
            holding.stop();

            // The workspace reloads on the other instance, which carries the sign-in on and offers the typing back.
            Locator offer = page.locator("div.kept-draft");
            assertThat(offer).isVisible();
            assertThat(page).hasURL(Pattern.compile("/edit/practices/" + PRACTICE + "$"));
            assertThat(addresses).as("pages shown after the stop").noneMatch(address -> address.contains("/login"));
            assertThat(sessionInstance(browser)).as("the instance that holds the session now").isNotEqualTo(holding.name);
            // The stopped instance took its editor out: it is not shown as this person's other tab.
            assertThat(page.locator(".presence-you")).hasCount(0);

            offer.locator("vaadin-button.restore-kept").click();
            assertThat(typed).hasValue(TYPED);
            page.locator("vaadin-button.save-button").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Saved."))).isVisible();
            assertThat(offer).isHidden();
        }

        try (BrowserContext reader = browser()) {
            Page page = reader.newPage();
            page.navigate(instances.url("/guide/en/practices/" + PRACTICE));
            assertThat(page.locator("h1")).hasText(TYPED);
        }

        holding.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        await().atMost(Duration.ofMinutes(2)).until(() -> holding.ready(http));
        for (int i = 0; i < 4 * READER_PATHS.size(); i++) {
            String path = READER_PATHS.get(i % READER_PATHS.size());
            assertThat(instances.status(http, path)).as("%s through nginx", path).isEqualTo(200);
        }
        HttpResponse<String> fromRestarted = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + holding.port + "/guide/en/practices/" + PRACTICE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromRestarted.body()).as("the restarted instance serves the saved text").contains(TYPED);
    }

    private static BrowserContext browser() {
        BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(InBrowserTest.PATIENCE_MS);
        context.setDefaultNavigationTimeout(InBrowserTest.PATIENCE_MS);
        return context;
    }

    /** The instance that holds the browser's session, as nginx reads it: the name that ends the session cookie. */
    private static String sessionInstance(BrowserContext browser) {
        String session = browser.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElseThrow();
        return session.substring(session.lastIndexOf('.') + 1);
    }
}
