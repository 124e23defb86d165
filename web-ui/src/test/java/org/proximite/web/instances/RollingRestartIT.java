package org.proximite.web.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL behind nginx, configured by the shipped example
 * ({@code deploy/nginx/proximite.conf}): readers keep reading while each instance in turn stops
 * and starts again, and not one of their requests fails; an editor's session stays on one instance.
 */
@org.junit.jupiter.api.extension.ExtendWith(SystemNginx.NeedsNginx.class)
class RollingRestartIT {

    private static final int READERS = 4;
    private static final List<String> READER_PATHS = List.of("/api/v1/practices?lang=en", "/api/v1/practices/local-security-council?lang=fr",
            "/api/v1/chapters", "/guide/fr/", "/guide/en/practices/local-security-council");

    @TempDir
    static Path work;

    private static TwoInstancesBehindNginx instances;

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        instances = TwoInstancesBehindNginx.start(work);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void readersLoseNoRequestWhileEachInstanceRestartsInTurn() throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<String> phase = new java.util.concurrent.atomic.AtomicReference<>("both up");
        AtomicInteger served = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            readers.submit(() -> {
                for (int i = reader; reading.get(); i++) {
                    String path = READER_PATHS.get(i % READER_PATHS.size());
                    int status = instances.status(http, path);
                    if (status == 200) {
                        served.incrementAndGet();
                    } else {
                        failures.add(phase.get() + ": " + path + " -> " + status);
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> served.get() > 50);

        for (TwoInstancesBehindNginx.Instance instance : instances.instances()) {
            String name = instance.name;
            phase.set(name + " stopping");
            instance.stop();
            phase.set(name + " stopped");
            int before = served.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> served.get() > before + 20);
            phase.set(name + " starting");
            instance.start();
            phase.set(name + " started");
            await().atMost(Duration.ofMinutes(2)).until(() -> instance.ready(http));
        }
        int before = served.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> served.get() > before + 20);
        reading.set(false);
        readers.shutdown();
        readers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(failures).as("reader requests that failed, out of %d; nginx said: %s", served.get() + failures.size(), instances.nginxErrors())
                .isEmpty();
        System.out.printf("Rolling restart: %d reader requests served, %d failed%n", served.get(), failures.size());
    }

    @Test
    void anEditorsSessionStaysOnTheInstanceThatHoldsIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> first = browser.send(instances.request("/login"), HttpResponse.BodyHandlers.ofString());
        String session = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(session).matches("JSESSIONID=[^;]+\\.[ab];.*");

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> next = browser.send(instances.request("/login"), HttpResponse.BodyHandlers.ofString());
            assertThat(next.statusCode()).isEqualTo(200);
            // The instance that holds the session knows it and sets no new one.
            assertThat(next.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }
}
