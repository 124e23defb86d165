package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A coordinators' or translators' tool reads practices whole, edits them and sends them back through the API. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.chapters.present=guinea-bissau")
@DirtiesContext
class ItemWriteApiIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.proximite.core.account.Accounts accounts;

    @org.junit.jupiter.api.BeforeEach
    void createTheAccounts() {
        ApiTestAccounts.createIn(accounts);
    }

    private static final String PRACTICE = "/api/v1/practices/local-security-plan";

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private JsonNode copy(ApiClient client) throws Exception {
        HttpResponse<String> response = client.get(PRACTICE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return client.read(response);
    }

    private static JsonNode withField(JsonNode copy, String language, String field, String value) {
        JsonNode edited = copy.deepCopy();
        ((ObjectNode) edited.get("texts").get(language).get("fields")).put(field, value);
        return edited;
    }

    private static int version(JsonNode copy, String language) {
        return copy.get("texts").get(language).get("version").asInt();
    }

    @Test
    void aSignedInPersonReadsThePracticeWholeAndReadersKeepThePublishedText() throws Exception {
        HttpResponse<String> response = as("awa").get(PRACTICE);
        JsonNode whole = as("awa").read(response);

        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(whole.get("version").asInt()).isPositive();
        assertThat(whole.get("evidenceLevel").asString()).isNotBlank();
        assertThat(whole.get("texts").propertyNames()).contains("fr", "en");
        JsonNode french = whole.get("texts").get("fr");
        assertThat(french.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(french.get("publishedVersion").asInt()).isEqualTo(french.get("version").asInt());
        assertThat(french.get("fields").get("title").asString()).isNotBlank();

        JsonNode published = as(null).read(as(null).get(PRACTICE));
        assertThat(published.has("texts")).as("readers get the published answer, not the editor's copy").isFalse();
        assertThat(published.get("title").asString()).isEqualTo(french.get("fields").get("title").asString());
    }

    @Test
    void aSaveWritesOnlyWhatChangedAndReadersSeeIt() throws Exception {
        JsonNode read = copy(as("awa"));

        JsonNode edited = withField(read, "en", "summary", "A plan the police and residents write together.");
        // A coordinator may save a text published (other tests leave the English text a draft).
        ((ObjectNode) edited.get("texts").get("en")).put("state", "PUBLISHED");

        HttpResponse<String> saved = as("awa").put(PRACTICE, edited);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode now = as("awa").read(saved);
        assertThat(version(now, "en")).isEqualTo(version(read, "en") + 1);
        assertThat(version(now, "fr")).as("French was not changed: no new version").isEqualTo(version(read, "fr"));
        assertThat(as(null).read(as(null).get(PRACTICE + "?lang=en")).get("summary").asString())
                .isEqualTo("A plan the police and residents write together.");
        JsonNode revisions = as("awa").read(as("awa").get(PRACTICE + "/texts/en/revisions"));
        assertThat(revisions.get(0).get("version").asInt()).isEqualTo(version(now, "en"));
        assertThat(revisions.get(0).get("changedFields").get(0).asString()).isEqualTo("summary");
    }

    @Test
    void aStaleCopyMergesOtherFieldsAndGets409WithBothTextsForTheSameField() throws Exception {
        JsonNode first = copy(as("awa"));
        JsonNode second = copy(as("awa"));
        assertThat(as("awa").put(PRACTICE, withField(first, "fr", "context", "Contexte écrit en premier.")).statusCode()).isEqualTo(200);

        HttpResponse<String> merged = as("awa").put(PRACTICE, withField(second, "fr", "cost", "Coût écrit en second."));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode both = as("awa").read(merged).get("texts").get("fr").get("fields");
        assertThat(both.get("context").asString()).isEqualTo("Contexte écrit en premier.");
        assertThat(both.get("cost").asString()).isEqualTo("Coût écrit en second.");

        HttpResponse<String> conflict = as("awa").put(PRACTICE, withField(second, "fr", "context", "Un autre contexte."));
        assertThat(conflict.statusCode()).isEqualTo(409);
        JsonNode problem = as("awa").read(conflict);
        assertThat(problem.get("code").asString()).isEqualTo("edit.conflict");
        JsonNode field = problem.get("conflicts").get(0);
        assertThat(List.of(field.get("language").asString(), field.get("field").asString(), field.get("yours").asString(),
                field.get("theirs").asString())).containsExactly("fr", "context", "Un autre contexte.", "Contexte écrit en premier.");
        assertThat(field.get("currentVersion").asInt()).isEqualTo(version(problem.get("current"), "fr"));
        assertThat(problem.get("message").asString()).contains("context");
        assertThat(copy(as("awa")).get("texts").get("fr").get("fields").get("context").asString()).isEqualTo("Contexte écrit en premier.");
    }

    @Test
    void peopleWriteOnlyWhatTheirRoleAllows() throws Exception {
        JsonNode read = copy(as("tom"));

        HttpResponse<String> anonymous = as(null).put(PRACTICE, withField(read, "en", "cost", "Anonymous"));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> french = as("tom").put(PRACTICE, withField(read, "fr", "cost", "Coût du traducteur"));
        assertThat(french.statusCode()).isEqualTo(403);
        assertThat(as("tom").read(french).get("code").asString()).isEqualTo("denied.language");
        assertThat(as("tom").read(french).get("parameters").get(0).asString()).isEqualTo("fr");

        HttpResponse<String> english = as("tom").put(PRACTICE, withField(read, "en", "cost", "The translator's cost."));
        assertThat(english.statusCode()).as(english.body()).isEqualTo(200);
        assertThat(as("tom").read(english).get("texts").get("en").get("state").asString())
                .as("a translator's change of a published text is a new draft").isEqualTo("DRAFT");
        assertThat(as(null).read(as(null).get(PRACTICE + "?lang=en")).get("sections").get("cost").isNull()
                || !as(null).read(as(null).get(PRACTICE + "?lang=en")).get("sections").get("cost").asString().equals("The translator's cost."))
                .as("readers keep the published text: the cache never holds a draft").isTrue();

        HttpResponse<String> otherChapter = as("nuno").put(PRACTICE, withField(copy(as("nuno")), "fr", "cost", "Custo"));
        assertThat(otherChapter.statusCode()).isEqualTo(403);
        assertThat(as("nuno").read(otherChapter).get("code").asString()).isEqualTo("denied.chapter");

        assertThat(as(null).get(PRACTICE + "/texts/en/revisions").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongFieldsAre422WithCodesAndMessagesAndNothingIsSaved() throws Exception {
        JsonNode read = copy(as("awa"));
        ObjectNode wrong = (ObjectNode) withField(read, "fr", "title", "x".repeat(300));
        ((ObjectNode) wrong.get("texts")).set("zz", wrong.get("texts").get("en").deepCopy());

        HttpResponse<String> response = as("awa").put(PRACTICE, wrong);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = as("awa").read(response);
        assertThat(problem.get("code").asString()).isEqualTo("edit.invalid");
        assertThat(problem.get("problems").findValuesAsString("code")).contains("validation.unknownLanguage");
        assertThat(problem.get("problems").get(0).get("message").asString()).contains("zz");
        assertThat(copy(as("awa")).get("texts").get("fr")).isEqualTo(read.get("texts").get("fr"));

        HttpResponse<String> tooLong = as("awa").put(PRACTICE, withField(read, "fr", "title", "x".repeat(300)));
        JsonNode tooLongProblem = as("awa").read(tooLong).get("problems").get(0);
        assertThat(List.of(tooLongProblem.get("field").asString(), tooLongProblem.get("code").asString()))
                .containsExactly("fr.title", "validation.tooLong");
        assertThat(tooLongProblem.get("parameters").get(0).asString()).isEqualTo("200");
    }

    @Test
    void createsAPracticeThenMovesItsTextThroughTheWorkflow() throws Exception {
        Map<String, Object> created = Map.of("slug", "neighbourhood-walks", "chapter", "guinea", "evidenceLevel", "practice-based",
                "texts", Map.of("fr", Map.of("fields", Map.of("title", "Marches de quartier", "summary", "Policiers et habitants marchent ensemble."))));

        HttpResponse<String> response = as("awa").post("/api/v1/practices", created);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/practices/neighbourhood-walks");
        JsonNode fresh = as("awa").read(response);
        assertThat(fresh.get("texts").get("fr").get("state").asString()).isEqualTo("DRAFT");
        assertThat(as(null).get("/api/v1/practices/neighbourhood-walks?lang=fr").statusCode()).as("a draft is not published").isEqualTo(404);

        HttpResponse<String> submitted = as("awa").post("/api/v1/practices/neighbourhood-walks/texts/fr/transitions",
                Map.of("transition", "SUBMIT", "version", version(fresh, "fr"), "comment", "Prête à relire"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(as("awa").read(submitted).get("state").asString()).isEqualTo("IN_REVIEW");

        HttpResponse<String> again = as("awa").post("/api/v1/practices/neighbourhood-walks/texts/fr/transitions",
                Map.of("transition", "SUBMIT", "version", version(fresh, "fr")));
        assertThat(again.statusCode()).as("a move from a stale version").isEqualTo(409);

        HttpResponse<String> returned = as("awa").post("/api/v1/practices/neighbourhood-walks/texts/fr/transitions",
                Map.of("transition", "RETURN", "version", version(fresh, "fr") + 1));
        assertThat(returned.statusCode()).isEqualTo(422);
        assertThat(as("awa").read(returned).get("code").asString()).isEqualTo("workflow.commentRequired");
    }

    @Test
    void initiativesAreEditedTheSameWay() throws Exception {
        String path = "/api/v1/initiatives/share-fair";
        JsonNode read = as("awa").read(as("awa").get(path));
        assertThat(read.get("facts").get("kind").asString()).isNotBlank();

        HttpResponse<String> saved = as("awa").put(path, withField(read, "fr", "outcomes", "Plus de **400** participants."));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode published = as(null).read(as(null).get(path + "?lang=fr"));
        assertThat(published.get("outcomesHtml").asString()).contains("<strong>400</strong>");
    }

    /** A handful of filter-evasion vectors and naughty strings (the core's renderer test runs the whole corpus). */
    private static final List<String> XSS = List.of(
            "<script>alert('XSS')</script>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"&#106;avascript:alert(1)\">entity-encoded</a>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert('XSS')>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<p onmouseover=\"alert(1)\">hover</p>",
            "\"><script>alert(document.cookie)</script>",
            "[a](https://example.org/\" onclick=\"alert(1))");

    @Test
    void markdownFieldsComeAsSanitisedHtmlWithoutScriptHandlerOrJavascriptAddress() throws Exception {
        JsonNode read = copy(as("awa"));
        String corpus = String.join("\n\n", XSS) + "\n\n[Guide](https://example.org/guide)";
        JsonNode edited = withField(withField(read, "fr", "body", corpus), "fr", "mechanism", corpus);
        ((ObjectNode) edited.get("texts").get("fr")).put("state", "PUBLISHED");
        assertThat(as("awa").put(PRACTICE, edited).statusCode()).isEqualTo(200);

        JsonNode published = as(null).read(as(null).get(PRACTICE + "?lang=fr"));

        assertThat(published.get("body").asString()).as("the Markdown as written").isEqualTo(corpus);
        for (String html : List.of(published.get("bodyHtml").asString(), published.get("sections").get("mechanismHtml").asString())) {
            assertThat(html).contains("href=\"https://example.org/guide\"");
            assertThat(html).doesNotContainPattern("(?i)<script").doesNotContainPattern("(?i)<(svg|img|iframe)")
                    .doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)href=\"\\s*(javascript|vbscript|data|&#)");
        }
    }
}
