package org.proximite.web.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;
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
 *
 * <p>Before anything is measured, a few people open both pages: what the first visits fill once for
 * everyone (the routes, the translations, the queries' plans, the practices' titles) is the
 * instance's, not a session's, and divided by 50 it would look like a cost of each. With
 * {@code -Dproximite.benchmark.histograms=DIR} the heap's class histogram after each round is
 * written there, to see where the memory goes.
 *
 * <p>The people measured are driven from a process of their own ({@link BenchmarkBrowsers}): the JVM
 * that drives a browser keeps each open page's requests and responses, with their headers, about
 * 100 KB a page, which in this JVM were counted as the server's. Only the warm-up's pages are
 * driven from here, open from start to end, so that they weigh the same in every measure; the
 * objects of the driver's classes ({@code com.microsoft.playwright}, {@code com.google.gson}) are
 * left out all the same, as the class histogram counts them.
 */
// A benchmark runs longer than a browser test may (InBrowserTest's limit).
@org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
class EditorSessionMemoryBenchmarkIT extends InBrowserTest {

    static final int SESSIONS = Integer.getInteger("proximite.benchmark.sessions", 50);
    static final int WARM_UP = 3;
    static final String LIST = "/workspace/practices";
    static final String EDITOR = "/edit/practices/local-security-council";

    @Test
    void memoryPerSessionWithThePracticeEditorOpen() {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        List<BrowserContext> warmUp = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_UP; i++) {
                warmUp.add(open(LIST, "h1"));
                warmUp.add(open(EDITOR, "vaadin-text-field"));
            }
            long empty = serverHeap("empty");
            long list = heapWith(LIST, "h1", "list");
            long afterList = serverHeap("after-list");
            long editor = heapWith(EDITOR, "vaadin-text-field", "editor");
            System.out.printf("Heap in use after a full collection, less the browser driver's objects: no session %.1f MiB; %d sessions on the list of practices %.1f MiB "
                    + "(%.0f KB each); %d sessions with the editor open %.1f MiB (%.0f KB each); aim: under 500 KB a session with the editor%n",
                    empty / 1048576.0, SESSIONS, list / 1048576.0, (list - empty) / 1024.0 / SESSIONS, SESSIONS, editor / 1048576.0,
                    (editor - afterList) / 1024.0 / SESSIONS);
            serverHeap("end");
        } finally {
            warmUp.forEach(BrowserContext::close);
        }
    }

    /**
     * Opens the page in {@link #SESSIONS} signed-in browser profiles, driven from another process,
     * then measures with all of them open.
     */
    private long heapWith(String path, String shownWhenReady, String round) {
        Process browsers = startBrowsers();
        try (var orders = new java.io.PrintWriter(browsers.outputWriter(java.nio.charset.StandardCharsets.UTF_8), true);
                var answers = browsers.inputReader(java.nio.charset.StandardCharsets.UTF_8)) {
            order(orders, answers, "open " + path + " " + shownWhenReady + " " + SESSIONS);
            long heap = serverHeap(round);
            order(orders, answers, "close");
            return heap;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stop(browsers);
        }
    }

    private Process startBrowsers() {
        try {
            ProcessBuilder browsers = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BenchmarkBrowsers.class.getName(), url(""))
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            // In its environment, not on its command line, which every process of the machine can read.
            browsers.environment().put(BenchmarkBrowsers.PASSWORD_VARIABLE, ADMIN_PASSWORD);
            return browsers.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the browsers' process an order and waits until it is done. */
    private static void order(java.io.PrintWriter orders, java.io.BufferedReader answers, String order) throws IOException {
        orders.println(order);
        for (String answer = answers.readLine(); !BenchmarkBrowsers.READY.equals(answer); answer = answers.readLine()) {
            if (answer == null) {
                throw new IllegalStateException("The browsers' process stopped before it was done with: " + order);
            }
        }
    }

    private static void stop(Process browsers) {
        try {
            if (!browsers.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
                browsers.destroy();
            }
        } catch (InterruptedException e) {
            browsers.destroy();
            Thread.currentThread().interrupt();
        }
    }

    /** One person, in a browser profile of their own, signed in, with the page open. */
    private BrowserContext open(String path, String shownWhenReady) {
        BrowserContext person = reader("fr-FR");
        Page page = person.newPage();
        page.navigate(url("/login"));
        signIn(page, ADMIN_PASSWORD, "Se connecter");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))).isVisible();
        page.navigate(url(path));
        assertThat(page.locator(shownWhenReady).first()).isVisible();
        return person;
    }

    /** The heap in use after a full collection, less the browser driver's own objects. */
    private static long serverHeap(String round) {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        String histogram = histogram();
        writeHistogram(round, histogram);
        writeHeapDump(round);
        return least - driverBytes(histogram);
    }

    /** The bytes of the instances of the browser driver's classes, from a class histogram. */
    static long driverBytes(String histogram) {
        long bytes = 0;
        for (String line : histogram.split("\\R")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")
                    && (columns[3].startsWith("com.microsoft.playwright.") || columns[3].startsWith("com.google.gson."))) {
                bytes += Long.parseLong(columns[2]);
            }
        }
        return bytes;
    }

    /** The heap's class histogram, as {@code jcmd PID GC.class_histogram} prints it. */
    private static String histogram() {
        try {
            return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()}).toString();
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** With {@code -Dproximite.benchmark.heapdumps=DIR}, the heap's live objects after each round, to see who holds them. */
    private static void writeHeapDump(String round) {
        String folder = System.getProperty("proximite.benchmark.heapdumps");
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            Path dump = Path.of(folder, round + ".hprof");
            Files.deleteIfExists(dump);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHistogram(String round, String histogram) {
        String folder = System.getProperty("proximite.benchmark.histograms");
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            Files.writeString(Path.of(folder, round + ".txt"), histogram);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
