package org.proximite.web.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.proximite.web.testing.InBrowserTest;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. The server's memory per
 * person with the editor open: 50 people (one browser profile each, each signed in, so 50
 * sessions) open a practice in the editor, its languages side by side, and stay there; the heap
 * in use after a full collection is compared with the same measure after 50 sessions on the
 * workspace's list of practices, in the same run. Run: {@code bin/mvn -B -pl web-ui -am verify
 * -Dit.test=EditorSessionMemoryBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
class EditorSessionMemoryBenchmarkIT extends InBrowserTest {

    static final int SESSIONS = 50;

    @Test
    void memoryPerSessionWithThePracticeEditorOpen() {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        long empty = heapInUse();
        long list = heapWith("/workspace/practices", "h1");
        long afterList = heapInUse();
        long editor = heapWith("/edit/practices/local-security-council", "vaadin-text-field");
        System.out.printf("Heap in use after a full collection: no session %.1f MiB; %d sessions on the list of practices %.1f MiB "
                + "(%.0f KB each); %d sessions with the editor open %.1f MiB (%.0f KB each); aim: under 500 KB a session with the editor%n",
                empty / 1048576.0, SESSIONS, list / 1048576.0, (list - empty) / 1024.0 / SESSIONS, SESSIONS, editor / 1048576.0,
                (editor - afterList) / 1024.0 / SESSIONS);
    }

    /** Opens the page in {@link #SESSIONS} signed-in browser profiles at once, then measures with all of them open. */
    private long heapWith(String path, String shownWhenReady) {
        List<BrowserContext> people = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext person = reader("fr-FR");
                people.add(person);
                Page page = person.newPage();
                page.navigate(url("/login"));
                signIn(page, ADMIN_PASSWORD, "Se connecter");
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
                page.navigate(url(path));
                assertThat(page.locator(shownWhenReady).first()).isVisible();
            }
            return heapInUse();
        } finally {
            people.forEach(BrowserContext::close);
        }
    }

    private static long heapInUse() {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
