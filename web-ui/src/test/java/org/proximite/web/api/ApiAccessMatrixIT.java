package org.proximite.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.account.Accounts;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.EditionState;
import org.proximite.core.edition.Editions;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint of the API × every kind of person, over real HTTP with accounts in the database:
 * who gets in (2xx, or a 4xx that says what is wrong with a request they may make: 404, 409, 422…)
 * and who is kept out (401 without an account, 403 with one). Chapter A is Guinea-Bissau, the
 * country editor's; chapter B is Guinea: the editor types B's slugs and ids by hand. The
 * translator writes English and tries French. Writes that are allowed change something small (a
 * field, a new item) or are refused for their content (a stale version, an unknown chapter), so
 * that the rows after them see the same guide.
 *
 * <p>The table below is the matrix a reader checks; a new endpoint that it does not list makes
 * {@link #theTableListsEveryEndpointAndOnlyThose} fail (endpoints are read from Spring's
 * {@link RequestMappingHandlerMapping}). The workspace's routes have theirs in AccessMatrixTest
 * (users are managed there only: the API has no endpoint for accounts).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.chapters.present=guinea-bissau")
@DirtiesContext
class ApiAccessMatrixIT {

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

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * Who asks: the columns of the table, in this order. There is no reader account: every account
     * has a role (account.problem.roleRequired), so a reader is anonymous.
     */
    enum Who {
        ANONYMOUS(null),
        /** Country editor of Guinea-Bissau (chapter A) only. */
        EDITOR_A("nuno"),
        /** Translator into English only. */
        TRANSLATOR_EN("tom"),
        REVIEWER("rita"),
        COORDINATOR("awa"),
        ADMIN("ada");

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /** Chapter B's content (Guinea), which the country editor of A may read but not change. */
    private static final String PRACTICE_B = "local-security-council";
    private static final String INITIATIVE_B = "share-fair";
    /** Chapter A's content (Guinea-Bissau). */
    private static final String PRACTICE_A = "community-liaison-officers";
    /** A draft: readers never see it, people with a role do. */
    private static final String DRAFT_INITIATIVE_A = "bissau-example-youth-football-tournament";

    private static Edition edition;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger sequence = new AtomicInteger();

    @BeforeEach
    void createTheAccounts() {
        ApiTestAccounts.createIn(accounts);
    }

    /** A small edition to list and download: Guinea-Bissau in Portuguese. */
    @BeforeAll
    static void makeAnEdition(@Autowired Editions editions) {
        edition = editions.create(EditionScope.chapter("guinea-bissau"), List.of("pt"), Drafts.ADMIN);
        await().atMost(Duration.ofSeconds(60)).until(() -> editions.find(edition.key()).orElseThrow().state() != EditionState.BUILDING);
        assertThat(editions.find(edition.key()).orElseThrow().state()).isEqualTo(EditionState.READY);
    }

    /** One request of the table: its method, its address and its body, each perhaps made for the person who sends it. */
    private record Call(String method, Function<Who, String> path, String contentType, Function<Who, byte[]> body) {}

    /** One row: the endpoint as Spring maps it, what the request does, and the status each person gets, in {@link Who}'s order. */
    private record Row(String endpoint, String what, Call call, int... expected) {}

    /** The statuses of a row, in {@link Who}'s order, written first so that the table's columns line up. */
    private static Expected expect(int... statuses) {
        return new Expected(statuses);
    }

    private record Expected(int... statuses) {

        Row of(String endpoint, String what, Call call) {
            return new Row(endpoint, what, call, statuses);
        }
    }

