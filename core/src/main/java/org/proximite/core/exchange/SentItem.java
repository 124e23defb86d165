package org.proximite.core.exchange;

import java.util.List;
import java.util.Map;
import org.proximite.core.content.Source;

/**
 * An item as a tool sends it back, or sends a new one. A part left null is left as it is (for a
 * new item: empty, French as its default language).
 *
 * @param version the item's version it was read at (ignored for a new item)
 * @param chapterId the chapter of a new item (ignored for an update: an item does not change chapter)
 * @param texts the languages sent; languages left out are left as they are
 * @param own the kind's own fields, or null
 * @param <O> the kind's own fields
 */
public record SentItem<O>(int version, String slug, String chapterId, String defaultLanguage, Boolean archived, List<String> themes,
        List<Source> sources, Map<String, SentText> texts, O own) {

    public SentItem {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }
}
