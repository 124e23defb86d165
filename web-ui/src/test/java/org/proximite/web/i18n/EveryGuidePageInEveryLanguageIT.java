package org.proximite.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.proximite.core.edition.Edition;
import org.proximite.core.edition.EditionScope;
import org.proximite.core.edition.EditionState;
import org.proximite.core.edition.Editions;
import org.proximite.web.testing.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No raw key ever, on the pages the server renders itself: every page of the public guide
 * ({@code /guide/{lang}/…}, JTE templates) over the shipped chapters, its not-found page, the
 * workspace's not-found answers, and the pages of an edition's offline copy, in French, English
 * and the Portuguese of the Guinea-Bissau chapter, read as a reader's browser gets them. The rules
 * are {@link InterfaceTexts}'; each failure names the page, the language and the text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"proximite.admin.password=" + EveryGuidePageInEveryLanguageIT.PASSWORD, "proximite.chapters.present=guinea-bissau"})
@DirtiesContext
class EveryGuidePageInEveryLanguageIT {

    static final String PASSWORD = "guide-i18n-test-only";

    private static final InterfaceTexts TEXTS = InterfaceTexts.shipped();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void useTemporaryDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("proximite.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The guide's pages, after {@code /guide/{lang}}, and the status each answers. */
    private static final Map<String, Integer> GUIDE_PAGES = pages(
            "/", 200,
            "/themes", 200,
            "/practices", 200,
            "/practices?level=monitored&outcome=trust-in-police&available=pt", 200,
            "/practices?chapter=no-such-chapter", 200,
            "/practices/local-security-council", 200,
            "/practices/community-liaison-officers", 200,
            "/initiatives", 200,
            "/initiatives?chapter=guinea-bissau", 200,
            "/initiatives/share-fair", 200,
            "/initiatives/guide-to-best-practices-launch", 200,
            "/chapters", 200,
            "/chapters/guinea", 200,
            "/chapters/guinea-bissau", 200,
            "/search", 200,
            "/search?q=police", 200,
            "/search?q=zzzyxwv", 200,
            "/editions", 200,
            "/no-such-page", 404,
            "/practices/no-such-practice", 404,
            "/chapters/no-such-chapter", 404);

    /** The workspace's answers for an address of something that does not exist, in the browser's language. */
    private static final List<String> WORKSPACE_NOT_FOUND = List.of("/workspace/practices/no-such-practice",
            "/edit/initiatives/no-such-initiative", "/workspace/chapters/no-such-chapter");

    private static Edition edition;

    @BeforeAll
    static void makeAnEditionOnce(@Autowired Editions editions) {
        edition = editions.create(EditionScope.chapter("guinea-bissau"), InterfaceTexts.LANGUAGES, Drafts.ADMIN);
        await().atMost(Duration.ofSeconds(60)).until(() -> editions.find(edition.key()).orElseThrow().state() != EditionState.BUILDING);
        assertThat(editions.find(edition.key()).orElseThrow().state()).isEqualTo(EditionState.READY);
    }

    @Test
    void everyGuidePageShowsOnlyTranslatedTexts() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String language : InterfaceTexts.LANGUAGES) {
            for (var page : GUIDE_PAGES.entrySet()) {
                String path = "/guide/" + language + page.getKey();
                HttpResponse<String> response = get(path, language);
                assertThat(response.statusCode()).as(path).isEqualTo(page.getValue());
                assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).as("language of %s", path).isEqualTo(language);
                problems.addAll(TEXTS.problems(path, language, HtmlTexts.ofPage(response.body())));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theWorkspacesNotFoundAnswersShowOnlyTranslatedTexts() throws Exception {
        List<String> problems = new ArrayList<>();
        String session = signedInCookie();
        for (String language : InterfaceTexts.LANGUAGES) {
            for (String path : WORKSPACE_NOT_FOUND) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language)
                        .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(Jsoup.parse(response.body()).text()).as(path).contains(TEXTS.text(language, "not-found.title"));
                problems.addAll(TEXTS.problems(path, language, HtmlTexts.ofPage(response.body())));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageOfAnEditionsOfflineCopyShowsOnlyTranslatedTexts() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String language : InterfaceTexts.LANGUAGES) {
            HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/editions/" + edition.key() + "/" + language + ".zip")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zip.statusCode()).isEqualTo(200);
            int pages = 0;
            try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    if (entry.getName().endsWith(".html")) {
                        pages++;
                        String html = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                        problems.addAll(TEXTS.problems("offline copy " + language + "/" + entry.getName(), language, HtmlTexts.ofPage(html)));
                    }
                }
            }
            assertThat(pages).as("pages of the %s offline copy", language).isGreaterThan(2);
        }
        assertThat(problems).isEmpty();
    }

    /** A page of the guide added without a line in the table above fails here: every page is read in every language. */
    @Test
    void everyGuideAddressIsInTheTable() {
        Set<String> listed = new TreeSet<>();
        GUIDE_PAGES.keySet().forEach(page -> listed.add(page.replaceAll("\\?.*", "").replaceAll("^/(practices|initiatives|chapters)/.+", "/$1/{}")));
        Set<String> unlisted = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/guide/{lang}"))
                .map(pattern -> pattern.substring("/guide/{lang}".length()))
                .filter(page -> !ENTRIES.contains(page) && !listed.contains(page.replaceAll("\\{[a-z]+}", "{}")) && !page.equals("/**"))
                .forEach(page -> unlisted.add(page + " (" + ((HandlerMethod) method).getMethod().getName() + ")")));
        assertThat(unlisted).as("guide pages the table does not list").isEmpty();
    }

    /** Addresses that only send the reader elsewhere, without a page of their own. */
    private static final Set<String> ENTRIES = Set.of("", "/language");

    /** Signs in as the admin through the form, from this site, and returns the session cookie. */
    private String signedInCookie() throws Exception {
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return signedIn.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID"))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Map<String, Integer> pages(Object... pathsAndStatuses) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndStatuses.length; i += 2) {
            pages.put((String) pathsAndStatuses[i], (Integer) pathsAndStatuses[i + 1]);
        }
        return pages;
    }
}
