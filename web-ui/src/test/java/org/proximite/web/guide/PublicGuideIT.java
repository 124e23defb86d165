package org.proximite.web.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.content.TextState;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public guide over the shipped Guinea chapter, as a reader's phone (or a cache in front) asks for it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "proximite.admin.password=guide-test-only")
@DirtiesContext
class PublicGuideIT {

    /** The most a practice page may cost a reader, compressed: the page and its style, no font. */
    static final int PAGE_BUDGET = 30 * 1024;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    PracticeEditing editing;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String page(String path, String... headers) throws Exception {
        HttpResponse<byte[]> response = get(path, headers);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void sendsAReaderArrivingAtTheRootToTheGuideInTheirLanguage() throws Exception {
        assertThat(get("/", "Accept-Language", "en-GB,en;q=0.8").headers().firstValue("Location")).hasValue("/guide/en/");
        assertThat(get("/", "Accept-Language", "de-DE").headers().firstValue("Location")).hasValue("/guide/fr/");
        assertThat(get("/", "Accept-Language", "en-GB", "Cookie", "proximite-lang=fr").headers().firstValue("Location")).hasValue("/guide/fr/");

        HttpResponse<byte[]> switched = get("/guide/en/language?to=%2Fguide%2Fen%2Fpractices%2Flocal-security-council");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/guide/en/practices/local-security-council");
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("proximite-lang=en"));
        assertThat(get("/guide/en/language?to=https%3A%2F%2Felsewhere.example%2F").headers().firstValue("Location")).hasValue("/guide/en/");
        assertThat(get("/practices/local-security-council", "Accept-Language", "en").headers().firstValue("Location"))
                .hasValue("/guide/en/practices/local-security-council");
    }

