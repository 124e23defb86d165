package org.proximite.web.instances;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.proximite.web.ProximiteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the whole application, {@code a} and {@code b}, each with its own data folder,
 * on one embedded PostgreSQL, behind the system's nginx configured by the shipped example: what an
 * operator runs, for the tests of a rolling restart.
 */
final class TwoInstancesBehindNginx implements AutoCloseable {

    static final String ADMIN_PASSWORD = "rolling-restart-test-only";

    private final EmbeddedPostgres postgres;
    private final List<Instance> instances;
    private final SystemNginx nginx;
    private final int proxyPort;

    private TwoInstancesBehindNginx(EmbeddedPostgres postgres, List<Instance> instances, SystemNginx nginx, int proxyPort) {
        this.postgres = postgres;
        this.instances = instances;
        this.nginx = nginx;
        this.proxyPort = proxyPort;
    }

    /** Starts the database, both instances and nginx in {@code work}, and returns once nginx serves the API. */
    static TwoInstancesBehindNginx start(Path work) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        EmbeddedPostgres postgres = EmbeddedPostgres.start();
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        List<Instance> instances = List.of(new Instance("a", freePort(), work.resolve("data-a"), jdbcUrl),
                new Instance("b", freePort(), work.resolve("data-b"), jdbcUrl));
        SystemNginx nginx = null;
        TwoInstancesBehindNginx started = null;
        try {
            for (Instance instance : instances) {
                instance.start();
            }
            int proxyPort = freePort();
            nginx = SystemNginx.start(work, proxyPort, instances.get(0).port, instances.get(1).port);
            started = new TwoInstancesBehindNginx(postgres, instances, nginx, proxyPort);
            TwoInstancesBehindNginx proxy = started;
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(30)).until(() -> proxy.status(http, "/api/v1/chapters") == 200);
            return started;
        } catch (Exception | AssertionError e) {
            if (started != null) {
                started.close();
            } else {
                if (nginx != null) {
                    nginx.close();
                }
                instances.forEach(Instance::stop);
                postgres.close();
            }
            throw e;
        }
    }

    /** The instance so named, {@code a} or {@code b}. */
    Instance instance(String name) {
        return instances.stream().filter(instance -> instance.name.equals(name)).findFirst().orElseThrow();
    }

    List<Instance> instances() {
        return instances;
    }

    /** The address of {@code path} through nginx, as a browser reaches it. */
    String url(String path) {
        // localhost, not 127.0.0.1: the tests' Chromium resolves no other host name, and nginx listens on 127.0.0.1.
        return "http://localhost:" + proxyPort + path;
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build();
    }

    /** The status nginx answers for {@code path}, or -1 when no answer came. */
    int status(HttpClient http, String path) {
        return status(http, request(path));
    }

    /** The first lines of nginx's error log, to say why a request failed. */
    String nginxErrors() throws java.io.IOException {
        return nginx.errors();
    }

    private static int status(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            nginx.close();
        } finally {
            instances.forEach(Instance::stop);
            postgres.close();
        }
    }

    /** One instance, stopped as an operator's restart stops it (gracefully) and started again on the same port and folder. */
    static final class Instance {

        final String name;
        final int port;
        private final Path dataDir;
        private final String jdbcUrl;
        private ConfigurableApplicationContext context;

        private Instance(String name, int port, Path dataDir, String jdbcUrl) {
            this.name = name;
            this.port = port;
            this.dataDir = dataDir;
            this.jdbcUrl = jdbcUrl;
        }

        void start() {
            // Arguments, not default properties: they must win over application.yml.
            context = new SpringApplicationBuilder(ProximiteApplication.class).run(
                    "--server.port=" + port,
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--proximite.data-dir=" + dataDir,
                    "--proximite.instance-name=" + name,
                    "--proximite.admin.password=" + ADMIN_PASSWORD);
        }

        /** Stops the instance gracefully, and returns once it has stopped. */
        void stop() {
            if (context != null) {
                context.close();
                context = null;
            }
        }

        /** Whether the instance itself, not nginx, says it is ready for requests. */
        boolean ready(HttpClient http) {
            return status(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(30)).build()) == 200;
        }
    }
}
