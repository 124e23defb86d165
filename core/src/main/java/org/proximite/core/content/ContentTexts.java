package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.core.internal.FixedStatement;

/**
 * Reads the texts of items: every language's working copy with its state and version, as editors
 * see them, or the published versions, as readers see them.
 */
public final class ContentTexts {

    private ContentTexts() {}

    /** The item's texts by language, sorted by language code. */
    public static Map<String, LanguageText> of(DSLContext dsl, long itemId) {
        return ofItems(dsl, List.of(itemId)).getOrDefault(itemId, new TreeMap<>());
    }

    /** The texts of several items at once: item id, then language. */
    public static Map<Long, Map<String, LanguageText>> ofItems(DSLContext dsl, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        // One statement: each text's row comes once per field, grouped here. One item's (an
        // editor's opening) is a statement rendered once.
        record Key(long itemId, String language) {}
        Map<Key, Map<String, String>> fields = new HashMap<>();
        Map<Key, org.jooq.Record> heads = new java.util.LinkedHashMap<>();
        Iterable<org.jooq.Record> rows = itemIds.size() == 1 ? TEXTS_OF_ITEM.fetchWith(dsl, TEXT_COLUMNS, itemIds.iterator().next()).fetch()
                : dsl.fetch(textsWhere(CONTENT_TEXT.ITEM_ID.in(itemIds)));
        rows.forEach(row -> {
            Key key = new Key(row.get(CONTENT_TEXT.ITEM_ID), row.get(CONTENT_TEXT.LANGUAGE_CODE));
            heads.putIfAbsent(key, row);
            Map<String, String> values = fields.computeIfAbsent(key, k -> new HashMap<>());
            String name = row.get(CONTENT_REVISION_FIELD.FIELD_NAME);
            if (name != null) {
                values.put(name, row.get(CONTENT_REVISION_FIELD.FIELD_VALUE));
            }
        });
        Map<Long, Map<String, LanguageText>> texts = new HashMap<>();
        heads.forEach((key, head) -> texts.computeIfAbsent(key.itemId(), id -> new TreeMap<>())
                .put(key.language(), new LanguageText(TextState.valueOf(head.get(CONTENT_TEXT.STATE)), head.get(CONTENT_TEXT.VERSION),
                        new ItemText(fields.get(key)), head.get(CONTENT_TEXT.UPDATED_AT), head.get(CONTENT_TEXT.UPDATED_BY),
                        head.get(CONTENT_TEXT.PUBLISHED_VERSION), head.get(CONTENT_TEXT.SOURCE_VERSION))));
        return texts;
    }

    private static final List<org.jooq.Field<?>> TEXT_COLUMNS = List.of(CONTENT_TEXT.ITEM_ID, CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.STATE,
            CONTENT_TEXT.VERSION, CONTENT_TEXT.UPDATED_AT, CONTENT_TEXT.UPDATED_BY, CONTENT_TEXT.PUBLISHED_VERSION, CONTENT_TEXT.SOURCE_VERSION,
            CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE);

    private static final FixedStatement TEXTS_OF_ITEM = FixedStatement.of(values -> textsWhere(CONTENT_TEXT.ITEM_ID.eq(values.next(CONTENT_TEXT.ITEM_ID))));

    /** The texts' rows, once per field of their current version. */
    private static org.jooq.ResultQuery<org.jooq.Record> textsWhere(org.jooq.Condition which) {
        return DSL.select(TEXT_COLUMNS).from(CONTENT_TEXT).leftJoin(CONTENT_REVISION_FIELD).on(currentFields()).where(which);
    }

    /** The texts readers see of one item: each language's published version, by language. */
    public static Map<String, LanguageText> publishedOf(DSLContext dsl, long itemId) {
        return publishedOfItems(dsl, List.of(itemId)).getOrDefault(itemId, new TreeMap<>());
    }

