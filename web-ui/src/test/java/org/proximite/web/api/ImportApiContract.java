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

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "fr")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The seed with decisions, as JSON. */
    private byte[] decided(String decisions) throws Exception {
        String text = json.writeValueAsString(new String(seed(), StandardCharsets.UTF_8));
        return ("{\"text\": " + text + ", \"format\": \"text\", \"decisions\": " + decisions + "}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEditorSavesTheSeedWithTheirDecisionsAndTheHistorySaysWhatWasImportedAndDecided() throws Exception {
        HttpResponse<String> answer = post("/api/v1/import/draft?kind=practice&slug=foire-decidee", "application/json", decided("""
                [{"paragraph": 1, "decision": "edit", "text": "Foire de partage, <b>revue</b> à la main<script>alert(1)</script>"},
                 {"paragraph": 7, "decision": "refuse"},
                 {"paragraph": 10, "decision": "accept", "lang": "en"}]"""), true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(json.readTree(answer.body()).get("languages").toString()).isEqualTo("[\"fr\",\"en\"]");
        HttpResponse<String> item = get("/api/v1/practices/foire-decidee");
        assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
        assertThat(item.body()).as("the text written by hand, without its markup; the refused paragraph left out")
                .contains("Foire de partage, revue à la main", "la mise en œuvre du projet")
                .doesNotContain("alert", "<b>", "Partenaires pour la Sécurité en Guinée");
        // Each text's history counts its own language's paragraphs, numbered as in the preview: in French
        // 1 (rewritten), 7 (refused), 8 and 9; in English 2 to 6 (6 has no language found and goes with 5), 10 (set), 11 and 12.
        JsonNode french = note("/api/v1/practices/foire-decidee/texts/fr/revisions");
        assertThat(french.get("code").asString()).isEqualTo("revision.note.imported");
        assertThat(french.get("parameters").toString()).isEqualTo("[\"4\",\"1\",\"9\",\"1\",\"1\",\"1\",\"7\"]");
        assertThat(french.get("message").asString()).isEqualTo("Importé depuis le web : 4 paragraphes, 1 réparé (9), 1 modifié à la main (1), 1 refusé (7)");
        assertThat(note("/api/v1/practices/foire-decidee/texts/en/revisions").get("message").asString())
                .isEqualTo("Importé depuis le web : 8 paragraphes, 3 réparés (2, 3, 12), aucun modifié à la main, aucun refusé");
    }

    /** The note of the latest revision in a text's history. */
    private JsonNode note(String path) throws Exception {
        HttpResponse<String> history = get(path);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        return json.readTree(history.body()).get(0).get("note");
    }

    @Test
    void aDecisionThatCannotBeAppliedIsABadRequestWithItsCodeAndMessageAndNothingIsSaved() throws Exception {
        int before = rows();

        HttpResponse<String> noSuchParagraph = post("/api/v1/import/draft?kind=practice", "application/json",
                decided("[{\"paragraph\": 13, \"decision\": \"accept\"}]"), true);
        HttpResponse<String> emptyEdit = post("/api/v1/import/draft?kind=practice", "application/json",
                decided("[{\"paragraph\": 2, \"decision\": \"edit\", \"text\": \"<script>alert(1)</script>\"}]"), true);
        HttpResponse<String> twice = post("/api/v1/import/draft?kind=practice", "application/json",
                decided("[{\"paragraph\": 4, \"decision\": \"refuse\"}, {\"paragraph\": 4, \"decision\": \"accept\"}]"), true);
        HttpResponse<String> unknown = post("/api/v1/import/draft?kind=practice", "application/json",
                decided("[{\"paragraph\": 3, \"decision\": \"drop\"}]"), true);
        HttpResponse<String> misspelt = post("/api/v1/import/draft?kind=practice", "application/json",
                decided("[{\"paragraf\": 3, \"decision\": \"refuse\"}]"), true);

        assertThat(noSuchParagraph.statusCode()).as(noSuchParagraph.body()).isEqualTo(400);
        JsonNode problem = json.readTree(noSuchParagraph.body());
        assertThat(problem.get("code").asString()).isEqualTo("import.decision.noSuchParagraph");
        assertThat(problem.get("parameters").toString()).isEqualTo("[\"13\",\"12\"]");
        assertThat(problem.get("message").asString()).isEqualTo("Il n’y a pas de paragraphe 13 : le texte a 12 paragraphes, numérotés à partir de 1.");
        assertThat(emptyEdit.statusCode()).isEqualTo(400);
        assertThat(json.readTree(emptyEdit.body()).get("message").asString())
                .isEqualTo("Le texte écrit pour le paragraphe 2 est vide (une fois le HTML retiré) : écrivez le paragraphe, ou acceptez-le ou refusez-le.");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json.readTree(twice.body()).get("code").asString()).isEqualTo("import.decision.twice");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknown.body()).get("message").asString())
                .isEqualTo("La décision pour le paragraphe 3 est drop : utilisez accept, refuse ou edit.");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(json.readTree(misspelt.body()).get("code").asString()).isEqualTo("import.decision.malformed");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theApiDocumentationDescribesTheDecisionsAndTheirRefusals() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode draft = json.readTree(docs.body()).get("paths").get("/api/v1/import/draft").get("post");
        assertThat(draft.get("requestBody").get("content").propertyNames()).contains("application/json", "text/plain", "text/html");
        assertThat(draft.get("responses").get("400").get("description").asString()).contains("import.decision.noSuchParagraph", "import.decision");
        assertThat(docs.body()).contains("DecidedImportJson", "decisions");
    }
}
