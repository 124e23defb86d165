package org.proximite.core.search;

/**
 * One result, shown in the reader's language when the item has it, else in its default language.
 *
 * @param kind {@code practice} or {@code initiative}
 * @param language the language of the title and snippet
 * @param fallback true when that is not the reader's language
 * @param snippetHtml a passage of the text with the words found in {@code <mark>}; everything else
 *     is escaped, so it is safe to show as HTML
 * @param snippetLanguage the language of the snippet: the found words may be in another language than the title
 */
public record SearchHit(
        String kind,
        String slug,
        String title,
        String language,
        boolean fallback,
        String snippetHtml,
        String snippetLanguage,
        String chapterId,
        String evidenceLevel,
        String initiativeKind) {}
