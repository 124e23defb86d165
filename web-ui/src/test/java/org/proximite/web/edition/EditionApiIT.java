package org.proximite.web.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editions through the API over the shipped Guinea chapter, as a coordinator's script and a
 * reader's download see them: the PDF opened with PDFBox, the offline copy unzipped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=" + EditionApiIT.PASSWORD)
@DirtiesContext
class EditionApiIT {

    static final String PASSWORD = "edition-test-only";
    static final String COUNCIL_FR = "Conseil local de sécurité et de prévention de la délinquance";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    PracticeEditing practices;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String body, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/editions"))
                .header("Content-Type", "application/json").header("X-Requested-With", "test").header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(HttpResponse<byte[]> response) {
        return json.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    /** Asks for an edition and waits until it is ready, as a script following the progress address would. */
    private JsonNode makeEdition(String body) throws Exception {
        HttpResponse<String> started = post(body, true);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = json.readTree(started.body()).get("progressUrl").asString();
        assertThat(started.headers().firstValue("Location")).hasValue(progress);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !read(get(progress)).get("state").asString().equals("building"));
        JsonNode edition = read(get(progress));
        assertThat(edition.get("state").asString()).as(edition.toString()).isEqualTo("ready");
        return edition;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aChaptersEditionHasAPdfWithContentsBookmarksPageNumbersAndItsFontInEachLanguage() throws Exception {
        JsonNode edition = makeEdition("{\"scope\": \"guinea\"}");
        assertThat(edition.get("key").asString()).startsWith("guinea-");
        assertThat(edition.get("files")).hasSize(4);

        HttpResponse<byte[]> response = get("/api/v1/editions/" + edition.get("key").asString() + "/fr.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).as("cover, contents, one page or more per practice and initiative").isGreaterThan(10);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(child -> bookmarks.add("  " + child.getTitle()));
            }
            assertThat(bookmarks).contains("Sommaire", "Pratiques", "  " + COUNCIL_FR, "Initiatives");
            assertThat(bookmarks.stream().filter(title -> title.startsWith("  ")).count()).as("a bookmark per practice and initiative")
                    .isGreaterThanOrEqualTo(10);
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(COUNCIL_FR, "Édition", "délinquance", "Références");
            int pages = pdf.getNumberOfPages();
            assertThat(text).as("page numbers").contains("2 / " + pages, pages + " / " + pages);
        }
        assertThat(text(get("/api/v1/editions/" + edition.get("key").asString() + "/en.pdf").body()))
                .contains("Community safety and crime prevention council");
    }

    @Test
    void theOfflineCopyHasAnIndexThemesAPageForEachPracticeAndChapterWithRelativeLinksAndASearchIndex() throws Exception {
        JsonNode edition = makeEdition("{\"scope\": \"guinea\", \"languages\": [\"fr\"]}");
        HttpResponse<byte[]> response = get("/api/v1/editions/" + edition.get("key").asString() + "/fr.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("index.html", "search.html", "search-index.json", "search.js",
                "practices/local-security-council.html", "initiatives/share-fair.html");
        assertThat(files.keySet().stream().filter(name -> name.startsWith("practices/"))).hasSize(10);
        assertThat(files.get("index.html")).contains("href=\"practices/local-security-council.html\"", COUNCIL_FR);
        String council = files.get("practices/local-security-council.html");
        assertThat(council).contains("<h1", COUNCIL_FR, "href=\"../index.html\"", "href=\"../search.html\"")
                .doesNotContain("href=\"/").doesNotContain("<script");
        assertThat(council).as("links between practices and initiatives stay inside the copy").containsPattern("href=\"\\.\\./(practices|initiatives)/[a-z0-9-]+\\.html\"");
        assertThat(council).as("a practice links to its chapter's page in the copy").contains("href=\"../chapters/guinea.html\"");
        assertThat(files.get("chapters/guinea.html")).as("the chapter's page with its pages about the country")
                .contains("<h1", "Ce que le projet a travaillé", "police de proximité").doesNotContain("href=\"/");
        assertThat(files.get("themes.html")).as("the practices by theme")
                .contains("<h1", "href=\"practices/local-security-council.html\"").doesNotContain("href=\"/");
        assertThat(files.get("index.html")).contains("href=\"chapters/guinea.html\"", "href=\"themes.html\"");
        JsonNode index = json.readTree(files.get("search-index.json"));
        assertThat(index.size()).isEqualTo(files.keySet().stream().filter(name -> name.matches("(practices|initiatives)/.*")).count());
        assertThat(index.toString()).contains("practices/local-security-council.html", "securite");
    }

