package org.proximite.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.Source;
import org.proximite.core.content.TextState;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionRenderer;
import org.proximite.core.edition.EditionSnapshot;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.web.testing.Drafts;
import org.proximite.web.testing.InBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The XSS corpus ({@code xss/*.txt}: OWASP filter evasions, HTML tokenizer edge cases, naughty
 * strings) in every Markdown field and every plain field of a practice and of an initiative,
 * published through the core's writes, then shown in Chromium wherever people meet them: the
 * guide's pages, lists and search, the workspace's preview, lists, search, overview and editor
 * (with its live preview), the API's HTML fields rendered as a page, and an edition's offline
 * copy. A hook set before any page script records every call of {@code alert}, {@code prompt},
 * {@code confirm} and {@code print} and every dialog, and the DOM is searched for what a sanitiser
 * should have removed (event handler attributes, {@code javascript:} addresses, scripts, frames).
 * The browser ignores Content-Security-Policy here: the guide's policy forbids every script, and
 * it must not be what hides a hole in escaping or sanitising.
 */
class XssInBrowserIT extends InBrowserTest {

    private static final String PRACTICE = "xss-practice";
    private static final String INITIATIVE = "xss-initiative";
    /** Practices with vectors as their title and summary, as many as fit: the lists and the search show them all. */
    private static final String TITLED = "xss-title-";
    /** An escaped comment and script opened and never closed: the last practice of the offline copy, alone. */
    private static final String OPENED = "<!--<script>";

    private static final List<String> CORPUS = corpus();

    @Autowired
    PracticeEditing practices;

    @Autowired
    InitiativeEditing initiatives;

    @Autowired
    PracticeQueries practiceQueries;

    @Autowired
    InitiativeQueries initiativeQueries;

    @Autowired
    List<EditionRenderer> renderers;

    @TempDir
    static Path offline;

    private static int titled;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The corpus, one vector a line in each file; {@code \n} in a line stands for a line break. */
    static List<String> corpus() {
        List<String> corpus = new ArrayList<>();
        for (String file : List.of("filter-evasion.txt", "html5lib-tokenizer.txt", "naughty-strings.txt")) {
            try (InputStream in = XssInBrowserIT.class.getResourceAsStream("/xss/" + file)) {
                assertThat(in).as("xss/%s on the class path", file).isNotNull();
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.replace("\\n", "\n"))
                        .forEach(corpus::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return corpus;
    }

    @BeforeEach
    void storeTheCorpusOnce() {
        if (titled > 0) {
            return;
        }
        String everything = String.join("\n\n", CORPUS);
        String summary = upTo(1000, " ");
        List<Source> sources = List.of(
                new Source(upTo(400, " "), upTo(200, " "), null, "https://example.org/?q=%3Cscript%3Ealert(1)%3C/script%3E", null, "fr", upTo(500, " ")),
                new Source("<img src=x onerror=alert('source')>", "\"><script>alert('author')</script>", null, null, null, null,
                        "</cite><script>alert('note')</script>"));

        Map<String, String> practiceFields = new HashMap<>();
        ItemKind.PRACTICE.textFields().forEach(field -> practiceFields.put(field.name(), field.markdown() ? everything : summary));
        practiceFields.put("title", "Pratique </title><script>alert('title')</script><img src=x onerror=alert('title')>");
        ItemDraft practiceItem = ItemDraft.blank("fr").with(PRACTICE, "fr", false, List.of())
                .withText("fr", ItemText.of(ItemKind.PRACTICE, practiceFields)).withState("fr", TextState.PUBLISHED)
                .withText("en", ItemText.of(ItemKind.PRACTICE, practiceFields)).withState("en", TextState.PUBLISHED)
                .withSources(sources);
        practices.save(new PracticeDraft(practiceItem, EvidenceLevel.PRACTICE_BASED), Drafts.COORDINATOR);

        Map<String, String> initiativeFields = new HashMap<>();
        ItemKind.INITIATIVE.textFields().forEach(field -> initiativeFields.put(field.name(), field.markdown() ? everything : summary));
        initiativeFields.put("title", "Initiative \"><svg/onload=alert('title')>");
        ItemDraft initiativeItem = ItemDraft.blank("fr").with(INITIATIVE, "fr", false, List.of())
                .withText("fr", ItemText.of(ItemKind.INITIATIVE, initiativeFields)).withState("fr", TextState.PUBLISHED)
                .withSources(sources);
        initiatives.save(InitiativeDraft.blank("fr").withItem(initiativeItem)
                .withOwn(new InitiativeFacts("meeting", null, "<img src=x onerror=alert('locality')>", null, null, 2020, false, 12),
                        Map.of(), List.of(PRACTICE)), Drafts.COORDINATOR);

        List<String> titles = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        for (String vector : CORPUS) {
            String plain = vector.replace('\n', ' ');
            if (vector.equals(OPENED)) {
                continue;
            }
            if (!title.isEmpty() && title.length() + 1 + plain.length() > 200) {
                titles.add(title.toString());
                title.setLength(0);
            }
            title.append(title.isEmpty() ? "" : " ").append(plain);
        }
        titles.add(title.toString());
        titles.add(OPENED);
        for (String each : titles) {
            titled++;
            practices.save(Drafts.frenchPractice(TITLED + titled, List.of(), each, each), Drafts.COORDINATOR);
        }
        // The search index follows the writes on its own thread.
        await().atMost(Duration.ofSeconds(30)).until(() -> api("/api/v1/search?lang=fr&q=pratique").get("total").asInt() > 0);
    }

    /** The vectors joined by {@code separator}, as many as fit in {@code limit} characters, on one line. */
    private static String upTo(int limit, String separator) {
        StringBuilder joined = new StringBuilder();
        for (String vector : CORPUS) {
            String plain = vector.replace('\n', ' ');
            if (joined.length() + separator.length() + plain.length() > limit) {
                continue;
            }
            joined.append(joined.isEmpty() ? "" : separator).append(plain);
        }
        return joined.toString().strip();
    }

    @Test
    void nothingRunsInTheGuidesPages() {
        try (Watch watch = new Watch("fr-FR")) {
            watch.open(url("/guide/fr/practices/" + PRACTICE));
            watch.open(url("/guide/en/practices/" + PRACTICE));
            watch.open(url("/guide/fr/initiatives/" + INITIATIVE));
            watch.open(url("/guide/fr/"));
            watch.open(url("/guide/fr/initiatives"));
            for (int page = 1; page <= (titled + 1) / 20 + 1; page++) {
                watch.open(url("/guide/fr/practices?page=" + page));
            }
            for (String vector : List.of(CORPUS.get(0), "<img src=x onerror=alert(1)>", "\"><script>alert(123)</script>", "</title><script>alert(1)</script>",
                    "script alert", "onerror")) {
                watch.open(url("/guide/fr/search?q=" + URLEncoder.encode(vector, StandardCharsets.UTF_8)));
            }
            assertThat(watch.problems()).isEmpty();
        }
    }

    @Test
    void nothingRunsInTheWorkspaceItsPreviewsAndItsEditor() {
        try (Watch watch = new Watch("fr-FR")) {
            Page login = watch.context.newPage();
            login.navigate(url("/login"));
            signIn(login, ADMIN_PASSWORD, "Se connecter");
            login.locator("vaadin-app-layout").waitFor();
            login.close();

            watch.open(url("/workspace/practices/" + PRACTICE), ".markdown");
            watch.open(url("/workspace/initiatives/" + INITIATIVE), ".markdown");
            watch.open(url("/workspace/practices"), "h1");
            watch.open(url("/workspace"), "h1");
            watch.open(url("/workspace/overview"), "vaadin-grid");
            watch.open(url("/edit/initiatives/" + INITIATIVE), ".markdown-preview .markdown");

            Page search = watch.open(url("/workspace/search"), ".search-words");
            search.locator(".search-words input").fill("<img src=x onerror=alert(1)> script alert");
            search.locator(".search-words input").press("Enter");
            search.locator(".search-result").first().waitFor();
            search.waitForLoadState(LoadState.NETWORKIDLE);
            watch.settle(search);

            Page editor = watch.open(url("/edit/practices/" + PRACTICE), ".markdown-preview .markdown");
            var body = editor.locator(".language-column[lang=fr] .markdown-field textarea").first();
            body.fill("MARQUEUR-APERCU\n\n<img src=x onerror=alert('typed')>\n\n[lien](javascript:alert('typed'))\n\n" + CORPUS.get(0));
            body.press("Tab");
            editor.locator(".markdown-preview").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("MARQUEUR-APERCU")).first()
                    .waitFor();
            editor.waitForLoadState(LoadState.NETWORKIDLE);
            watch.settle(editor);
            assertThat(watch.problems()).isEmpty();
        }
    }

    /** The API gives the Markdown fields as HTML for readers' own pages: shown as they are, they run nothing either. */
    @Test
    void theApisHtmlFieldsRunNothingWhenShown() throws Exception {
        List<String> fragments = new ArrayList<>();
        for (String path : List.of("/api/v1/practices/" + PRACTICE + "?lang=fr", "/api/v1/initiatives/" + INITIATIVE + "?lang=fr",
                "/api/v1/search?lang=fr&q=" + URLEncoder.encode("script alert img onerror", StandardCharsets.UTF_8))) {
            collectHtml(api(path), fragments);
        }
        assertThat(fragments).as("HTML fields of the API").hasSizeGreaterThan(8);
        try (Watch watch = new Watch("fr-FR")) {
            for (String html : fragments) {
                watch.show(html);
            }
            assertThat(watch.problems()).isEmpty();
        }
    }

    /** An edition's offline copy is opened from the disk, where no policy protects it: its pages and its search run nothing either. */
    @Test
    void nothingRunsInAnEditionsOfflineCopyAndItsSearchStillWorks() throws Exception {
        var items = new ArrayList<>(List.of(practiceQueries.find(PRACTICE, "fr", false).orElseThrow()));
        // The last one opens a comment and a script: nothing after it in the search index may close what it opened.
        for (int i = 1; i <= titled; i++) {
            items.add(practiceQueries.find(TITLED + i, "fr", false).orElseThrow());
        }
        String last = TITLED + titled;
        EditionSnapshot snapshot = new EditionSnapshot("xss", 1, "fr", null, Map.of(), OffsetDateTime.now(), items,
                List.of(initiativeQueries.find(INITIATIVE, "fr", false).orElseThrow()), List.of());
        EditionRenderer renderer = renderers.stream().filter(each -> each.format() == EditionFormat.OFFLINE).findFirst().orElseThrow();
        unzip(renderer.render(snapshot), offline);

        try (Watch watch = new Watch("fr-FR")) {
            watch.open(offline.resolve("index.html").toUri().toString());
            watch.open(offline.resolve("practices/" + PRACTICE + ".html").toUri().toString());
            watch.open(offline.resolve("initiatives/" + INITIATIVE + ".html").toUri().toString());
            watch.open(offline.resolve("practices/" + TITLED + "1.html").toUri().toString());
            watch.open(offline.resolve("practices/" + last + ".html").toUri().toString());
            Page search = watch.open(offline.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("alert onerror", StandardCharsets.UTF_8));
            assertThat(search.locator("#results li").count()).as("pages the offline search finds").isPositive();
            Page none = watch.open(offline.resolve("search.html").toUri() + "?q=zzzyxwv");
            assertThat(none.locator("#no-result").isVisible()).as("the offline search ran and found nothing").isTrue();
            assertThat(none.locator("#results li").count()).isZero();
            assertThat(watch.problems()).isEmpty();
        }
    }

    /** The hook itself works: a handler that runs, a dialog, and what a sanitiser should have removed are all seen. */
    @Test
    void theHookSeesWhatRuns() {
        try (Watch watch = new Watch("fr-FR")) {
            watch.show("<img src=x onerror=\"alert('control')\"><a href=\"javascript:void(0)\">link</a>");
            watch.show("<iframe srcdoc=\"<script>prompt('framed')</script>\"></iframe>");
            assertThat(watch.problems()).anyMatch(problem -> problem.startsWith("ran: alert(control)"))
                    .anyMatch(problem -> problem.startsWith("ran: prompt(framed)"))
                    .anyMatch(problem -> problem.contains("img with the handler onerror"))
                    .anyMatch(problem -> problem.contains("a with href=javascript:"))
                    .anyMatch(problem -> problem.contains("a iframe element"));
        }
    }

    /**
     * A browser profile with the hook: every {@code alert}, {@code prompt}, {@code confirm} and
     * {@code print}, in any frame, reports to the test, and so does every dialog.
     */
    private final class Watch implements AutoCloseable {

        private static final String HOOK = """
                (() => {
                  const report = (what) => { try { window.__xssRan(what + ' @ ' + location.href); } catch (e) {} };
                  for (const name of ['alert', 'prompt', 'confirm', 'print']) {
                    try {
                      Object.defineProperty(window, name, { configurable: true, writable: true,
                          value: (...args) => report(name + '(' + args.map(String).join(', ') + ')') });
                    } catch (e) {}
                  }
                })();
                """;

        /** What a sanitiser or an escape should have left out of the page. */
        private static final String LEFTOVERS = """
                () => {
                  const found = [];
                  const address = /^[\\s\\u0000-\\u001f]*(javascript|vbscript|livescript|data)\\s*:/i;
                  // The page's own: Vaadin's bootstrap, the offline copy's search index and script.
                  const own = (script) => script.hasAttribute('data-app-id')
                      || (script.id === 'search-index' && script.type === 'application/json')
                      || /(^|\\/)search\\.js$/.test(script.getAttribute('src') || '')
                      || /^\\.?\\/?VAADIN\\//.test(script.getAttribute('src') || '');
                  for (const element of document.head.querySelectorAll('script, meta[http-equiv]')) {
                    if (/alert|prompt|confirm|javascript:/i.test(element.outerHTML)) {
                      found.push('in the head: ' + element.outerHTML.slice(0, 120));
                    }
                  }
                  for (const element of document.body.querySelectorAll('*')) {
                    for (const attribute of element.attributes) {
                      const name = attribute.name.toLowerCase();
                      if (name.startsWith('on')) {
                        found.push(element.localName + ' with the handler ' + name + '=' + attribute.value);
                      }
                      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'lowsrc', 'poster', 'srcdoc'].includes(name)
                          && address.test(attribute.value)) {
                        found.push(element.localName + ' with ' + name + '=' + attribute.value);
                      }
                    }
                    if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet', 'link', 'meta', 'style'].includes(element.localName)) {
                      found.push('a ' + element.localName + ' element: ' + element.outerHTML.slice(0, 120));
                    }
                    if (element.localName === 'script' && !own(element)) {
                      found.push('a script element: ' + element.outerHTML.slice(0, 120));
                    }
                  }
                  return found;
                }
                """;

        final BrowserContext context;
        private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
        private final List<String> leftovers = new ArrayList<>();

        Watch(String locale) {
            context = reader(new Browser.NewContextOptions().setLocale(locale).setBypassCSP(true));
            context.exposeBinding("__xssRan", (source, args) -> {
                ran.add(String.valueOf(args[0]));
                return null;
            });
            context.addInitScript(HOOK);
            context.onPage(page -> page.onDialog(dialog -> {
                ran.add("a " + dialog.type() + " dialog: " + dialog.message() + " @ " + page.url());
                dialog.dismiss();
            }));
        }

        /** Opens a page the server renders whole (the guide, the offline copy), lets handlers fire, and looks at the DOM. */
        Page open(String address) {
            Page page = context.newPage();
            page.navigate(address);
            settle(page);
            return page;
        }

        /** Opens a workspace page, waits for {@code selector} and for the page's requests to end, lets handlers fire, and looks at the DOM. */
        Page open(String address, String selector) {
            Page page = context.newPage();
            page.navigate(address);
            page.locator(selector).first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            settle(page);
            return page;
        }

        /** Shows a fragment of HTML as a page of its own. */
        void show(String html) {
            Page page = context.newPage();
            page.setContent("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>fragment</title></head><body><div>" + html + "</div></body></html>");
            settle(page);
        }

        /** After the page's load (its images loaded or failed, their handlers run), waits two frames for autofocus and animations, then looks. */
        void settle(Page page) {
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done())))");
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(LEFTOVERS);
            found.forEach(each -> leftovers.add(each + " @ " + page.url()));
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            ran.forEach(each -> problems.add("ran: " + each));
            leftovers.forEach(each -> problems.add("left in the page: " + each));
            return problems;
        }

        @Override
        public void close() {
            context.close();
        }
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Every field of the JSON whose name ends with {@code Html}, wherever it is. */
    private static void collectHtml(JsonNode node, List<String> fragments) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode value = node.get(name);
                if (name.endsWith("Html") && value.isString()) {
                    fragments.add(value.asString());
                } else {
                    collectHtml(value, fragments);
                }
            }
        } else if (node.isArray()) {
            node.forEach(each -> collectHtml(each, fragments));
        }
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(into)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, entries.readAllBytes());
            }
        }
    }
}
