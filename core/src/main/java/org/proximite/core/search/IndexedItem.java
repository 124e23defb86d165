package org.proximite.core.search;

import java.util.List;
import java.util.Map;

/**
 * A published practice or initiative as the index holds it: what it is filed under, and its
 * published texts by language, each as a title and plain text (Markdown taken off).
 *
 * @param kind {@code practice} or {@code initiative}
 * @param evidenceLevel a practice's level, else null
 * @param initiativeKind an initiative's kind ({@code event}, {@code training}…), else null
 * @param texts language, then title and text
 */
record IndexedItem(
        String kind,
        String slug,
        String chapterId,
        String defaultLanguage,
        String evidenceLevel,
        String initiativeKind,
        List<String> themes,
        Map<String, Text> texts) {

    record Text(String title, String body) {}

    String key() {
        return key(kind, slug);
    }

    static String key(String kind, String slug) {
        return kind + ":" + slug;
    }
}
