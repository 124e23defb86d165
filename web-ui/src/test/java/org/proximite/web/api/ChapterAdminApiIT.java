package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A country team's deployment script installs its chapter through the admin API. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=" + ChapterAdminApiIT.PASSWORD)
@DirtiesContext
class ChapterAdminApiIT {

    static final String PASSWORD = "chapter-api-test-only";

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

    private static byte[] exampleChapter() throws Exception {
        try (InputStream in = ChapterAdminApiIT.class.getResourceAsStream("/shipped-chapters/guinea-bissau.jar")) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<String> upload(byte[] jar, String query, boolean withCredentials, boolean withHeader) throws Exception {
        return upload(jar, query, withCredentials, withHeader, null);
    }

    private HttpResponse<String> upload(byte[] jar, String query, boolean withCredentials, boolean withHeader, String language) throws Exception {
        String boundary = "proximite-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"guinea-bissau.jar\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + jar.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jar, 0, body, head.length, jar.length);
        System.arraycopy(tail, 0, body, head.length + jar.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/chapters" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (withCredentials) {
            request.header("Authorization", basic());
        }
        if (withHeader) {
            request.header("X-Requested-With", "deploy-script");
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).header("X-Requested-With", "deploy-script")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesStrangersAndForgedRequests() throws Exception {
        assertThat(upload(exampleChapter(), "", false, true).statusCode()).isEqualTo(401);
        assertThat(upload(exampleChapter(), "", true, false).statusCode()).isEqualTo(403);
    }

    @Test
    void answersThePlanThenInstallsDisablesAndRefusesARemovalThatWouldBreakADependant() throws Exception {
        HttpResponse<String> planned = upload(exampleChapter(), "", true, true);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        JsonNode plan = json.readTree(planned.body());
        assertThat(plan.get("applied").asBoolean()).isFalse();
        assertThat(plan.get("plan").get("action").asString()).isEqualTo("INSTALL");
        assertThat(plan.get("plan").get("languagesAdded").toString()).contains("pt");
        assertThat(plan.get("plan").get("practices").get("added").size()).isPositive();

        HttpResponse<String> applied = upload(exampleChapter(), "?apply=true", true, true);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(json.readTree(applied.body()).get("applied").asBoolean()).isTrue();

        JsonNode installed = json.readTree(send("GET", "/api/v1/admin/chapters").body());
        assertThat(installed.toString()).contains("\"id\":\"guinea\"", "\"id\":\"guinea-bissau\"");

        assertThat(send("POST", "/api/v1/admin/chapters/guinea-bissau/disable").statusCode()).isEqualTo(204);
        assertThat(json.readTree(send("GET", "/api/v1/chapters").body()).toString()).contains("\"state\":\"disabled\"");
        assertThat(send("POST", "/api/v1/admin/chapters/guinea-bissau/enable").statusCode()).isEqualTo(204);

        HttpResponse<String> refused = send("DELETE", "/api/v1/admin/chapters/guinea?keepContent=true");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("guinea-bissau");

        JsonNode history = json.readTree(send("GET", "/api/v1/admin/chapters/history").body());
        assertThat(history.toString()).contains("\"action\":\"INSTALL\"", "\"action\":\"DISABLE\"", "\"action\":\"UNINSTALL\"", "\"actor\":\"admin\"");
    }

    @Autowired
    org.proximite.core.practice.PracticeEditing editing;

    @Autowired
    org.proximite.core.practice.PracticeQueries practices;

    /** The shipped Guinea chapter as version 1.1.0, with one English title changed. */
    private static byte[] guineaWithANewTitle() throws Exception {
        byte[] original;
        try (InputStream in = ChapterAdminApiIT.class.getResourceAsStream("/shipped-chapters/guinea.jar")) {
            original = in.readAllBytes();
        }
        var out = new java.io.ByteArrayOutputStream();
        try (var jar = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(original))) {
            var manifest = jar.getManifest();
            manifest.getMainAttributes().putValue("Plugin-Version", "1.1.0");
            try (var copy = new java.util.jar.JarOutputStream(out, manifest)) {
                for (var entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                    byte[] bytes = jar.readAllBytes();
                    if (entry.getName().endsWith("local-security-plan.yaml")) {
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        String englishTitle = text.substring(text.indexOf("title:", text.indexOf("\nen:")));
                        englishTitle = englishTitle.substring(0, englishTitle.indexOf('\n'));
                        bytes = text.replace(englishTitle, "title: \"Local security plan, second edition\"").getBytes(StandardCharsets.UTF_8);
                    }
                    copy.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                    copy.write(bytes);
                    copy.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void anUpgradeOverALocalEditAnswersTheConflictAndAppliesThePersonsChoice() throws Exception {
        editing.save(org.proximite.web.testing.Drafts.retitled(editing.load("local-security-plan"), "en", "Our local security plan"),
                org.proximite.web.testing.Drafts.COORDINATOR);

        HttpResponse<String> conflicted = upload(guineaWithANewTitle(), "?apply=true", true, true);
        assertThat(conflicted.statusCode()).as(conflicted.body()).isEqualTo(409);
        JsonNode plan = json.readTree(conflicted.body()).get("plan");
        assertThat(plan.get("conflicts").get(0).get("key").asString()).isEqualTo("local-security-plan/en/title");
        assertThat(plan.get("conflicts").get(0).get("local").asString()).isEqualTo("Our local security plan");

        HttpResponse<String> applied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/admin/chapters/plans/" + plan.get("id").asString() + "/apply"))
                .header("Authorization", basic()).header("X-Requested-With", "deploy-script").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resolutions\":{\"local-security-plan/en/title\":\"TAKE_CHAPTER\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(practices.find("local-security-plan", "en", false).orElseThrow().shown().text().title()).isEqualTo("Local security plan, second edition");
    }

    @Test
    void anAdminAllowsTheCodeOfOneExactJar() throws Exception {
        String sha = "a".repeat(64);

        assertThat(send("POST", "/api/v1/admin/chapters/allowed-code?chapterId=guinea&sha256=not-a-hash").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/admin/chapters/allowed-code?chapterId=guinea&sha256=" + sha).statusCode()).isEqualTo(204);

        assertThat(send("GET", "/api/v1/admin/chapters/history").body()).contains("\"action\":\"ALLOW_CODE\"", sha);
    }

    @Test
    void saysWhyAnUploadIsRefusedWithACodeAndAMessageInTheRequestsLanguage() throws Exception {
        HttpResponse<String> refused = upload("not a jar".getBytes(StandardCharsets.UTF_8), "", true, true);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode reason = json.readTree(refused.body()).get("reasons").get(0);
        assertThat(reason.get("code").asString()).isEqualTo("zip.unreadable");
        assertThat(reason.get("message").asString()).startsWith("it is not a readable jar");

        HttpResponse<String> inFrench = upload("not a jar".getBytes(StandardCharsets.UTF_8), "", true, true, "fr-FR,fr;q=0.9");

        assertThat(json.readTree(inFrench.body()).get("reasons").get(0).get("message").asString()).startsWith("ce n'est pas un jar lisible");
    }

    @Test
    void anUnknownPlanIsRefusedWithItsCode() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/v1/admin/chapters/plans/no-such-plan/apply");

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("code").asString()).isEqualTo("lifecycle.plan.unknown");
        assertThat(body.get("reasons").get(0).get("parameters").get(0).asString()).isEqualTo("no-such-plan");
    }
}