    @Test
    void aPracticePageIsLightSemanticAndInItsLanguage() throws Exception {
        HttpResponse<byte[]> response = get("/guide/fr/practices/local-security-council", "Accept-Encoding", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body().length).as("compressed bytes of the page").isLessThan(PAGE_BUDGET);
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">");
        assertThat(html).doesNotContain("<script", "<link rel=\"stylesheet\"", "@font-face", "http://", "https://fonts");
        assertThat(count(html, "<main")).isEqualTo(1);
        assertThat(headingsInOrder(html)).as("headings never skip a level").isTrue();
        assertThat(count(html, "<h1")).isEqualTo(1);
        assertThat(html).contains("<h1 lang=\"fr\">Conseil local de sécurité", "Effet et preuves", "@media print");
        assertThat(html).contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/guide/en/practices/local-security-council\">");
        assertThat(html).contains("href=\"/guide/en/language?to=%2Fguide%2Fen%2Fpractices%2Flocal-security-council\"");
        assertThat(html).doesNotContain("class=\"notice\"");
        // Each outcome with what was found and how it is known, citing the numbered references below.
        assertThat(html).contains("Ce que l’on sait de chaque effet", "<strong>Confiance dans la police</strong>", "non mesuré",
                "<h2>Références</h2>", "<li id=\"ref-1\">", "<a href=\"#ref-");

        String english = page("/guide/en/practices/local-security-council");
        assertThat(english).contains("<html lang=\"en\">", "Community safety and crime prevention council", "Effect and evidence");
    }

    @Test
    void answersFromTheCacheWithAnEtagAndRevalidates() throws Exception {
        HttpResponse<byte[]> first = get("/guide/en/practices");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(get("/guide/en/practices", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void showsTheFallbackNoticeAndHidesDraftsAndUnknownAddressesWithAPageInTheReadersLanguage() throws Exception {
        editing.save(Drafts.frenchPractice("marche-exploratoire-guide", List.of(), "Marche exploratoire", "Parcourir le quartier."),
                Drafts.COORDINATOR);
        var draft = Drafts.frenchPractice("ronde-en-brouillon", List.of(), "Ronde en brouillon", "Pas encore publiée.");
        editing.save(new org.proximite.core.practice.PracticeDraft(draft.item().withState("fr", TextState.DRAFT), draft.evidenceLevel()),
                Drafts.COORDINATOR);

        String english = page("/guide/en/practices/marche-exploratoire-guide");
        assertThat(english).contains("Not translated yet — shown in French", "<h1 lang=\"fr\">Marche exploratoire</h1>");
        assertThat(english).contains("hreflang=\"fr\"").doesNotContain("hreflang=\"en\"");

        HttpResponse<byte[]> hidden = get("/guide/en/practices/ronde-en-brouillon");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(new String(hidden.body(), StandardCharsets.UTF_8)).contains("Page not found");
        HttpResponse<byte[]> unknownLanguage = get("/guide/xx/practices/local-security-council", "Accept-Language", "fr");
        assertThat(unknownLanguage.statusCode()).isEqualTo(404);
        assertThat(new String(unknownLanguage.body(), StandardCharsets.UTF_8)).contains("<html lang=\"fr\">", "Page introuvable");
        assertThat(get("/guide/fr/nothing/here").statusCode()).isEqualTo(404);
    }

    @Test
    void aRelatedPracticeInAnotherLanguageThanThePageIsMarkedWithItOnThePageAndInTheApi() throws Exception {
        editing.save(Drafts.frenchPractice("ronde-seulement-en-francais", List.of(), "Ronde de quartier", "Marcher ensemble le soir."),
                Drafts.COORDINATOR);
        var bilingual = Drafts.translated(Drafts.frenchPractice("patrouille-guide", List.of(), "Patrouille à pied", "Aller à pied."),
                "en", "Foot patrol", "Going on foot.");
        editing.save(bilingual.withItem(bilingual.item().withRelated(List.of("ronde-seulement-en-francais", "local-security-council"))),
                Drafts.COORDINATOR);

        String english = page("/guide/en/practices/patrouille-guide");
        assertThat(english).contains("<li lang=\"fr\"><a href=\"/guide/en/practices/ronde-seulement-en-francais\">Ronde de quartier</a></li>",
                "<li lang=\"en\"><a href=\"/guide/en/practices/local-security-council\">Community safety and crime prevention council</a></li>");
        String api = page("/api/v1/practices/patrouille-guide?lang=en");
        assertThat(api).contains("{\"slug\":\"ronde-seulement-en-francais\",\"title\":\"Ronde de quartier\",\"language\":\"fr\"}",
                "{\"slug\":\"local-security-council\",\"title\":\"Community safety and crime prevention council\",\"language\":\"en\"}");
    }

    @Test
    void listsThemesInitiativesAndChaptersWithTheirContextPages() throws Exception {
        assertThat(page("/guide/fr/")).contains("Bienvenue sur Proximité", "/guide/fr/chapters/guinea");
        assertThat(page("/guide/en/themes")).contains("/guide/en/practices?theme=");
        String filtered = page("/guide/en/practices?theme=participation-and-inclusion&level=practice-based&page=abc");
        assertThat(filtered).contains("selected", "practices");
        assertThat(page("/guide/en/initiatives")).contains("/guide/en/initiatives/share-fair");
        assertThat(page("/guide/en/initiatives/share-fair")).contains("Share Fair", "<h2>Participants</h2>", "<h2>References</h2>");
        // Readers narrow practices by an outcome, and by the level of that outcome.
        assertThat(page("/guide/fr/practices?outcome=disorder")).contains("Plan local de sécurité", "<option value=\"disorder\" selected>");
        assertThat(page("/guide/fr/practices?outcome=disorder&level=evaluated")).doesNotContain("Plan local de sécurité");
        String chapter = page("/guide/fr/chapters/guinea");
        assertThat(chapter).contains("<h1>Guinée", "/guide/fr/practices?chapter=guinea");
        assertThat(headingsInOrder(chapter)).isTrue();
    }

    @Test
    void searchesWithAccentsStemsAndTyposAndSaysWhenNothingIsFound() throws Exception {
        String found = page("/guide/fr/search?q=securite");
        assertThat(found).contains("<mark>sécurité</mark>", "résultats", "class=\"facets\"");
        assertThat(page("/guide/fr/search?q=conseil+locla")).contains("/guide/fr/practices/local-security-council");
        assertThat(page("/guide/en/search?q=councils&kind=practice")).contains("/guide/en/practices/local-security-council");

        String syntax = page("/guide/en/search?q=%2B-%26%26%7C%7C!(%29%7B%7D%5B%5D%5E%22~*%3F%3A%5C%2F");
        assertThat(syntax).contains("No result", "Nothing found.");
        assertThat(page("/guide/en/search?q=" + "security+".repeat(300))).contains("results");

        String api = new String(get("/api/v1/search?q=polices&lang=fr&chapter=guinea&level=practice-based").body(), StandardCharsets.UTF_8);
        assertThat(api).contains("\"total\":", "\"facets\":", "<mark>", "\"chapterId\":\"guinea\"");
        assertThat(get("/api/v1/search?q=x&lang=zz").statusCode()).isEqualTo(400);
    }

    @Test
    void searchFollowsAChangeMadeThroughTheWriterWithinSeconds() throws Exception {
        assertThat(page("/guide/fr/search?q=baobab")).contains("Aucun résultat");

        editing.save(Drafts.retitled(editing.load("local-security-plan"), "fr", "Plan local de sécurité, adopté sous le baobab"), Drafts.COORDINATOR);

        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> page("/guide/fr/search?q=baobabs").contains("/guide/fr/practices/local-security-plan"));
        assertThat(page("/guide/fr/practices/local-security-plan")).contains("adopté sous le baobab");
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    /** Whether the page's headings start at h1 and never jump more than one level down. */
    static boolean headingsInOrder(String html) {
        Matcher heading = Pattern.compile("<h([1-6])[\\s>]").matcher(html);
        List<Integer> levels = new ArrayList<>();
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        if (levels.isEmpty() || levels.getFirst() != 1) {
            return false;
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i) > levels.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
