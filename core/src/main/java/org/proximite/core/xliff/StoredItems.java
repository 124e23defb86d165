package org.proximite.core.xliff;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.internal.Chunks;

/** The items a file names, as stored: one statement per 500 items. */
final class StoredItems {

    /** An item as the export and the import need it. */
    record Stored(long id, ItemKey key, String chapterId, String defaultLanguage) {}

    private StoredItems() {}

    /** The items of these keys that exist; the others are left out. */
    static Map<ItemKey, Stored> find(DSLContext dsl, Collection<ItemKey> keys) {
        List<Row2<String, String>> wanted = new ArrayList<>();
        keys.forEach(key -> wanted.add(DSL.row(key.kind().name(), key.slug())));
        Map<ItemKey, Stored> found = new HashMap<>();
        for (List<Row2<String, String>> chunk : Chunks.of(wanted)) {
            dsl.select(CONTENT_ITEM.ID, CONTENT_ITEM.KIND, CONTENT_ITEM.SLUG, CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.DEFAULT_LANGUAGE)
                    .from(CONTENT_ITEM)
                    .where(DSL.row(CONTENT_ITEM.KIND, CONTENT_ITEM.SLUG).in(chunk))
                    .forEach(row -> {
                        ItemKey key = new ItemKey(ItemKind.valueOf(row.value2()), row.value3());
                        found.put(key, new Stored(row.value1(), key, row.value4(), row.value5()));
                    });
        }
        return found;
    }
}
