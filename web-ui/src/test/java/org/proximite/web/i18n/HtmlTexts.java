package org.proximite.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.proximite.web.i18n.InterfaceTexts.Shown;

/**
 * The texts of an HTML page or fragment as a reader meets them: its text nodes (not those of
 * scripts and styles) and the attributes that hold words (titles, labels, placeholders,
 * alternative texts, the description), each with the language its closest {@code lang} says.
 */
final class HtmlTexts {

    private static final Set<String> WORDS = Set.of("title", "alt", "placeholder", "aria-label", "aria-description", "label");

    private HtmlTexts() {}

    static List<Shown> ofPage(String html) {
        List<Shown> texts = new ArrayList<>();
        var document = Jsoup.parse(html);
        read(document, null, texts);
        document.select("meta[name=description]").forEach(meta -> texts.add(new Shown(meta.attr("content"), lang(meta))));
        return texts;
    }

    static void read(Element element, String inherited, List<Shown> texts) {
        String lang = element.hasAttr("lang") ? element.attr("lang") : inherited;
        if (element.nameIs("script") || element.nameIs("style")) {
            return;
        }
        for (var attribute : element.attributes()) {
            if (WORDS.contains(attribute.getKey())) {
                texts.add(new Shown(attribute.getValue(), lang));
            }
        }
        if (element.nameIs("input") && List.of("submit", "button", "reset").contains(element.attr("type"))) {
            texts.add(new Shown(element.attr("value"), lang));
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                texts.add(new Shown(text.getWholeText(), lang));
            } else if (child instanceof Element each) {
                read(each, lang, texts);
            }
        }
    }

    private static String lang(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr("lang")) {
                return at.attr("lang");
            }
        }
        return null;
    }
}
