package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.web.testing.Drafts;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read-only JSON API over the shipped Guinea chapter, as a client's tool would call it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"proximite.admin.password=api-test-only", "proximite.read-cache.budget-bytes=65536"})
@DirtiesContext
class ReadOnlyApiIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    private org.jooq.DSLContext dsl;

    @Autowired
    private PublishedReadCache cache;

    @Autowired
    PracticeEditing editing;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    @Test
    void listsTheShippedGuineaChapter() throws Exception {
        JsonNode chapters = getJson("/api/v1/chapters?lang=en");

        assertThat(chapters.size()).isEqualTo(1);
        assertThat(chapters.get(0).get("id").asString()).isEqualTo("guinea");
        assertThat(chapters.get(0).get("name").asString()).startsWith("Guinea");
        assertThat(chapters.get(0).get("practices").asInt()).isEqualTo(10);
    }

    @Test
    void listsPracticesInEnglishAndFiltersByTheme() throws Exception {
        JsonNode all = getJson("/api/v1/practices?lang=en&chapter=guinea").get("items");
        JsonNode participation = getJson("/api/v1/practices?lang=en&theme=participation-and-inclusion").get("items");

        assertThat(all.size()).isEqualTo(10);
        all.forEach(practice -> {
            assertThat(practice.get("language").asString()).isEqualTo("en");
            assertThat(practice.get("fallback").asBoolean()).isFalse();
        });
        assertThat(participation.size()).isBetween(1, 9);
    }

    @Test
    void givesOnePracticeWithItsSectionsInFrench() throws Exception {
        JsonNode practice = getJson("/api/v1/practices/local-security-council?lang=fr");

        assertThat(practice.get("title").asString()).startsWith("Conseil local de sécurité");
        assertThat(practice.get("evidenceLevel").asString()).isEqualTo("practice-based");
        assertThat(practice.get("sections").get("effect").asString()).isNotBlank();
        assertThat(practice.get("languages").toString()).contains("fr", "en");
    }

    @Test
    void givesAPracticesOutcomesAndNumberedSourcesAndFiltersByOutcome() throws Exception {
        JsonNode practice = getJson("/api/v1/practices/local-security-council?lang=en");

        JsonNode outcome = practice.get("outcomes").get(3);
        assertThat(outcome.get("outcome").asString()).isEqualTo("police-community-cooperation");
        assertThat(outcome.get("direction").asString()).isEqualTo("not-measured");
        assertThat(outcome.get("evidenceLevel").asString()).isEqualTo("practice-based");
        assertThat(outcome.get("sources").get(0).asInt()).isEqualTo(3);
        JsonNode third = practice.get("sources").get(2);
        assertThat(third.get("number").asInt()).isEqualTo(3);
        assertThat(third.get("author").asString()).isEqualTo("Mediaguinee");
        assertThat(third.get("url").asString()).startsWith("https://mediaguinee.com/");
        assertThat(third.get("consulted").asString()).isEqualTo("2026-12-01");
        assertThat(third.get("language").asString()).isEqualTo("fr");

        JsonNode rated = getJson("/api/v1/practices?lang=en&outcome=disorder").get("items");
        assertThat(rated.size()).isEqualTo(2);
        assertThat(getJson("/api/v1/practices?lang=en&outcome=disorder&level=evaluated").get("total").asInt()).isZero();
        assertThat(get("/api/v1/practices?outcome=happiness").statusCode()).isEqualTo(400);
        assertThat(getJson("/api/v1/initiatives/share-fair?lang=en").get("sources").size()).isEqualTo(7);
    }

    @Test
    void saysWhenATextIsAFallbackFromAnotherLanguage() throws Exception {
        editing.save(Drafts.frenchPractice("marche-exploratoire-api", List.of(), "Marche exploratoire", "Parcourir le quartier."),
                Drafts.COORDINATOR);

        JsonNode practice = getJson("/api/v1/practices/marche-exploratoire-api?lang=en");

        assertThat(practice.get("fallback").asBoolean()).isTrue();
        assertThat(practice.get("language").asString()).isEqualTo("fr");
    }

    @Test
    void givesInitiativesWithParticipantsAndDates() throws Exception {
        JsonNode initiatives = getJson("/api/v1/initiatives?lang=en").get("items");
        JsonNode shareFair = getJson("/api/v1/initiatives/share-fair?lang=en");

        assertThat(initiatives.size()).as("the webinar is no initiative of the chapter").isEqualTo(4);
        assertThat(shareFair.get("participantsTotal").asInt()).isEqualTo(400);
        assertThat(shareFair.get("startDate").asString()).isEqualTo("2019-12-04");
        assertThat(shareFair.get("practices").size()).isPositive();
    }

    @Test
    void answersUnknownSlugsAndLanguagesWithClearErrors() throws Exception {
        HttpResponse<String> missing = get("/api/v1/practices/no-such-practice?lang=fr");
        HttpResponse<String> badLanguage = get("/api/v1/practices?lang=xx");
        HttpResponse<String> badLevel = get("/api/v1/practices?level=proven");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no-such-practice");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("Unknown language 'xx'");
        assertThat(badLevel.statusCode()).isEqualTo(400);
    }

    @Test
    void pagesListsAndSaysHowManyThereAre() throws Exception {
        JsonNode first = getJson("/api/v1/practices?lang=fr&chapter=guinea&size=4");
        JsonNode last = getJson("/api/v1/practices?lang=fr&chapter=guinea&size=4&page=2");

        assertThat(first.get("total").asInt()).isEqualTo(10);
        assertThat(first.get("items").size()).isEqualTo(4);
        assertThat(last.get("items").size()).isEqualTo(2);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("slug").asString()).isNotEqualTo(last.get("items").get(0).get("slug").asString());
        HttpResponse<String> tooBig = get("/api/v1/practices?size=501");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("size between 1 and 500");
    }

    @Test
    void answersRepeatedReadsWithAnETagAndSeesAnEditAtOnce() throws Exception {
        HttpResponse<String> first = get("/api/v1/practices/community-policing-training-curriculum?lang=en");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revalidated = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/practices/community-policing-training-curriculum?lang=en")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revalidated.statusCode()).isEqualTo(304);

        editing.save(Drafts.retitled(editing.load("community-policing-training-curriculum"), "en", "Training curriculum, revised"),
                Drafts.COORDINATOR);

        HttpResponse<String> after = get("/api/v1/practices/community-policing-training-curriculum?lang=en");
        assertThat(json.readTree(after.body()).get("title").asString()).isEqualTo("Training curriculum, revised");
        assertThat(after.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    @Test
    void manyDifferentAddressesDoNotGrowTheCachePastItsBudget() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertThat(get("/api/v1/practices?lang=fr&noise=" + i).statusCode()).isEqualTo(200);
        }

        assertThat(cache.keptBytes()).isPositive().isLessThanOrEqualTo(65536);
        assertThat(get("/api/v1/practices?lang=fr&noise=41").statusCode()).as("still answered past the budget").isEqualTo(200);
    }

    @Test
    void aLanguageTheInterfaceLacksIsReadableWithMissingFieldsTakenFromTheDefaultLanguage() throws Exception {
        dsl.execute("INSERT INTO language (code, native_name) VALUES ('dyu', 'Julakan')");
        var draft = editing.load("women-participation-in-security");
        var item = draft.item().withText("dyu", org.proximite.core.content.ItemText.of(org.proximite.chapter.format.ItemKind.PRACTICE,
                java.util.Map.of("title", "Musow ka sendonya", "summary", "Musow ka sendonya lakana baaraw la.")))
                .withState("dyu", org.proximite.core.content.TextState.PUBLISHED);
        editing.save(draft.withItem(item), Drafts.COORDINATOR);

        JsonNode practice = getJson("/api/v1/practices/women-participation-in-security?lang=dyu");

        assertThat(practice.get("language").asString()).isEqualTo("dyu");
        assertThat(practice.get("fallback").asBoolean()).isFalse();
        assertThat(practice.get("title").asString()).isEqualTo("Musow ka sendonya");
        assertThat(practice.get("body").asString()).as("taken from French").isNotBlank();
        assertThat(practice.get("fallbackFields").toString()).contains("body", "effect");
    }

    @Test
    void describesItselfWithOpenApi() throws Exception {
        JsonNode api = getJson("/v3/api-docs");

        assertThat(api.get("paths").propertyNames()).contains(
                "/api/v1/practices", "/api/v1/practices/{slug}", "/api/v1/initiatives", "/api/v1/initiatives/{slug}", "/api/v1/chapters");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
