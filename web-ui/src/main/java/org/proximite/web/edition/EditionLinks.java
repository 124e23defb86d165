package org.proximite.web.edition;

import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the links of pages rendered by the guide's templates at what a document has: another
 * part of the same PDF, or a page of the same offline copy. A link to anything the document does
 * not hold (a theme's list, a chapter's page, the workspace) keeps its words and loses its link.
 */
final class EditionLinks {

    private EditionLinks() {}

    /**
     * @param lang the language of the document's pages
     * @param target gives the new address for a guide address after {@code /guide/{lang}} (e.g.
     *     {@code /practices/x}), or null when the document has no such page
     */
    static void rewrite(Document document, String lang, Function<String, String> target) {
        String guide = "/guide/" + lang;
        for (Element link : document.select("a[href^=/]")) {
            String href = link.attr("href");
            String rest = href.equals(guide) ? "/" : href.startsWith(guide + "/") ? href.substring(guide.length()) : null;
            String to = rest == null ? null : target.apply(rest);
            if (to == null) {
                link.unwrap();
            } else {
                link.attr("href", to);
            }
        }
    }

    /** {@code practice-x} for {@code /practices/x}, {@code initiative-y} for {@code /initiatives/y}; else null. */
    static String anchorOf(String rest) {
        String[] parts = rest.split("/");
        if (parts.length != 3 || parts[2].isEmpty() || parts[2].contains("?")) {
            return null;
        }
        return switch (parts[1]) {
            case "practices" -> "practice-" + parts[2];
            case "initiatives" -> "initiative-" + parts[2];
            default -> null;
        };
    }
}
