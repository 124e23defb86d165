package org.proximite.web.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.web.ProximiteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

    private static EmbeddedPostgres postgres;
    private static SystemNginx nginx;
    private static final Map<String, Instance> instances = new ConcurrentHashMap<>();
    private static int proxyPort;

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        postgres = EmbeddedPostgres.start();
        instances.put("a", new Instance("a", freePort(), work.resolve("data-a")));
        instances.put("b", new Instance("b", freePort(), work.resolve("data-b")));
        instances.get("a").start();
        instances.get("b").start();
        proxyPort = freePort();
        nginx = SystemNginx.start(work, proxyPort, instances.get("a").port, instances.get("b").port);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(HttpClient.newHttpClient(), "/api/v1/chapters") == 200);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (Instance instance : instances.values()) {
            instance.stop();
        }
        if (postgres != null) {
            postgres.close();
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
                    int status = status(http, path);
                    if (status == 200) {
                        served.incrementAndGet();
                    } else {
                        failures.add(phase.get() + ": " + path + " -> " + status);
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> served.get() > 50);

        for (String name : List.of("a", "b")) {
            Instance instance = instances.get(name);
            phase.set(name + " stopping");
            instance.stop();
            phase.set(name + " stopped");
            int before = served.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> served.get() > before + 20);
            phase.set(name + " starting");
            instance.start();
            phase.set(name + " started");
            await().atMost(Duration.ofMinutes(2)).until(() -> status(http, instance.port, "/actuator/health/readiness") == 200);
        }
        int before = served.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> served.get() > before + 20);
        reading.set(false);
        readers.shutdown();
        readers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(failures).as("reader requests that failed, out of %d; nginx said: %s", served.get() + failures.size(), nginx.errors())
                .isEmpty();
        System.out.printf("Rolling restart: %d reader requests served, %d failed%n", served.get(), failures.size());
    }

    @Test
    void anEditorsSessionStaysOnTheInstanceThatHoldsIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> first = browser.send(request("/login"), HttpResponse.BodyHandlers.ofString());
        String session = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(session).matches("JSESSIONID=[^;]+\\.[ab];.*");

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> next = browser.send(request("/login"), HttpResponse.BodyHandlers.ofString());
            assertThat(next.statusCode()).isEqualTo(200);
            // The instance that holds the session knows it and sets no new one.
            assertThat(next.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + path)).timeout(Duration.ofSeconds(30)).build();
    }

    private static int status(HttpClient http, String path) {
        try {
            return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int status(HttpClient http, int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** One instance, stopped as an operator's restart stops it (gracefully) and started again on the same port and folder. */
    private static final class Instance {

        final String name;
        final int port;
        final Path dataDir;
        private ConfigurableApplicationContext context;

        Instance(String name, int port, Path dataDir) {
            this.name = name;
            this.port = port;
            this.dataDir = dataDir;
        }

        void start() {
            context = new SpringApplicationBuilder(ProximiteApplication.class).run(
                    "--server.port=" + port,
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--proximite.data-dir=" + dataDir,
                    "--proximite.instance-name=" + name,
                    "--proximite.admin.password=rolling-restart-test-only");
        }

        void stop() {
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }
}
