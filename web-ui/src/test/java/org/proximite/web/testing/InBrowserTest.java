package org.proximite.web.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every test in a real, headless Chromium needs: the application on a random port over a
 * temporary data directory, one browser for the class, and a way to sign in as the admin.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=" + InBrowserTest.ADMIN_PASSWORD)
@DirtiesContext // closes the database before the temporary data directory goes away
@ExtendWith(NeedsChromium.class)
// A browser that stops answering (Chromium was once seen never to finish closing a profile) fails
// that one test after this long, with the stack of where it hung, instead of holding the whole run.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
public abstract class InBrowserTest {

    public static final String ADMIN_PASSWORD = "browser-test-only";

    @TempDir
    static Path dataDir;

    private static SystemChromium chromium;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    /**
     * How long a test waits for what a user waits for (a text, an address) before it fails: long
     * enough for a loaded machine, since it returns as soon as the condition holds. Playwright's
     * own default for assertions, 5 s, made tests fail under load while they passed alone.
     */
    public static final double PATIENCE_MS = 30_000;

    @BeforeAll
    static void launchChromium() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
        chromium = SystemChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A new browser profile, as one reader, with the browser's language set to {@code locale}. */
    protected static BrowserContext reader(String locale) {
        return reader(new Browser.NewContextOptions().setLocale(locale));
    }

    protected static BrowserContext reader(Browser.NewContextOptions options) {
        BrowserContext context = chromium.browser().newContext(options);
        context.setDefaultTimeout(PATIENCE_MS);
        context.setDefaultNavigationTimeout(PATIENCE_MS);
        return context;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills the sign-in form in front of the page as the admin, with {@code password}, and sends it with the button so named. */
    protected static void signIn(Page page, String password, String buttonName) {
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonName)).click();
    }
}
