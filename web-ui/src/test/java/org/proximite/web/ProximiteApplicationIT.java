package org.proximite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The packaged configuration on a real server: default H2 file database in a fresh data directory. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "proximite.admin.password=" + ProximiteApplicationIT.ADMIN_PASSWORD)
@DirtiesContext // closes the database before the temporary data directory goes away
class ProximiteApplicationIT {

    static final String ADMIN_PASSWORD = "integration-test-only";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsHealthyWithoutCredentials() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void refusesMetricsWithoutCredentials() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void refusesMetricsWithAWrongPassword() throws Exception {
        assertThat(get("/actuator/prometheus", "admin:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void servesMetricsToTheAdministrator() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", "admin:" + ADMIN_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void sendsAReaderToTheGuidesHomePage() throws Exception {
        HttpResponse<String> arriving = get("/", null);
        assertThat(arriving.statusCode()).isEqualTo(303);
        assertThat(arriving.headers().firstValue("Location")).hasValue("/guide/fr/");

        HttpResponse<String> home = get("/guide/fr/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("Bienvenue sur Proximité").doesNotContain("<script");
    }

    @Test
    void servesTheWorkspacesSignInPage() throws Exception {
        HttpResponse<String> response = get("/login", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("aura/aura.css", "styles/proximite.css");
    }

    @Test
    void servesThePublicApiDescription() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    @Test
    void answersNotFoundForUnknownApiPaths() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void keepsTheDatabaseInTheDataDirectory() {
        assertThat(dataDir.resolve("db/proximite.mv.db")).exists();
    }

    private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
