package org.proximite.web.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.proximite.web.testing.InBrowserTest;
import org.proximite.web.testing.SystemChromium;

/**
 * The people of {@link EditorSessionMemoryBenchmarkIT}, driven from a process of their own. The
 * JVM that drives a browser keeps, for each open page, every request and response it made with
 * their headers; in the server's JVM they would be counted as the server's memory. Started with
 * the server's address, and the admin's password in its environment ({@value #PASSWORD_VARIABLE}),
 * it reads one order a line: {@code open PATH SELECTOR COUNT} (that many people sign in, each in a
 * browser profile of their own, and open the page until the selector shows), or {@code close}
 * (they all close their browser); it answers {@value #READY} when done. It ends with its input.
 */
public final class BenchmarkBrowsers {

    static final String READY = "ready";
    /** The environment variable that gives the admin's password. */
    static final String PASSWORD_VARIABLE = "BENCHMARK_ADMIN_PASSWORD";

    private BenchmarkBrowsers() {}

    public static void main(String[] args) throws IOException {
        String server = args[0];
        String password = System.getenv(PASSWORD_VARIABLE);
        PlaywrightAssertions.setDefaultAssertionTimeout(InBrowserTest.PATIENCE_MS);
        List<BrowserContext> people = new ArrayList<>();
        try (SystemChromium chromium = SystemChromium.launch();
                BufferedReader orders = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String order = orders.readLine(); order != null; order = orders.readLine()) {
                String[] words = order.split(" ");
                if (words[0].equals("open")) {
                    for (int i = 0; i < Integer.parseInt(words[3]); i++) {
                        people.add(open(chromium.browser(), server, password, words[1], words[2]));
                    }
                } else if (words[0].equals("close")) {
                    people.forEach(BrowserContext::close);
                    people.clear();
                }
                System.out.println(READY);
                System.out.flush();
            }
        }
    }

    /** One person, in a browser profile of their own, signed in as the admin, with the page open. */
    private static BrowserContext open(Browser browser, String server, String password, String path, String shownWhenReady) {
        BrowserContext person = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        person.setDefaultTimeout(InBrowserTest.PATIENCE_MS);
        person.setDefaultNavigationTimeout(InBrowserTest.PATIENCE_MS);
        Page page = person.newPage();
        page.navigate(server + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
        page.navigate(server + path);
        assertThat(page.locator(shownWhenReady).first()).isVisible();
        return person;
    }
}