    /**
     * The texts readers see of several items: each language's published version (with when and
     * by whom that version was saved), item id then language. One statement.
     */
    public static Map<Long, Map<String, LanguageText>> publishedOfItems(DSLContext dsl, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        record Key(long itemId, String language) {}
        Map<Key, Map<String, String>> fields = new HashMap<>();
        Map<Key, org.jooq.Record> heads = new java.util.LinkedHashMap<>();
        dsl.select(CONTENT_TEXT.ITEM_ID, CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.PUBLISHED_VERSION, CONTENT_TEXT.SOURCE_VERSION,
                        CONTENT_REVISION.CREATED_AT, CONTENT_REVISION.CREATED_BY, CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE)
                .from(CONTENT_TEXT)
                .join(CONTENT_REVISION).on(CONTENT_REVISION.ITEM_ID.eq(CONTENT_TEXT.ITEM_ID))
                        .and(CONTENT_REVISION.LANGUAGE_CODE.eq(CONTENT_TEXT.LANGUAGE_CODE))
                        .and(CONTENT_REVISION.VERSION.eq(CONTENT_TEXT.PUBLISHED_VERSION))
                .leftJoin(CONTENT_REVISION_FIELD).on(CONTENT_REVISION_FIELD.ITEM_ID.eq(CONTENT_TEXT.ITEM_ID))
                        .and(CONTENT_REVISION_FIELD.LANGUAGE_CODE.eq(CONTENT_TEXT.LANGUAGE_CODE))
                        .and(CONTENT_REVISION_FIELD.VERSION.eq(CONTENT_TEXT.PUBLISHED_VERSION))
                .where(CONTENT_TEXT.ITEM_ID.in(itemIds))
                .forEach(row -> {
                    Key key = new Key(row.value1(), row.value2());
                    heads.putIfAbsent(key, row);
                    Map<String, String> values = fields.computeIfAbsent(key, k -> new HashMap<>());
                    if (row.value7() != null) {
                        values.put(row.value7(), row.value8());
                    }
                });
        Map<Long, Map<String, LanguageText>> texts = new HashMap<>();
        heads.forEach((key, head) -> {
            int version = head.get(CONTENT_TEXT.PUBLISHED_VERSION);
            texts.computeIfAbsent(key.itemId(), id -> new TreeMap<>()).put(key.language(), new LanguageText(TextState.PUBLISHED, version,
                    new ItemText(fields.get(key)), head.get(CONTENT_REVISION.CREATED_AT), head.get(CONTENT_REVISION.CREATED_BY), version,
                    head.get(CONTENT_TEXT.SOURCE_VERSION)));
        });
        return texts;
    }

    /**
     * The version readers see of each language's text of several items (item id, then language),
     * without their fields; languages whose readers see none are left out. One statement.
     */
    public static Map<Long, Map<String, Integer>> publishedVersions(DSLContext dsl, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Integer>> versions = new HashMap<>();
        dsl.select(CONTENT_TEXT.ITEM_ID, CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.PUBLISHED_VERSION)
                .from(CONTENT_TEXT)
                .where(CONTENT_TEXT.ITEM_ID.in(itemIds))
                .and(CONTENT_TEXT.PUBLISHED_VERSION.isNotNull())
                .forEach(row -> versions.computeIfAbsent(row.value1(), id -> new TreeMap<>()).put(row.value2(), row.value3()));
        return versions;
    }

    /** One language's text of the item, or null: one statement. */
    public static LanguageText one(DSLContext dsl, long itemId, String language) {
        var rows = dsl.select(CONTENT_TEXT.STATE, CONTENT_TEXT.VERSION, CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE,
                        CONTENT_TEXT.UPDATED_AT, CONTENT_TEXT.UPDATED_BY, CONTENT_TEXT.PUBLISHED_VERSION, CONTENT_TEXT.SOURCE_VERSION)
                .from(CONTENT_TEXT)
                .leftJoin(CONTENT_REVISION_FIELD).on(currentFields())
                .where(CONTENT_TEXT.ITEM_ID.eq(itemId))
                .and(CONTENT_TEXT.LANGUAGE_CODE.eq(language))
                .fetch();
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        rows.forEach(row -> {
            if (row.value3() != null) {
                fields.put(row.value3(), row.value4());
            }
        });
        var first = rows.getFirst();
        return new LanguageText(TextState.valueOf(first.value1()), first.value2(), new ItemText(fields), first.value5(), first.value6(),
                first.value7(), first.value8());
    }

    /** A text's fields as they are now: its current version's, kept with its revisions. */
    static org.jooq.Condition currentFields() {
        return CONTENT_REVISION_FIELD.ITEM_ID.eq(CONTENT_TEXT.ITEM_ID)
                .and(CONTENT_REVISION_FIELD.LANGUAGE_CODE.eq(CONTENT_TEXT.LANGUAGE_CODE))
                .and(CONTENT_REVISION_FIELD.VERSION.eq(CONTENT_TEXT.VERSION));
    }

    /** Only the fields, by language: what merges and plans compare. */
    public static Map<String, ItemText> fieldsOf(DSLContext dsl, long itemId) {
        Map<String, ItemText> fields = new TreeMap<>();
        of(dsl, itemId).forEach((language, text) -> fields.put(language, text.text()));
        return fields;
    }
}
