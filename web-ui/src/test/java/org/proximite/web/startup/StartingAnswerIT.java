package org.proximite.web.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.proximite.web.ProximiteApplication;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * An instance that is still importing its chapters takes connections but no readers: pages and
 * API calls answer 503 with Retry-After and say that Proximité is starting, readiness says
 * "out of service" while liveness says "up"; once the start is done, the guide is there.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartingAnswerIT {

    /** Holds the start after the chapters' import, as a long import would. */
    static final CountDownLatch START_MAY_FINISH = new CountDownLatch(1);

    @TempDir
    Path dataDir;

    private CompletableFuture<ConfigurableApplicationContext> application;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        START_MAY_FINISH.countDown();
        if (application != null) {
            application.get(2, TimeUnit.MINUTES).close();
        }
    }

    @Test
    void answersStartingUntilTheChaptersAreInThenTheGuide(CapturedOutput log) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        application = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(ProximiteApplication.class, HeldStart.class).run(
                "--server.port=" + port, "--proximite.data-dir=" + dataDir, "--proximite.admin.password=starting-test-only"));
        String base = "http://localhost:" + port;

        await().atMost(Duration.ofMinutes(2)).until(() -> status(base + "/actuator/health/liveness") == 200);
        HttpResponse<String> page = get(base + "/practices", "fr-FR,fr;q=0.9");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains(StartingAnswer.RETRY_AFTER_SECONDS);
        assertThat(page.body()).contains(StartupMessages.text("starting.title", Locale.FRENCH));
        assertThat(get(base + "/", "en").body()).contains(StartupMessages.text("starting.body", Locale.ENGLISH));
        HttpResponse<String> api = get(base + "/api/v1/practices", "en");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("\"code\":\"starting\"");
        assertThat(status(base + "/actuator/health/readiness")).isEqualTo(503);

        START_MAY_FINISH.countDown();

        await().atMost(Duration.ofMinutes(1)).until(() -> status(base + "/actuator/health/readiness") == 200);
        HttpResponse<String> guide = get(base + "/api/v1/practices", "en");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body()).contains("\"slug\":\"local-security-council\"");

        // A quiet start: a line per chapter and the ready line, no logo, tips or library chatter,
        // and nothing in H2's own trace file.
        assertThat(log.getOut()).contains("Chapter guinea running", "Proximité is ready at http://localhost:" + port)
                .doesNotContain("Thank you for using jOOQ", "jOOQ tip", "liquibase", "Tomcat started", "HikariPool");
        assertThat(dataDir.resolve("db/proximite.trace.db")).doesNotExist();
    }

    private HttpResponse<String> get(String url, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String url) {
        try {
            return get(url, "en").statusCode();
        } catch (Exception notYet) {
            return -1;
        }
    }

    static class HeldStart {

        @org.springframework.context.annotation.Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner waitForTheTest() {
            return arguments -> START_MAY_FINISH.await(2, TimeUnit.MINUTES);
        }
    }
}
