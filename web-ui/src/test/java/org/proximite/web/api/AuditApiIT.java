package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An admin's script reads the audit log: JSON pages with sentences in the asked language, a CSV file, and nothing that edits it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=" + AuditApiIT.PASSWORD)
@DirtiesContext
class AuditApiIT {

    static final String PASSWORD = "audit-api-test-only";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path, String user, String password, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRefusedSignInIsToldInTheAskedLanguageAndExportedAsCsvWithoutRunningAsAFormula() throws Exception {
        // Names are kept as the accounts keep them (lower-case); HTTP Basic ends a name at its first colon.
        String typedName = "=hyperlink(\"evil\")";
        assertThat(get("/api/v1/admin/audit", typedName, "not-the-password", null).statusCode()).isEqualTo(401);

        HttpResponse<String> page = get("/api/v1/admin/audit?kind=LOGIN_FAILED&subject=" + URLEncoder.encode(typedName, StandardCharsets.UTF_8),
                "admin", PASSWORD, "fr");

        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode entries = json.readTree(page.body()).get("items");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("LOGIN_FAILED");
        assertThat(entries.get(0).get("sentence").asString()).isEqualTo("Une connexion en tant que le compte " + typedName + " a été refusée.");

        HttpResponse<String> csv = get("/api/v1/admin/audit.csv?kind=LOGIN_FAILED", "admin", PASSWORD, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("position,time_utc,actor,kind,subject_kind,subject,language,version,chapter,sentence");
        assertThat(csv.body()).contains(",\"'=hyperlink(\"\"evil\"\")\",")
                .as("the name typed is exported as text, never as a formula").doesNotContain(",=hyperlink");
    }

    @Test
    void theLogSaysWhoInstalledTheGuineaChapterNewestFirstPageByPage() throws Exception {
        HttpResponse<String> first = get("/api/v1/admin/audit?size=2&page=0", "admin", PASSWORD, "en");
        JsonNode body = json.readTree(first.body());
        assertThat(body.get("total").asLong()).isGreaterThan(2);
        assertThat(body.get("items").get(0).get("position").asLong()).isGreaterThan(body.get("items").get(1).get("position").asLong());

        JsonNode installs = json.readTree(get("/api/v1/admin/audit?kind=CHAPTER_INSTALLED", "admin", PASSWORD, "en").body()).get("items");
        assertThat(installs.get(0).get("sentence").asString()).endsWith("installed chapter guinea.");
    }

    @Test
    void badFiltersAreRefusedClearlyAndNothingEditsOrDeletesTheLog() throws Exception {
        HttpResponse<String> badKind = get("/api/v1/admin/audit?kind=NO_SUCH_KIND", "admin", PASSWORD, "en");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/admin/audit?from=yesterday", "admin", PASSWORD, "en").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/admin/audit", null, null, null).statusCode()).isEqualTo(401);

        long before = json.readTree(get("/api/v1/admin/audit?size=1", "admin", PASSWORD, "en").body()).get("total").asLong();
        for (String method : new String[] {"DELETE", "PUT", "POST", "PATCH"}) {
            HttpResponse<String> change = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/audit"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Requested-With", "script")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(change.statusCode()).as(method + ": no address edits or deletes the log").isIn(404, 405);
        }
        long after = json.readTree(get("/api/v1/admin/audit?size=1", "admin", PASSWORD, "en").body()).get("total").asLong();
        assertThat(after).as("only sign-ins were added, nothing removed").isGreaterThanOrEqualTo(before);
    }
}
