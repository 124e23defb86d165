package org.proximite.web.instances;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system's nginx, run in the foreground with the shipped example configuration, its ports
 * replaced by the test's. Without nginx the test is skipped on a developer's machine and fails
 * under CI ({@code .ci/run} installs it): {@link NeedsNginx}.
 */
final class SystemNginx implements AutoCloseable {

    /** Skips the class, with the reason, when there is no nginx, except under CI, where it fails. */
    static final class NeedsNginx implements org.junit.jupiter.api.extension.ExecutionCondition {

        @Override
        public org.junit.jupiter.api.extension.ConditionEvaluationResult evaluateExecutionCondition(
                org.junit.jupiter.api.extension.ExtensionContext context) {
            return Files.isExecutable(EXECUTABLE) || System.getenv("CI") != null
                    ? org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled("nginx at " + EXECUTABLE)
                    : org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled(MISSING);
        }
    }

    private static final Path EXECUTABLE = Path.of("/usr/sbin/nginx");
    static final String MISSING = "No nginx at " + EXECUTABLE + ": install Debian's nginx-light package (.ci/run does)";
    static final Path SHIPPED_CONFIG = Path.of("../deploy/nginx/proximite.conf");

    private final Process process;
    private final Path directory;

    private SystemNginx(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
    }

    /** The first lines of nginx's error log, to say why a request failed. */
    String errors() throws IOException {
        try (var lines = Files.lines(directory.resolve("logs/error.log"))) {
            return String.join("\n", lines.limit(20).toList());
        }
    }

    static SystemNginx start(Path directory, int listenPort, int portOfA, int portOfB) throws IOException {
        assertTrue(Files.isExecutable(EXECUTABLE), MISSING);
        String site = Files.readString(SHIPPED_CONFIG)
                .replace("listen 80;", "listen 127.0.0.1:" + listenPort + ";")
                .replace("127.0.0.1:8081", "127.0.0.1:" + portOfA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + portOfB);
        Files.writeString(directory.resolve("proximite.conf"), site);
        Files.createDirectories(directory.resolve("logs"));
        Files.writeString(directory.resolve("nginx.conf"), """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/proximite.conf;
                }
                """.formatted(directory.toAbsolutePath()));
        Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "-p", directory.toAbsolutePath().toString(), "-c",
                directory.resolve("nginx.conf").toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(directory.resolve("logs/stdout.log").toFile()).start();
        return new SystemNginx(process, directory);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
