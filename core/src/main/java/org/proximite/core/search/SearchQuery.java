package org.proximite.core.search;

import java.util.Map;

/**
 * What a reader asks: words, the language they read in (results in it come first and are shown
 * in it when they exist in it), narrowed by facets, one page at a time.
 *
 * @param text the words as typed; blank lists everything the facets keep
 * @param language the reader's language
 * @param filters facet name ({@link SearchIndex#FACETS}) to the value kept; unknown names are ignored
 */
public record SearchQuery(String text, String language, Map<String, String> filters, int page, int size) {

    /** Longer queries are cut here: nobody types more, and a pasted page must not cost the server. */
    public static final int MAX_LENGTH = 200;
    public static final int MAX_SIZE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        page = Math.max(page, 0);
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    public static SearchQuery of(String text, String language) {
        return new SearchQuery(text, language, Map.of(), 0, 20);
    }
}
