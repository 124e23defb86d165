package org.proximite.web.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium, driven by Playwright, for browser tests. Playwright never downloads a
 * browser here, and every host name but localhost resolves to nothing, so tests stay offline.
 * Without Chromium the tests are skipped on a developer's machine but fail under CI
 * ({@link NeedsChromium}).
 */
public final class SystemChromium implements AutoCloseable {

    private static final String DEFAULT_PATH = "/usr/bin/chromium";
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Chromium looks up Google hosts even with background networking off.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");

    private final Playwright playwright;
    private final Browser browser;

    private SystemChromium(Path executable) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        // -Dproximite.playwright.log=FILE writes Playwright's exchanges with Chromium to FILE, to see where a browser test hung.
        String log = System.getProperty("proximite.playwright.log");
        if (log != null && !log.isBlank()) {
            env.put("DEBUG", "pw:protocol,pw:browser,pw:api");
            env.put("DEBUG_FILE", log);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    /** Launches Chromium from {@code PROXIMITE_CHROMIUM}, else {@value #DEFAULT_PATH}. */
    public static SystemChromium launch() {
        assertTrue(Files.isExecutable(executable()), missing());
        return new SystemChromium(executable());
    }

    static Path executable() {
        return Path.of(System.getenv().getOrDefault("PROXIMITE_CHROMIUM", DEFAULT_PATH));
    }

    static String missing() {
        return "No Chromium at " + executable() + ": install Debian's chromium package (.ci/run does) or point PROXIMITE_CHROMIUM at one";
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
