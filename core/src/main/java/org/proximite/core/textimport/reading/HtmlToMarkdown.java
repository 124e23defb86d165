package org.proximite.core.textimport.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A pasted or uploaded web page as Markdown blocks, one per paragraph, heading, list, quote or
 * table: headings, lists, links, emphasis and code kept; scripts, styles, forms, frames and
 * pictures dropped; a link kept only when it goes to an absolute {@code https}, {@code http} or
 * {@code mailto} address (others keep their words only). Text is escaped so that it cannot become
 * Markdown it was not.
 */
public final class HtmlToMarkdown {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "frame", "frameset",
            "object", "embed", "applet", "svg", "math", "canvas", "img", "picture", "video", "audio", "source", "track", "map",
            "form", "input", "button", "select", "option", "textarea", "head", "title", "meta", "link", "base");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "figure", "figcaption", "address", "details", "summary", "dl", "dt", "dd", "center", "body", "html", "fieldset", "hr");

    /** A hard line break while blocks are built; a Markdown backslash break once done. */
    private static final String BREAK = "\uE000";

    private HtmlToMarkdown() {}

    public static List<String> blocks(String html) {
        Element body = Jsoup.parse(html).body();
        Blocks blocks = new Blocks();
        walk(body, blocks);
        blocks.flush();
        return blocks.done.stream().map(block -> block.replace(BREAK, "\\\n")).toList();
    }

    /** The blocks found so far, and the inline text of the one being read. */
    private static final class Blocks {
        private final List<String> done = new ArrayList<>();
        private final StringBuilder inline = new StringBuilder();

        void flush() {
            String text = collapse(inline.toString());
            if (!text.isBlank()) {
                // Words that would read as a heading or a list item stay words.
                done.add(text.replaceFirst("^(#{1,6}\\s|[-+]\\s)", "\\\\$1").replaceFirst("^(\\d+)([.)]\\s)", "$1\\\\$2"));
            }
            inline.setLength(0);
        }

        void add(String block) {
            flush();
            if (!block.isBlank()) {
                done.add(block.strip());
            }
        }
    }

    private static void walk(Element element, Blocks blocks) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                blocks.inline.append(escape(text.getWholeText()));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (DROPPED.contains(tag)) {
                    continue;
                }
                if (tag.matches("h[1-6]")) {
                    blocks.add("#".repeat(tag.charAt(1) - '0') + " " + collapse(inline(e)));
                } else if (tag.equals("ul") || tag.equals("ol")) {
                    blocks.add(list(e, 0));
                } else if (tag.equals("blockquote")) {
                    Blocks inner = new Blocks();
                    walk(e, inner);
                    inner.flush();
                    blocks.add(String.join("\n>\n", inner.done.stream().map(block -> "> " + block.replace("\n", "\n> ")).toList()));
                } else if (tag.equals("pre")) {
                    blocks.add("```\n" + e.wholeText().replace("```", "ʼʼʼ").stripTrailing() + "\n```");
                } else if (tag.equals("table")) {
                    blocks.add(table(e));
                } else if (tag.equals("br")) {
                    blocks.inline.append(BREAK);
                } else if (BLOCKS.contains(tag) || tag.equals("li")) {
                    blocks.flush();
                    walk(e, blocks);
                    blocks.flush();
                } else {
                    blocks.inline.append(inlineElement(e));
                }
            }
        }
    }

    /** An element inside a block: its words with their emphasis, links and code. */
    private static String inline(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(escape(text.getWholeText()));
            } else if (child instanceof Element e && !DROPPED.contains(e.normalName())) {
                out.append(inlineElement(e));
            }
        }
        return out.toString();
    }

    private static String inlineElement(Element e) {
        String inner = inline(e);
        return switch (e.normalName()) {
            case "strong", "b" -> wrap("**", inner);
            case "em", "i", "cite" -> wrap("*", inner);
            case "code", "kbd", "samp" -> inner.isBlank() ? "" : "`" + e.text().replace("`", "ʼ") + "`";
            case "br" -> BREAK;
            case "a" -> link(e, inner);
            case "ul", "ol" -> "\n" + list(e, 0) + "\n";
            default -> inner;
        };
    }

    /** Emphasis around the words, the spaces around them left outside, as Markdown wants. */
    private static String wrap(String mark, String inner) {
        String text = collapse(inner);
        if (text.isBlank()) {
            return inner;
        }
        String before = Character.isWhitespace(inner.charAt(0)) ? " " : "";
        String after = Character.isWhitespace(inner.charAt(inner.length() - 1)) ? " " : "";
        return before + mark + text + mark + after;
    }

    private static String link(Element a, String inner) {
        String href = a.attr("href").strip();
        String text = collapse(inner);
        String scheme = href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        boolean kept = (scheme.equals("https") || scheme.equals("http")) && href.matches("(?i)https?://[^\\s<>()]+")
                || scheme.equals("mailto") && href.matches("(?i)mailto:[^\\s<>()]+");
        if (!kept || text.isBlank()) {
            return inner;
        }
        return "[" + text + "](" + href + ")";
    }

    private static String list(Element list, int depth) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        boolean ordered = list.normalName().equals("ol");
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            List<String> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    nested.add(list(e, depth + 1));
                } else if (child instanceof TextNode text) {
                    words.append(escape(text.getWholeText()));
                } else if (child instanceof Element e && !DROPPED.contains(e.normalName())) {
                    words.append(BLOCKS.contains(e.normalName()) ? " " + inline(e) + " " : inlineElement(e));
                }
            }
            String marker = ordered ? (number++) + ". " : "- ";
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("  ".repeat(depth)).append(marker).append(collapse(words.toString()).replace("\n", " "));
            nested.forEach(block -> out.append('\n').append(block));
        }
        return out.toString();
    }

    private static String table(Element table) {
        List<String> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            List<String> cells = row.children().stream()
                    .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th"))
                    .map(cell -> collapse(inline(cell)).replace("\n", " "))
                    .toList();
            if (!cells.isEmpty()) {
                rows.add(String.join(" | ", cells));
            }
        }
        return String.join(BREAK, rows);
    }

    /** Spaces and line ends of HTML source as single spaces; hard breaks kept, without spaces around them. */
    private static String collapse(String text) {
        return text.replaceAll("[ \\t\\r\\n\\f\\u00A0]*" + BREAK + "[ \\t\\r\\n\\f]*", BREAK)
                .replaceAll("[ \\t\\r\\n\\f]+", " ").strip();
    }

    /** Characters that would start Markdown of their own. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
    }
}
