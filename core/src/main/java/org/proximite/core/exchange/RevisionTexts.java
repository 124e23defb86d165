package org.proximite.core.exchange;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;
import org.proximite.core.internal.Chunks;

/**
 * Texts as they were at given versions, from their kept revisions: what a tool read, or a
 * translator's file was made from, to merge what it changed.
 */
public final class RevisionTexts {

    private RevisionTexts() {}

    /** The revisions of one item at these versions, by language; a version that was never saved is left out. One statement. */
    static Map<String, LanguageText> at(DSLContext dsl, long itemId, Map<String, Integer> versions) {
        return at(dsl, Map.of(itemId, versions)).getOrDefault(itemId, Map.of());
    }

    /**
     * The revisions of several items at these versions (item id, then language); a version that
     * was never saved is left out. One statement per 500 texts.
     */
    public static Map<Long, Map<String, LanguageText>> at(DSLContext dsl, Map<Long, Map<String, Integer>> versions) {
        List<Row3<Long, String, Integer>> wanted = new ArrayList<>();
        versions.forEach((itemId, byLanguage) -> byLanguage.forEach((language, version) -> wanted.add(DSL.row(itemId, language, version))));
        record Key(long itemId, String language) {}
        Map<Key, Integer> found = new HashMap<>();
        Map<Key, TextState> states = new HashMap<>();
        Map<Key, Map<String, String>> fields = new HashMap<>();
        for (List<Row3<Long, String, Integer>> chunk : Chunks.of(wanted)) {
            dsl.select(CONTENT_REVISION.ITEM_ID, CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION, CONTENT_REVISION.STATE,
                            CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE)
                    .from(CONTENT_REVISION)
                    .leftJoin(CONTENT_REVISION_FIELD).on(CONTENT_REVISION_FIELD.ITEM_ID.eq(CONTENT_REVISION.ITEM_ID))
                            .and(CONTENT_REVISION_FIELD.LANGUAGE_CODE.eq(CONTENT_REVISION.LANGUAGE_CODE))
                            .and(CONTENT_REVISION_FIELD.VERSION.eq(CONTENT_REVISION.VERSION))
                    .where(DSL.row(CONTENT_REVISION.ITEM_ID, CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION).in(chunk))
                    .forEach(row -> {
                        Key key = new Key(row.value1(), row.value2());
                        found.put(key, row.value3());
                        states.put(key, TextState.valueOf(row.value4()));
                        Map<String, String> values = fields.computeIfAbsent(key, k -> new HashMap<>());
                        if (row.value5() != null) {
                            values.put(row.value5(), row.value6());
                        }
                    });
        }
        Map<Long, Map<String, LanguageText>> texts = new HashMap<>();
        found.forEach((key, version) -> texts.computeIfAbsent(key.itemId(), id -> new HashMap<>()).put(key.language(),
                new LanguageText(states.get(key), version, new ItemText(fields.get(key)), null, null, null, null)));
        return texts;
    }
}