    @Test
    void anEditionKeepsItsTextAfterThePracticeIsEdited() throws Exception {
        JsonNode before = makeEdition("{\"scope\": \"guide\", \"languages\": [\"fr\"]}");
        var draft = practices.load("local-security-plan");
        practices.save(Drafts.retitled(draft, "fr", "Plan local, titre révisé après l’édition"), Drafts.COORDINATOR);
        JsonNode after = makeEdition("{\"scope\": \"guide\", \"languages\": [\"fr\"]}");

        assertThat(after.get("number").asInt()).isEqualTo(before.get("number").asInt() + 1);
        assertThat(text(get("/api/v1/editions/" + before.get("key").asString() + "/fr.pdf").body()))
                .contains("Plan local de sécurité").doesNotContain("titre révisé");
        assertThat(text(get("/api/v1/editions/" + after.get("key").asString() + "/fr.pdf").body())).contains("titre révisé");
    }

    @Test
    void listsEditionsWithTheirFilesAndSizesAndServesEachOnceWithItsEtag() throws Exception {
        JsonNode edition = makeEdition("{\"scope\": \"guinea\", \"languages\": [\"en\"]}");
        JsonNode listed = read(get("/api/v1/editions"));
        JsonNode same = null;
        for (JsonNode each : listed) {
            if (each.get("key").asString().equals(edition.get("key").asString())) {
                same = each;
            }
        }
        assertThat(same).isNotNull();
        JsonNode pdf = same.get("files").get(0);
        assertThat(pdf.get("format").asString()).isEqualTo("pdf");
        assertThat(pdf.get("url").asString()).isEqualTo("/api/v1/editions/" + edition.get("key").asString() + "/en.pdf");
        assertThat(pdf.get("size").asLong()).isPositive();

        HttpResponse<byte[]> file = get(pdf.get("url").asString());
        assertThat((long) file.body().length).isEqualTo(pdf.get("size").asLong());
        assertThat(file.headers().firstValue("ETag")).hasValue("\"" + pdf.get("sha256").asString() + "\"");
        assertThat(get(pdf.get("url").asString(), "If-None-Match", "\"" + pdf.get("sha256").asString() + "\"").statusCode()).isEqualTo(304);

        String page = new String(get("/guide/en/editions").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"" + pdf.get("url").asString() + "\"", "KB)");
        assertThat(new String(get("/guide/en/").body(), StandardCharsets.UTF_8)).contains("href=\"/guide/en/editions\"");
    }

    @Test
    void refusesBadRequestsInTheReadersLanguageAndChangesNothing() throws Exception {
        int before = read(get("/api/v1/editions")).size();

        HttpResponse<byte[]> unknownEdition = get("/api/v1/editions/99/fr.pdf", "Accept-Language", "fr");
        assertThat(unknownEdition.statusCode()).isEqualTo(404);
        assertThat(read(unknownEdition).get("code").asString()).isEqualTo("edition.not-found");
        assertThat(read(unknownEdition).get("detail").asString()).isEqualTo("Il n’y a pas d’édition 99.");
        assertThat(read(get("/api/v1/editions/nonsense!", "Accept-Language", "en")).get("detail").asString()).isEqualTo("There is no edition nonsense!.");

        HttpResponse<String> unknownChapter = post("{\"scope\": \"atlantis\"}", true);
        assertThat(unknownChapter.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknownChapter.body()).get("code").asString()).isEqualTo("edition.scope.unknown-chapter");
        assertThat(json.readTree(unknownChapter.body()).get("detail").asString()).isEqualTo("Aucun chapitre actif n’a l’identifiant atlantis.");
        HttpResponse<String> unknownLanguage = post("{\"scope\": \"guinea\", \"languages\": [\"de\"]}", true);
        assertThat(unknownLanguage.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknownLanguage.body()).get("code").asString()).isEqualTo("edition.language.unknown");
        assertThat(post("{\"scope\": \"guinea\"}", false).statusCode()).isEqualTo(401);
        assertThat(read(get("/api/v1/editions")).size()).isEqualTo(before);

        JsonNode edition = makeEdition("{\"scope\": \"guinea\", \"languages\": [\"fr\"]}");
        HttpResponse<byte[]> unknownLanguageFile = get("/api/v1/editions/" + edition.get("key").asString() + "/pt.pdf", "Accept-Language", "fr");
        assertThat(unknownLanguageFile.statusCode()).isEqualTo(404);
        assertThat(read(unknownLanguageFile).get("code").asString()).isEqualTo("edition.file-not-found");
        assertThat(get("/guide/xx/editions").statusCode()).isEqualTo(404);
    }
}
