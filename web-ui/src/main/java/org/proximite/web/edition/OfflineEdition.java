package org.proximite.web.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionRenderer;
import org.proximite.core.edition.EditionSnapshot;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.guide.GuideFrame;
import org.proximite.web.guide.GuidePages;
import org.proximite.web.guide.GuideTexts;
import org.springframework.stereotype.Component;

/**
 * An edition's offline copy in one language: a zip of the guide's own pages (same templates, same
 * look, no script needed) with relative links: an {@code index.html}, the practices by theme, each
 * practice, initiative and chapter, and a search page that works from the files alone
 * ({@code search-index.json} and a small {@code search.js}).
 */
@Component
class OfflineEdition implements EditionRenderer {

    private final GuidePages pages;
    private final MarkdownRenderer markdown;

    OfflineEdition(GuidePages pages, MarkdownRenderer markdown) {
        this.pages = pages;
        this.markdown = markdown;
    }

    @Override
    public EditionFormat format() {
        return EditionFormat.OFFLINE;
    }

    @Override
    public byte[] render(EditionSnapshot edition) {
        GuideTexts t = pages.texts(edition.language());
        EditionCover cover = EditionCover.of(edition, t);
        String notice = t.get("edition.offline.notice", t.get("edition.of-scope", cover.title(), edition.number()), cover.madeOn());
        Set<String> held = new HashSet<>();
        edition.practices().forEach(page -> held.add("/practices/" + page.item().slug()));
        edition.initiatives().forEach(page -> held.add("/initiatives/" + page.item().slug()));
        edition.chapters().forEach(chapter -> held.add("/chapters/" + chapter.chapter().id()));
        List<OfflineSearchIndex.Entry> index = OfflineSearchIndex.of(edition);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Page page = new Page(zip, edition.language(), held, notice);
            page.write("index.html", "", pages.html("edition/offlineIndex", pages.documentFrame(edition.language(), cover.title(), "home"),
                    Map.of("edition", edition, "title", cover.title(), "madeOn", cover.madeOn())));
            page.write("search.html", "", pages.html("edition/offlineSearch", pages.documentFrame(edition.language(), t.get("search.title"), "search"),
                    Map.of("entries", index, "indexJson", OfflineSearchIndex.jsonInScript(index))));
            page.write("themes.html", "", pages.html("edition/offlineThemes", pages.documentFrame(edition.language(), t.get("home.themes"), "themes"),
                    Map.of("themes", OfflineThemes.of(edition))));
            for (var chapter : edition.chapters()) {
                GuideFrame frame = pages.documentFrame(edition.language(), chapter.chapter().name(), "chapters");
                page.write("chapters/" + chapter.chapter().id() + ".html", "../", pages.html("guide/chapter", frame, Map.of(
                        "chapter", chapter.chapter(), "pages", chapter.pages(), "terms", chapter.terms(), "adaptations", chapter.adaptations(),
                        "markdown", markdown)));
            }
            for (var practice : edition.practices()) {
                GuideFrame frame = pages.documentFrame(edition.language(), practice.shown().text().title(), "practices");
                page.write("practices/" + practice.item().slug() + ".html", "../", pages.html("guide/practice", frame,
                        Map.of("practice", practice, "markdown", markdown, "chapterNames", edition.chapterNames())));
            }
            for (var initiative : edition.initiatives()) {
                GuideFrame frame = pages.documentFrame(edition.language(), initiative.shown().text().title(), "initiatives");
                page.write("initiatives/" + initiative.item().slug() + ".html", "../", pages.html("guide/initiative", frame,
                        Map.of("initiative", initiative, "markdown", markdown, "chapterNames", edition.chapterNames())));
            }
            add(zip, "search-index.json", OfflineSearchIndex.json(index).getBytes(StandardCharsets.UTF_8));
            add(zip, "search.js", script());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the guide's pages into the zip, their links made relative and what has no offline page taken out. */
    private record Page(ZipOutputStream zip, String lang, Set<String> held, String notice) {

        void write(String name, String up, String html) throws IOException {
            Document document = Jsoup.parse(html);
            document.select("link[rel=alternate], nav.languages, footer").remove();
            EditionLinks.rewrite(document, lang, rest -> target(rest, up));
            document.select("header nav li").stream().filter(item -> item.selectFirst("a, span") == null).forEach(Element::remove);
            Element main = document.getElementById("main");
            if (main != null) {
                main.prependElement("p").addClass("notice").attr("role", "note").text(notice);
            }
            add(zip, name, document.outerHtml().getBytes(StandardCharsets.UTF_8));
        }

        private String target(String rest, String up) {
            return switch (rest) {
                case "/" -> up + "index.html";
                case "/practices" -> up + "index.html#practices";
                case "/initiatives" -> up + "index.html#initiatives";
                case "/chapters" -> up + "index.html#chapters";
                case "/themes" -> up + "themes.html";
                case "/search" -> up + "search.html";
                default -> held.contains(rest) ? up + rest.substring(1) + ".html" : null;
            };
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] script() throws IOException {
        try (InputStream in = OfflineEdition.class.getResourceAsStream("/edition/search.js")) {
            if (in == null) {
                throw new IOException("edition/search.js is missing from the class path");
            }
            return in.readAllBytes();
        }
    }
}
