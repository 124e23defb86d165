package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a coordinator's script sees of the import API, the same on every database: strangers get
 * 401, an editor gets the seed page repaired and split by language, then a draft; what cannot be
 * imported gets its code and leaves the database as it was.
 */
abstract class ImportApiContract {

    static final String PASSWORD = "import-api-test-only";

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    static byte[] seed() throws Exception {
        try (InputStream in = ImportApiContract.class.getResourceAsStream("/import/seed-garbled.txt")) {
            return in.readAllBytes();
        }
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header("X-Requested-With", "import-script")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int rows() {
        return dsl.fetchCount(org.proximite.db.jooq.Tables.CONTENT_ITEM) + dsl.fetchCount(org.proximite.db.jooq.Tables.CONTENT_TEXT)
                // Sign-ins are recorded too (a script's first call); only changes of content count here.
                + dsl.fetchCount(org.proximite.db.jooq.Tables.OUTBOX_EVENT, org.proximite.db.jooq.Tables.OUTBOX_EVENT.ITEM_KIND.isNull()
                        .or(org.proximite.db.jooq.Tables.OUTBOX_EVENT.ITEM_KIND.ne("ACCOUNT")));
    }

    @Test
    void strangersAreAskedToSignInAndNothingIsRead() throws Exception {
        assertThat(post("/api/v1/import/preview", "text/plain; charset=utf-8", seed(), false).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/import/draft?kind=practice", "text/plain", seed(), false).statusCode()).isEqualTo(401);
    }

    @Test
    void anEditorGetsTheSeedRepairedParagraphByParagraphWithItsLanguages() throws Exception {
        HttpResponse<String> answer = post("/api/v1/import/preview", "text/plain; charset=utf-8", seed(), true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode preview = json.readTree(answer.body());
        JsonNode paragraphs = preview.get("paragraphs");
        assertThat(paragraphs.size()).isEqualTo(12);
        assertThat(paragraphs.get(0).get("lang").asString()).isEqualTo("fr");
        assertThat(paragraphs.get(0).get("text").asString()).startsWith("Ces trois journées exceptionnelles ont été l’occasion");
        assertThat(paragraphs.get(0).get("changes").get(0).get("from").asString()).isEqualTo("Ă©");
        assertThat(paragraphs.get(0).get("changes").get(0).get("to").asString()).isEqualTo("é");
        assertThat(paragraphs.get(1).get("lang").asString()).isEqualTo("en");
        assertThat(paragraphs.get(1).get("text").asString()).contains("the project’s participants");
        assertThat(paragraphs.get(3).get("text").asString()).isEqualTo("About the Project");
        assertThat(paragraphs.get(3).get("changes").size()).isZero();
        StringBuilder texts = new StringBuilder();
        paragraphs.forEach(paragraph -> texts.append(paragraph.get("text").asString()).append('\n'));
        assertThat(texts.toString()).doesNotContain("Ă", "Ć", "â");
        assertThat(preview.get("totals").get("paragraphs").asInt()).isEqualTo(12);
        assertThat(preview.get("totals").get("guessed").asInt()).isEqualTo(12);
    }

    @Test
    void htmlComesBackAsMarkdownWithoutItsScript() throws Exception {
        String html = "<h2>Share Fair</h2><script>alert(1)</script><p>Plus de <b>400</b> participants réunis à Conakry pour la foire.</p>";

        HttpResponse<String> answer = post("/api/v1/import/preview", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode paragraphs = json.readTree(answer.body()).get("paragraphs");
        assertThat(paragraphs.get(0).get("text").asString()).isEqualTo("## Share Fair");
        assertThat(paragraphs.get(1).get("text").asString()).isEqualTo("Plus de **400** participants réunis à Conakry pour la foire.");
        assertThat(answer.body()).doesNotContain("alert", "script");
    }

    @Test
    void anEditorCreatesADraftPracticeFromTheSeedAndIsToldWhereToEditIt() throws Exception {
        HttpResponse<String> answer = post("/api/v1/import/draft?kind=practice&slug=share-fair-import", "text/plain", seed(), true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/edit/practices/share-fair-import"));
        JsonNode draft = json.readTree(answer.body());
        assertThat(draft.get("slug").asString()).isEqualTo("share-fair-import");
        assertThat(draft.get("languages").toString()).isEqualTo("[\"fr\",\"en\"]");
        assertThat(dsl.fetchCount(org.proximite.db.jooq.Tables.CONTENT_TEXT.join(org.proximite.db.jooq.Tables.CONTENT_ITEM)
                .on(org.proximite.db.jooq.Tables.CONTENT_ITEM.ID.eq(org.proximite.db.jooq.Tables.CONTENT_TEXT.ITEM_ID)),
                org.proximite.db.jooq.Tables.CONTENT_ITEM.SLUG.eq("share-fair-import")
                        .and(org.proximite.db.jooq.Tables.CONTENT_TEXT.STATE.eq("DRAFT")))).isEqualTo(2);
    }

    @Test
    void binaryHugeAndUndecodableInputIsRefusedWithItsCodeAndNothingIsSaved() throws Exception {
        int before = rows();
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        HttpResponse<String> binary = post("/api/v1/import/draft?kind=practice", "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, true);
        HttpResponse<String> tooLarge = post("/api/v1/import/draft?kind=practice", "text/plain", huge, true);
        HttpResponse<String> undecodable = post("/api/v1/import/draft?kind=practice", "text/plain", new byte[] {'a', (byte) 0x81, (byte) 0xC3}, true);
        HttpResponse<String> wrongKind = post("/api/v1/import/draft?kind=recipe", "text/plain", seed(), true);
        HttpResponse<String> wrongFormat = post("/api/v1/import/preview", "application/pdf", seed(), true);

        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(json.readTree(binary.body()).get("code").asString()).isEqualTo("import.refused.binary");
        assertThat(json.readTree(binary.body()).get("message").asString()).startsWith("Ce n’est pas un fichier texte");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).get("code").asString()).isEqualTo("import.refused.tooLarge");
        assertThat(undecodable.statusCode()).isEqualTo(422);
        assertThat(json.readTree(undecodable.body()).get("code").asString()).isEqualTo("import.refused.undecodable");
        assertThat(json.readTree(wrongKind.body()).get("code").asString()).isEqualTo("import.refused.kind");
        assertThat(json.readTree(wrongFormat.body()).get("code").asString()).isEqualTo("import.refused.format");
        assertThat(rows()).isEqualTo(before);
    }
}
