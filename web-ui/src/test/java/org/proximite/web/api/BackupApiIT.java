package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.account.Accounts;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An admin's script exports the instance and imports a bundle into an empty one; damaged bundles and other people are refused. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=" + BackupApiIT.PASSWORD)
@DirtiesContext
class BackupApiIT {

    static final String PASSWORD = "backup-api-test-only";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpRequest.Builder request(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] export() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/api/v1/admin/export", "admin", PASSWORD).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).matches("attachment; filename=\"proximite-\\d{8}-\\d{6}\\.zip\"");
        return response.body();
    }

    private HttpResponse<String> importBundle(byte[] bundle, String user, String password, String language) throws Exception {
        return http.send(request("/api/v1/admin/import", user, password)
                .header("X-Requested-With", "script")
                .header("Content-Type", "application/zip")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bundle)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, byte[]> entries(byte[] bundle) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private long practices() throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/practices?lang=fr")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("total").asLong();
    }

    @Test
    void anAdminsScriptExportsTheInstanceAndImportsItIntoAnInstanceNobodyChanged() throws Exception {
        byte[] bundle = export();
        Map<String, byte[]> entries = entries(bundle);
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("proximite-bundle");
        assertThat(entries).containsKeys("tables/content_item.jsonl", "tables/chapter_package.jsonl", "tables/app_user.jsonl");
        assertThat(new String(entries.get("tables/chapter.jsonl"), StandardCharsets.UTF_8)).contains("\"id\":\"guinea\"");
        long before = practices();

        // Only the application and the admin's sign-ins have changed this instance: it takes a bundle.
        HttpResponse<String> imported = importBundle(bundle, "admin", PASSWORD, "en");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode result = json.readTree(imported.body());
        assertThat(result.get("rows").asLong()).isEqualTo(manifest.get("tables").valueStream().mapToLong(table -> table.get("rows").asLong()).sum());
        assertThat(practices()).isEqualTo(before);
        assertThat(export()).as("the admin's account came back from the bundle: the same password works").isNotEmpty();
    }

    @Test
    void aTruncatedBundleIsRefusedInTheAskedLanguageAndNothingChanges() throws Exception {
        byte[] bundle = export();
        long before = practices();

        HttpResponse<String> refused = importBundle(Arrays.copyOf(bundle, bundle.length - 100), "admin", PASSWORD, "fr");

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("backup.refused.unreadable");
        assertThat(problem.get("message").asString()).startsWith("Le fichier n’est pas un export de Proximité");
        assertThat(practices()).isEqualTo(before);
    }

    @Test
    void onlyAdminsExportAndImportAndWritingNeedsTheScriptHeader() throws Exception {
        Actor admin = Actor.user("admin", Set.of(Role.ADMIN));
        String token = accounts.invite(admin, "coordinatrice", "Coordinatrice", AccountAccess.of(Role.COORDINATOR)).token();
        accounts.choosePassword(token, "a long enough passphrase");

        assertThat(http.send(request("/api/v1/admin/export", "coordinatrice", "a long enough passphrase").GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        assertThat(importBundle(new byte[] {1, 2, 3}, "coordinatrice", "a long enough passphrase", "en").statusCode()).isEqualTo(403);
        HttpResponse<String> withoutHeader = http.send(request("/api/v1/admin/import", "admin", PASSWORD)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutHeader.statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/export")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }
}
