package org.proximite.web.edition;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.proximite.core.edition.EditionFormat;
import org.proximite.core.edition.EditionRenderer;
import org.proximite.core.edition.EditionSnapshot;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.guide.GuideFrame;
import org.proximite.web.guide.GuidePages;
import org.springframework.stereotype.Component;

/**
 * An edition's PDF in one language: a cover in the chapter's colour, the contents with their page
 * numbers, practices then initiatives as the guide's pages show them (one per page), bookmarks,
 * a running header and page numbers, and DejaVu Sans embedded.
 */
@Component
class PdfEdition implements EditionRenderer {

    static {
        // openhtmltopdf logs every page it lays out through java.util.logging: warnings only.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final GuidePages pages;
    private final MarkdownRenderer markdown;

    PdfEdition(GuidePages pages, MarkdownRenderer markdown) {
        this.pages = pages;
        this.markdown = markdown;
    }

    @Override
    public EditionFormat format() {
        return EditionFormat.PDF;
    }

    @Override
    public byte[] render(EditionSnapshot edition) {
        EditionCover cover = EditionCover.of(edition, pages.texts(edition.language()));
        GuideFrame frame = pages.documentFrame(edition.language(), cover.title(), "");
        String html = pages.html("edition/pdf", frame, Map.of("edition", edition, "markdown", markdown, "title", cover.title(),
                "colour", cover.colour(), "madeOn", cover.madeOn()));
        Document document = Jsoup.parse(html);
        Set<String> items = numberReferencesPerItem(document);
        EditionLinks.rewrite(document, edition.language(), rest -> {
            String anchor = EditionLinks.anchorOf(rest);
            return anchor != null && items.contains(anchor) ? "#" + anchor : null;
        });
        addBookmarks(document);
        return print(document);
    }

    /** Each item's references keep their numbers, with addresses of their own in the whole document. */
    private static Set<String> numberReferencesPerItem(Document document) {
        Set<String> items = new HashSet<>();
        for (Element item : document.select("div.item[id]")) {
            String id = item.id();
            items.add(id);
            item.select("[id^=ref-]").forEach(reference -> reference.id(id + "-" + reference.id()));
            item.select("a[href^=#ref-]").forEach(link -> link.attr("href", "#" + id + "-" + link.attr("href").substring(1)));
        }
        return items;
    }

    /** The PDF's outline: the contents, then each part with its items. */
    private static void addBookmarks(Document document) {
        Element bookmarks = document.head().appendElement("bookmarks");
        Element contents = document.getElementById("contents");
        if (contents != null) {
            bookmarks.appendElement("bookmark").attr("name", contents.selectFirst("h1").text()).attr("href", "#contents");
        }
        Element part = null;
        for (Element element : document.select("h1.part, div.item")) {
            if (element.hasClass("part")) {
                part = bookmarks.appendElement("bookmark").attr("name", element.text()).attr("href", "#" + element.id());
            } else if (part != null) {
                Element title = element.selectFirst("h1");
                part.appendElement("bookmark").attr("name", title == null ? element.id() : title.text()).attr("href", "#" + element.id());
            }
        }
    }

    private static byte[] print(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            EditionFont.addTo(builder, pdf);
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