    private List<Row> table() {
        String editionFile = "/api/v1/editions/" + edition.key() + "/pt";
        return List.of(
        //     who:  anon  ed.A  tr.EN review coord admin   endpoint (as Spring maps it), what the request does, the request

        // Reading: open to all; copies for editing only to people with a role; a draft never to readers.
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/practices", "lists the published practices",
                get("/api/v1/practices?lang=fr")),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/practices/{slug}", "reads a published practice of chapter B",
                get("/api/v1/practices/" + PRACTICE_B + "?lang=fr")),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/practices/{slug} [!lang]", "reads chapter B's practice whole for editing (readers: the published one)",
                get("/api/v1/practices/" + PRACTICE_B)),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/initiatives", "lists the published initiatives",
                get("/api/v1/initiatives?lang=fr")),
        expect(404, 404, 404, 404, 404, 404).of("GET /api/v1/initiatives/{slug}", "reads a draft initiative of chapter A as published: there is none",
                get("/api/v1/initiatives/" + DRAFT_INITIATIVE_A + "?lang=pt")),
        expect(404, 200, 200, 200, 200, 200).of("GET /api/v1/initiatives/{slug} [!lang]", "reads chapter A's draft initiative whole: readers never see a draft",
                get("/api/v1/initiatives/" + DRAFT_INITIATIVE_A)),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/chapters", "lists the chapters",
                get("/api/v1/chapters?lang=fr")),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/search", "searches the guide",
                get("/api/v1/search?q=police&lang=fr")),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/editions", "lists the editions",
                get("/api/v1/editions")),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/editions/{key}", "reads an edition",
                get("/api/v1/editions/" + edition.key())),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/editions/{key}/{lang}.pdf", "downloads an edition's PDF",
                get(editionFile + ".pdf")),
        expect(200, 200, 200, 200, 200, 200).of("GET /api/v1/editions/{key}/{lang}.zip", "downloads an edition's offline copy",
                get(editionFile + ".zip")),
        expect(401, 200, 200, 200, 200, 200).of("GET /api/v1/practices/{slug}/texts/{lang}/revisions", "lists the versions of chapter B's French text",
                get("/api/v1/practices/" + PRACTICE_B + "/texts/fr/revisions")),
        expect(401, 200, 200, 200, 200, 200).of("GET /api/v1/initiatives/{slug}/texts/{lang}/revisions", "lists the versions of chapter A's draft Portuguese text",
                get("/api/v1/initiatives/" + DRAFT_INITIATIVE_A + "/texts/pt/revisions")),

        // Writing a practice: chapter B's French text, its English text, chapter A's text.
        expect(401, 403, 403, 403, 200, 200).of("PUT /api/v1/practices/{slug}", "changes the French text of chapter B's practice",
                put("/api/v1/practices/" + PRACTICE_B, who -> edited("practices", PRACTICE_B, "fr", who))),
        expect(401, 403, 200, 403, 200, 200).of("PUT /api/v1/practices/{slug}", "changes the English text of chapter B's practice",
                put("/api/v1/practices/" + PRACTICE_B, who -> edited("practices", PRACTICE_B, "en", who))),
        expect(401, 200, 403, 403, 200, 200).of("PUT /api/v1/practices/{slug}", "changes the French text of chapter A's practice",
                put("/api/v1/practices/" + PRACTICE_A, who -> edited("practices", PRACTICE_A, "fr", who))),
        expect(401, 403, 403, 403, 201, 201).of("POST /api/v1/practices", "creates a practice in chapter B",
                post("/api/v1/practices", who -> newPractice("guinea", who))),
        expect(401, 201, 403, 403, 201, 201).of("POST /api/v1/practices", "creates a practice in chapter A",
                post("/api/v1/practices", who -> newPractice("guinea-bissau", who))),

        // Moves are sent from a stale version: whoever may make the move gets 409 and nothing moves.
        expect(401, 403, 403, 403, 409, 409).of("POST /api/v1/practices/{slug}/texts/{lang}/transitions", "sends chapter B's French text to review",
                post("/api/v1/practices/" + PRACTICE_B + "/texts/fr/transitions", who -> staleMove("practices", PRACTICE_B, "fr", "SUBMIT"))),
        expect(401, 403, 409, 403, 409, 409).of("POST /api/v1/practices/{slug}/texts/{lang}/transitions", "sends chapter B's English text to review",
                post("/api/v1/practices/" + PRACTICE_B + "/texts/en/transitions", who -> staleMove("practices", PRACTICE_B, "en", "SUBMIT"))),
        expect(401, 403, 403, 409, 409, 409).of("POST /api/v1/practices/{slug}/texts/{lang}/transitions", "publishes chapter B's French text",
                post("/api/v1/practices/" + PRACTICE_B + "/texts/fr/transitions", who -> staleMove("practices", PRACTICE_B, "fr", "PUBLISH"))),
        expect(401, 409, 403, 403, 409, 409).of("POST /api/v1/practices/{slug}/texts/{lang}/transitions", "sends chapter A's French text to review",
                post("/api/v1/practices/" + PRACTICE_A + "/texts/fr/transitions", who -> staleMove("practices", PRACTICE_A, "fr", "SUBMIT"))),

        // Writing an initiative, the same way.
        expect(401, 403, 403, 403, 200, 200).of("PUT /api/v1/initiatives/{slug}", "changes the French text of chapter B's initiative",
                put("/api/v1/initiatives/" + INITIATIVE_B, who -> edited("initiatives", INITIATIVE_B, "fr", who))),
        expect(401, 403, 200, 403, 200, 200).of("PUT /api/v1/initiatives/{slug}", "changes the English text of chapter B's initiative",
                put("/api/v1/initiatives/" + INITIATIVE_B, who -> edited("initiatives", INITIATIVE_B, "en", who))),
        expect(401, 200, 403, 403, 200, 200).of("PUT /api/v1/initiatives/{slug}", "changes the Portuguese text of chapter A's draft initiative",
                put("/api/v1/initiatives/" + DRAFT_INITIATIVE_A, who -> edited("initiatives", DRAFT_INITIATIVE_A, "pt", who))),
        expect(401, 403, 403, 403, 201, 201).of("POST /api/v1/initiatives", "creates an initiative in chapter B",
                post("/api/v1/initiatives", who -> newInitiative("guinea", who))),
        expect(401, 201, 403, 403, 201, 201).of("POST /api/v1/initiatives", "creates an initiative in chapter A",
                post("/api/v1/initiatives", who -> newInitiative("guinea-bissau", who))),
        expect(401, 403, 403, 403, 409, 409).of("POST /api/v1/initiatives/{slug}/texts/{lang}/transitions", "sends chapter B's French text to review",
                post("/api/v1/initiatives/" + INITIATIVE_B + "/texts/fr/transitions", who -> staleMove("initiatives", INITIATIVE_B, "fr", "SUBMIT"))),
        expect(401, 403, 403, 409, 409, 409).of("POST /api/v1/initiatives/{slug}/texts/{lang}/transitions", "publishes chapter A's Portuguese draft",
                post("/api/v1/initiatives/" + DRAFT_INITIATIVE_A + "/texts/pt/transitions",
                        who -> staleMove("initiatives", DRAFT_INITIATIVE_A, "pt", "PUBLISH"))),

        // XLIFF for translators' tools: people with a content role (their scopes are checked per text on import).
        expect(401, 200, 200, 200, 200, 200).of("GET /api/v1/xliff", "exports chapter B's practice from French to English for a translator",
                get("/api/v1/xliff?items=practice:" + PRACTICE_B + "&from=fr&to=en")),
        expect(401, 422, 422, 422, 422, 422).of("POST /api/v1/xliff", "imports a file that is not XLIFF (refused for that: nothing saved)",
                call("POST", who -> "/api/v1/xliff", "application/xliff+xml", who -> "not xliff".getBytes(StandardCharsets.UTF_8))),

        // Editions and the import from the web: coordinators and admins.
        expect(401, 403, 403, 403, 422, 422).of("POST /api/v1/editions", "makes an edition of a chapter that does not exist (refused for that)",
                post("/api/v1/editions", who -> bytes(Map.of("scope", "no-such-chapter")))),
        expect(401, 403, 403, 403, 200, 200).of("POST /api/v1/import/preview", "repairs a text without saving it",
                call("POST", who -> "/api/v1/import/preview", "text/plain; charset=UTF-8",
                        who -> "Un texte à importer.".getBytes(StandardCharsets.UTF_8))),
        expect(401, 403, 403, 403, 201, 201).of("POST /api/v1/import/draft", "saves a text as a new draft practice",
                call("POST", who -> "/api/v1/import/draft?kind=practice&slug=imported-" + unique(who), "text/plain; charset=UTF-8",
                        who -> "Une pratique importée\n\nSon texte.".getBytes(StandardCharsets.UTF_8))),
        expect(401, 403, 403, 403, 201, 201).of("POST /api/v1/import/draft", "saves a text as a new draft practice with a paragraph rewritten",
                call("POST", who -> "/api/v1/import/draft?kind=practice&slug=decided-" + unique(who), "application/json",
                        who -> ("{\"text\": \"Une pratique importée\\n\\nSon texte.\", \"decisions\": "
                                + "[{\"paragraph\": 2, \"decision\": \"edit\", \"text\": \"Son texte, revu.\"}]}").getBytes(StandardCharsets.UTF_8))),

        // Admin only: audit, backup, chapters (B's and A's ids typed by hand), search index.
        expect(401, 403, 403, 403, 403, 200).of("GET /api/v1/admin/audit", "reads the audit log",
                get("/api/v1/admin/audit")),
        expect(401, 403, 403, 403, 403, 200).of("GET /api/v1/admin/audit.csv", "downloads the audit log",
                get("/api/v1/admin/audit.csv")),
        expect(401, 403, 403, 403, 403, 200).of("GET /api/v1/admin/export", "downloads a backup of everything",
                get("/api/v1/admin/export")),
        expect(401, 403, 403, 403, 403, 422).of("POST /api/v1/admin/import", "restores a backup that is not one (refused for that: nothing replaced)",
                call("POST", who -> "/api/v1/admin/import", "application/zip", who -> "not a zip".getBytes(StandardCharsets.UTF_8))),
        expect(401, 403, 403, 403, 403, 200).of("GET /api/v1/admin/chapters", "lists the chapters with their state",
                get("/api/v1/admin/chapters")),
        expect(401, 403, 403, 403, 403, 200).of("GET /api/v1/admin/chapters/history", "reads the chapters' history",
                get("/api/v1/admin/chapters/history")),
        expect(401, 403, 403, 403, 403, 422).of("POST /api/v1/admin/chapters", "uploads a jar that is not one (refused for that)",
                call("POST", who -> "/api/v1/admin/chapters", "multipart/form-data; boundary=matrix", who -> notAJar())),
        expect(401, 403, 403, 403, 403, 422).of("POST /api/v1/admin/chapters/plans/{planId}/apply", "applies a plan that does not exist",
                post("/api/v1/admin/chapters/plans/no-such-plan/apply", who -> bytes(Map.of()))),
        expect(401, 403, 403, 403, 403, 400).of("POST /api/v1/admin/chapters/allowed-code", "allows code with a malformed checksum",
                post("/api/v1/admin/chapters/allowed-code?chapterId=guinea&sha256=bad", who -> new byte[0])),
        expect(401, 403, 403, 403, 403, 204).of("POST /api/v1/admin/chapters/{id}/disable", "disables chapter A (the country editor's own)",
                post("/api/v1/admin/chapters/guinea-bissau/disable", who -> new byte[0])),
        expect(401, 403, 403, 403, 403, 204).of("POST /api/v1/admin/chapters/{id}/enable", "enables chapter A again",
                post("/api/v1/admin/chapters/guinea-bissau/enable", who -> new byte[0])),
        expect(401, 403, 403, 403, 403, 422).of("DELETE /api/v1/admin/chapters/{id}", "removes chapter B, on which chapter A depends (refused for that)",
                call("DELETE", who -> "/api/v1/admin/chapters/guinea", null, null)),
        expect(401, 403, 403, 403, 403, 200).of("GET /api/v1/admin/search", "reads the search index's state",
                get("/api/v1/admin/search")),
        expect(401, 403, 403, 403, 403, 202).of("POST /api/v1/admin/search/rebuild", "rebuilds the search index",
                post("/api/v1/admin/search/rebuild", who -> new byte[0])),

        // Any other address under /api: not found for whoever may send the request.
        expect(404, 404, 404, 404, 404, 404).of("ANY /api/**", "reads an address no endpoint has",
                get("/api/v1/no-such-endpoint")),
        expect(401, 404, 404, 404, 404, 404).of("ANY /api/**", "writes to an address no endpoint has",
                post("/api/v1/no-such-endpoint", who -> new byte[0])),

        // Beside the API: the health probe is public, the metrics are for admins.
        expect(200, 200, 200, 200, 200, 200).of("actuator", "reads the health probe",
                get("/actuator/health/liveness")),
        expect(401, 403, 403, 403, 403, 200).of("actuator", "reads the metrics",
                get("/actuator/prometheus")));
    }

    @Test
    void eachPersonGetsWhatTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : table()) {
            assertThat(row.expected()).as(row.what()).hasSize(Who.values().length);
            for (Who who : Who.values()) {
                HttpResponse<String> response = send(row.call(), who);
                int expected = row.expected()[who.ordinal()];
                if (response.statusCode() != expected) {
                    String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
                    wrong.add(row.endpoint() + " — " + row.what() + ": " + who + " expected " + expected + ", got " + response.statusCode()
                            + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
    }

    /** Refusals say why, with the code the core gave: the country editor is refused for the chapter, the translator for the language. */
    @Test
    void refusalsNameTheChapterOrTheLanguage() throws Exception {
        HttpResponse<String> editor = send(put("/api/v1/practices/" + PRACTICE_B, who -> edited("practices", PRACTICE_B, "fr", who)), Who.EDITOR_A);
        assertThat(json.readTree(editor.body()).get("code").asString()).isEqualTo("denied.chapter");
        assertThat(json.readTree(editor.body()).get("parameters").get(0).asString()).isEqualTo("guinea");

        HttpResponse<String> translator = send(put("/api/v1/practices/" + PRACTICE_B, who -> edited("practices", PRACTICE_B, "fr", who)),
                Who.TRANSLATOR_EN);
        assertThat(json.readTree(translator.body()).get("code").asString()).isEqualTo("denied.language");
        assertThat(json.readTree(translator.body()).get("parameters").get(0).asString()).isEqualTo("fr");
    }

    @Test
    void theTableListsEveryEndpointAndOnlyThose() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(signatures(info)));
        mapped.removeIf(signature -> !signature.contains(" /api/"));
        Set<String> listed = new TreeSet<>();
        table().forEach(row -> listed.add(row.endpoint()));
        listed.remove("actuator");

        Set<String> unlisted = new TreeSet<>(mapped);
        unlisted.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(mapped);
        assertThat(unlisted).as("endpoints the table does not list: add a row for each, with who may call it").isEmpty();
        assertThat(gone).as("rows of the table for endpoints that no longer exist").isEmpty();
    }

    /** "GET /api/v1/practices/{slug} [!lang]": each method and address, with the parameters that tell two endpoints apart. */
    private static List<String> signatures(RequestMappingInfo info) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
        if (methods.isEmpty()) {
            methods.add("ANY");
        }
        String params = info.getParamsCondition().getExpressions().isEmpty() ? ""
                : " " + info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted().toList().toString();
        List<String> signatures = new ArrayList<>();
        for (String method : methods) {
            for (String pattern : info.getPatternValues()) {
                signatures.add(method + " " + pattern + params);
            }
        }
        return signatures;
    }

    // Requests.

    private static Call get(String path) {
        return new Call("GET", who -> path, null, null);
    }

    private static Call put(String path, Function<Who, byte[]> body) {
        return new Call("PUT", who -> path, "application/json", body);
    }

    private static Call post(String path, Function<Who, byte[]> body) {
        return new Call("POST", who -> path, "application/json", body);
    }

    private static Call call(String method, Function<Who, String> path, String contentType, Function<Who, byte[]> body) {
        return new Call(method, path, contentType, body);
    }

    private HttpResponse<String> send(Call call, Who who) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path().apply(who)))
                .header("Accept-Language", "en");
        if (who.user != null) {
            request.header("Authorization", basic(who.user));
        }
        byte[] body = call.body() == null ? null : call.body().apply(who);
        if (!call.method().equals("GET")) {
            // Every tool's writing request carries it (the API's guard against forged cross-site forms).
            request.header("X-Requested-With", "access-matrix");
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ApiTestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The item as an admin reads it whole for editing. */
    private JsonNode copy(String kind, String slug) {
        try {
            HttpResponse<String> response = send(get("/api/v1/" + kind + "/" + slug), Who.ADMIN);
            assertThat(response.statusCode()).as("the copy of %s", slug).isEqualTo(200);
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The item as it is now, with one language's summary changed by this person: every call changes it. */
    private byte[] edited(String kind, String slug, String language, Who who) {
        JsonNode item = copy(kind, slug);
        ((ObjectNode) item.get("texts").get(language).get("fields")).put("summary", "Summary changed by " + unique(who) + ".");
        return bytes(item);
    }

    /** A move of one language's text from a version before the one stored: whoever may make it is told the text changed meanwhile. */
    private byte[] staleMove(String kind, String slug, String language, String transition) {
        int version = copy(kind, slug).get("texts").get(language).get("version").asInt();
        return bytes(Map.of("transition", transition, "version", version - 1));
    }

    private byte[] newPractice(String chapter, Who who) {
        return bytes(Map.of("slug", "matrix-" + unique(who), "chapter", chapter, "evidenceLevel", "practice-based",
                "texts", Map.of("fr", Map.of("fields", Map.of("title", "Pratique de " + who, "summary", "Créée par " + who + ".")))));
    }

    private byte[] newInitiative(String chapter, Who who) {
        return bytes(Map.of("slug", "matrix-" + unique(who), "chapter", chapter, "facts", Map.of("kind", "meeting"),
                "texts", Map.of("fr", Map.of("fields", Map.of("title", "Initiative de " + who, "summary", "Créée par " + who + ".")))));
    }

    private static byte[] notAJar() {
        return ("--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"chapter.jar\"\r\nContent-Type: application/java-archive\r\n\r\n"
                + "not a jar\r\n--matrix--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private String unique(Who who) {
        return who.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + sequence.incrementAndGet();
    }

    private byte[] bytes(Object body) {
        return json.writeValueAsBytes(body);
    }
}
