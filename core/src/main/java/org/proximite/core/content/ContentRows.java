package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_TRANSITION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.internal.Chunks;
import org.proximite.core.internal.DeferredWrites;
import org.proximite.core.internal.FixedStatement;

/**
 * The writer's statements on items and texts. Each takes many rows and writes them in a few
 * statements, whatever their number: an editor's save passes one row, a chapter's import
 * hundreds. Nothing here checks who acts or appends to the outbox; {@link ContentWriter} does.
 */
final class ContentRows {

    /** What readers see of a text after a save: this version, what they saw before, or nothing. */
    enum Readers {
        SEE_THIS,
        KEEP,
        NONE
    }

    /**
     * One language's text of one item, to insert at version 1 with its fields (readers see it when
     * it is published). {@code sourceVersion}: the version of the default language's text a
     * translation is written from (null for the default language).
     */
    record NewText(long itemId, String language, TextState state, String sourceFingerprint, Integer sourceVersion, ItemText text) {}

    /** One language's text to replace, if it is still at {@code fromVersion}; its fields are replaced too. */
    record TextUpdate(long itemId, String language, TextState state, int fromVersion, String sourceFingerprint, Integer sourceVersion,
            ItemText text, Readers readers) {

        TextKey key() {
            return new TextKey(itemId, language);
        }
    }


    record TextKey(long itemId, String language) {

        Row2<Long, String> row() {
            return DSL.row(itemId, language);
        }
    }

    /**
     * The rows up to which a statement of several (texts, fields, items) is rendered once and
     * kept: an editor's save writes a few; a chapter's install, hundreds, each time different.
     */
    private static final int FIXED_ROWS = 16;

    private ContentRows() {}

    /** Inserts items at version 1 and returns their ids by slug. */
    static Map<String, Long> insertItems(DSLContext tx, ItemKind kind, List<ItemHeader> headers, String by, OffsetDateTime now) {
        Map<String, Long> ids = new HashMap<>();
        for (List<ItemHeader> chunk : Chunks.of(headers)) {
            var insert = tx.insertInto(CONTENT_ITEM, CONTENT_ITEM.KIND, CONTENT_ITEM.SLUG, CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.ARCHIVED,
                    CONTENT_ITEM.DEFAULT_LANGUAGE, CONTENT_ITEM.EDITED_LOCALLY, CONTENT_ITEM.VERSION, CONTENT_ITEM.CREATED_AT,
                    CONTENT_ITEM.UPDATED_AT, CONTENT_ITEM.UPDATED_BY);
            for (ItemHeader header : chunk) {
                insert = insert.values(kind.name(), header.slug(), header.chapterId(), header.archived(), header.defaultLanguage(),
                        header.editedLocally(), 1, now, now, by);
            }
            insert.execute();
            // A slug names one item of a kind: reading them back is one statement, on every database.
            tx.select(CONTENT_ITEM.SLUG, CONTENT_ITEM.ID).from(CONTENT_ITEM)
                    .where(CONTENT_ITEM.KIND.eq(kind.name()))
                    .and(CONTENT_ITEM.SLUG.in(chunk.stream().map(ItemHeader::slug).toList()))
                    .forEach(row -> ids.put(row.value1(), row.value2()));
        }
        return ids;
    }

    /** Replaces the headers of items and returns each one's new version, by id. */
    static Map<Long, Integer> updateItems(DSLContext tx, Map<Long, ItemHeader> headers, String by, OffsetDateTime now) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        var batch = tx.batch(tx.update(CONTENT_ITEM)
                .set(CONTENT_ITEM.SLUG, (String) null)
                .set(CONTENT_ITEM.ARCHIVED, (Boolean) null)
                .set(CONTENT_ITEM.DEFAULT_LANGUAGE, (String) null)
                .set(CONTENT_ITEM.EDITED_LOCALLY, (Boolean) null)
                // Inlined, so that the statement's parameters are only the ones bound below.
                .set(CONTENT_ITEM.VERSION, CONTENT_ITEM.VERSION.plus(DSL.inline(1)))
                .set(CONTENT_ITEM.UPDATED_AT, (OffsetDateTime) null)
                .set(CONTENT_ITEM.UPDATED_BY, (String) null)
                .where(CONTENT_ITEM.ID.eq((Long) null)));
        headers.forEach((id, header) -> batch.bind(header.slug(), header.archived(), header.defaultLanguage(), header.editedLocally(), now, by, id));
        batch.execute();
        Map<Long, Integer> versions = new HashMap<>();
        for (List<Long> chunk : Chunks.of(headers.keySet())) {
            tx.select(CONTENT_ITEM.ID, CONTENT_ITEM.VERSION).from(CONTENT_ITEM).where(CONTENT_ITEM.ID.in(chunk))
                    .forEach(row -> versions.put(row.value1(), row.value2()));
        }
        return versions;
    }

    /** Records when and by whom items last changed, whatever changed. */
    static void touchItems(DSLContext tx, Collection<Long> ids, boolean editedHere, String by, OffsetDateTime now) {
        for (List<Long> chunk : Chunks.of(ids)) {
            List<Object> values = new ArrayList<>(List.of(now, by));
            values.addAll(chunk);
            DeferredWrites.run((editedHere ? TOUCH_EDITED_HERE : TOUCH).with(tx, chunk.size(), values.toArray()));
        }
    }

    private static final FixedStatement.Rows TOUCH = FixedStatement.ofRows(FIXED_ROWS, (ids, values) -> touch(ids, values, CONTENT_ITEM.EDITED_LOCALLY));

    private static final FixedStatement.Rows TOUCH_EDITED_HERE = FixedStatement.ofRows(FIXED_ROWS, (ids, values) -> touch(ids, values, DSL.inline(true)));

    private static Query touch(int ids, FixedStatement.Values values, Field<Boolean> editedLocally) {
        return DSL.update(CONTENT_ITEM)
                .set(CONTENT_ITEM.UPDATED_AT, values.next(CONTENT_ITEM.UPDATED_AT))
                .set(CONTENT_ITEM.UPDATED_BY, values.next(CONTENT_ITEM.UPDATED_BY))
                .set(CONTENT_ITEM.EDITED_LOCALLY, editedLocally)
                .where(CONTENT_ITEM.ID.in(IntStream.range(0, ids).mapToObj(id -> values.next(CONTENT_ITEM.ID)).toList()));
    }

    static void insertTexts(DSLContext tx, List<NewText> texts, String by, OffsetDateTime now) {
        for (List<NewText> chunk : Chunks.of(texts)) {
            var insert = tx.insertInto(CONTENT_TEXT, CONTENT_TEXT.ITEM_ID, CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.STATE, CONTENT_TEXT.VERSION,
                    CONTENT_TEXT.PUBLISHED_VERSION, CONTENT_TEXT.SOURCE_FINGERPRINT, CONTENT_TEXT.SOURCE_VERSION, CONTENT_TEXT.UPDATED_AT,
                    CONTENT_TEXT.UPDATED_BY);
            for (NewText text : chunk) {
                insert = insert.values(text.itemId(), text.language(), text.state().name(), 1, text.state() == TextState.PUBLISHED ? 1 : null,
                        text.sourceFingerprint(), text.sourceVersion(), now, by);
            }
            insert.execute();
        }
        keep(tx, texts.stream().map(text -> new Fields(text.itemId(), text.language(), 1, text.state(), text.sourceVersion(), text.text())).toList(), by,
                now);
    }

    /**
     * Replaces texts that are still at the version they were read at, with their fields, keeps
     * each as a revision, and returns those that were not: another writer changed them meanwhile,
     * and the caller must refuse the whole change (its transaction rolls back).
     */
    static List<TextKey> updateTexts(DSLContext tx, List<TextUpdate> updates, String by, OffsetDateTime now) {
        if (updates.isEmpty()) {
            return List.of();
        }
        List<TextKey> stale = new ArrayList<>();
        List<TextUpdate> updated = new ArrayList<>();
        // One batch per kind of change of what readers see, so that each is one plain statement.
        Map<Readers, List<TextUpdate>> byReaders = new java.util.EnumMap<>(Readers.class);
        updates.forEach(update -> byReaders.computeIfAbsent(update.readers(), readers -> new ArrayList<>()).add(update));
        byReaders.forEach((readers, group) -> {
            var batch = tx.batch(tx.update(CONTENT_TEXT)
                    .set(CONTENT_TEXT.STATE, (String) null)
                    .set(CONTENT_TEXT.VERSION, (Integer) null)
                    .set(CONTENT_TEXT.PUBLISHED_VERSION, publishedAfterUpdate(readers))
                    .set(CONTENT_TEXT.SOURCE_FINGERPRINT, (String) null)
                    .set(CONTENT_TEXT.SOURCE_VERSION, (Integer) null)
                    .set(CONTENT_TEXT.UPDATED_AT, (OffsetDateTime) null)
                    .set(CONTENT_TEXT.UPDATED_BY, (String) null)
                    .where(CONTENT_TEXT.ITEM_ID.eq((Long) null))
                    .and(CONTENT_TEXT.LANGUAGE_CODE.eq((String) null))
                    .and(CONTENT_TEXT.VERSION.eq((Integer) null)));
            for (TextUpdate update : group) {
                batch.bind(update.state().name(), update.fromVersion() + 1, update.sourceFingerprint(), update.sourceVersion(), now, by,
                        update.itemId(), update.language(), update.fromVersion());
            }
            int[] counts = batch.execute();
            for (int i = 0; i < group.size(); i++) {
                // A driver may answer "done, count unknown" (a negative number) for a batched statement.
                if (counts[i] == 0) {
                    stale.add(group.get(i).key());
                } else {
                    updated.add(group.get(i));
                }
            }
        });
        if (stale.isEmpty()) {
            keep(tx, updated.stream().map(ContentRows::newFields).toList(), by, now);
        }
        return stale;
    }

    /**
     * Replaces texts whose rows the caller locked and read at the version each update starts
     * from: nobody can have changed them since, so the updates need no check and go with the
     * deferred writes, with their fields and revisions.
     */
    static void updateLockedTexts(DSLContext tx, List<TextUpdate> updates, String by, OffsetDateTime now) {
        for (TextUpdate update : updates) {
            DeferredWrites.run(UPDATE_LOCKED_TEXT.get(update.readers()).with(tx, update.state().name(), update.fromVersion() + 1,
                    update.sourceFingerprint(), update.sourceVersion(), now, by, update.itemId(), update.language(), update.fromVersion()));
        }
        keep(tx, updates.stream().map(ContentRows::newFields).toList(), by, now);
    }

    private static final Map<Readers, FixedStatement> UPDATE_LOCKED_TEXT = new java.util.EnumMap<>(Readers.class);

    static {
        for (Readers readers : Readers.values()) {
            UPDATE_LOCKED_TEXT.put(readers, FixedStatement.of(values -> DSL.update(CONTENT_TEXT)
                    .set(CONTENT_TEXT.STATE, values.next(CONTENT_TEXT.STATE))
                    .set(CONTENT_TEXT.VERSION, values.next(CONTENT_TEXT.VERSION))
                    .set(CONTENT_TEXT.PUBLISHED_VERSION, publishedAfterUpdate(readers))
                    .set(CONTENT_TEXT.SOURCE_FINGERPRINT, values.next(CONTENT_TEXT.SOURCE_FINGERPRINT))
                    .set(CONTENT_TEXT.SOURCE_VERSION, values.next(CONTENT_TEXT.SOURCE_VERSION))
                    .set(CONTENT_TEXT.UPDATED_AT, values.next(CONTENT_TEXT.UPDATED_AT))
                    .set(CONTENT_TEXT.UPDATED_BY, values.next(CONTENT_TEXT.UPDATED_BY))
                    .where(CONTENT_TEXT.ITEM_ID.eq(values.next(CONTENT_TEXT.ITEM_ID)))
                    .and(CONTENT_TEXT.LANGUAGE_CODE.eq(values.next(CONTENT_TEXT.LANGUAGE_CODE)))
                    .and(CONTENT_TEXT.VERSION.eq(values.next(CONTENT_TEXT.VERSION)))));
        }
    }

    /** The version readers see after a text's update moves it one version on. */
    private static org.jooq.Field<Integer> publishedAfterUpdate(Readers readers) {
        return switch (readers) {
            case SEE_THIS -> CONTENT_TEXT.VERSION.plus(DSL.inline(1));
            case KEEP -> CONTENT_TEXT.PUBLISHED_VERSION;
            case NONE -> DSL.inline((Integer) null);
        };
    }

    /** An updated text's fields, at the version the update moves it to. */
    private static Fields newFields(TextUpdate update) {
        return new Fields(update.itemId(), update.language(), update.fromVersion() + 1, update.state(), update.sourceVersion(), update.text());
    }

    /**
     * Moves a text still at {@code fromVersion} to another state: a new version, kept as a revision
     * with the same fields, and the move recorded with its comment. Returns false when the text
     * changed meanwhile (nothing is written).
     */
    static boolean moveText(DSLContext tx, long itemId, String language, int fromVersion, TextState from, TextState to, Readers readers,
            String comment, String by, OffsetDateTime now) {
        int version = fromVersion + 1;
        int updated = tx.update(CONTENT_TEXT)
                .set(CONTENT_TEXT.STATE, to.name())
                .set(CONTENT_TEXT.VERSION, version)
                .set(CONTENT_TEXT.PUBLISHED_VERSION, switch (readers) {
                    case SEE_THIS -> DSL.val(version);
                    case KEEP -> CONTENT_TEXT.PUBLISHED_VERSION;
                    case NONE -> DSL.inline((Integer) null);
                })
                .set(CONTENT_TEXT.UPDATED_AT, now)
                .set(CONTENT_TEXT.UPDATED_BY, by)
                .where(CONTENT_TEXT.ITEM_ID.eq(itemId))
                .and(CONTENT_TEXT.LANGUAGE_CODE.eq(language))
                .and(CONTENT_TEXT.VERSION.eq(fromVersion))
                .execute();
        if (updated == 0) {
            return false;
        }
        tx.insertInto(CONTENT_REVISION, CONTENT_REVISION.ITEM_ID, CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION, CONTENT_REVISION.STATE,
                        CONTENT_REVISION.SOURCE_VERSION, CONTENT_REVISION.CREATED_AT, CONTENT_REVISION.CREATED_BY)
                .select(DSL.select(CONTENT_TEXT.ITEM_ID, CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.VERSION, CONTENT_TEXT.STATE, CONTENT_TEXT.SOURCE_VERSION,
                                CONTENT_TEXT.UPDATED_AT, CONTENT_TEXT.UPDATED_BY)
                        .from(CONTENT_TEXT)
                        .where(CONTENT_TEXT.ITEM_ID.eq(itemId)).and(CONTENT_TEXT.LANGUAGE_CODE.eq(language)))
                .execute();
        // The same fields, as the new version's.
        tx.insertInto(CONTENT_REVISION_FIELD, CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.LANGUAGE_CODE, CONTENT_REVISION_FIELD.VERSION,
                        CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE)
                .select(DSL.select(CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.LANGUAGE_CODE, DSL.val(version),
                                CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE)
                        .from(CONTENT_REVISION_FIELD)
                        .where(CONTENT_REVISION_FIELD.ITEM_ID.eq(itemId)).and(CONTENT_REVISION_FIELD.LANGUAGE_CODE.eq(language))
                        .and(CONTENT_REVISION_FIELD.VERSION.eq(fromVersion)))
                .execute();
        recordTransition(tx, itemId, language, version, from, to, comment, by, now);
        return true;
    }

    /** Records a move of a text from one state to another (made by a transition or by a save in another state). */
    static void recordTransition(DSLContext tx, long itemId, String language, int version, TextState from, TextState to, String comment, String by,
            OffsetDateTime now) {
        DeferredWrites.run(tx.insertInto(CONTENT_TRANSITION)
                .set(CONTENT_TRANSITION.ITEM_ID, itemId)
                .set(CONTENT_TRANSITION.LANGUAGE_CODE, language)
                .set(CONTENT_TRANSITION.VERSION, version)
                .set(CONTENT_TRANSITION.FROM_STATE, from.name())
                .set(CONTENT_TRANSITION.TO_STATE, to.name())
                .set(CONTENT_TRANSITION.COMMENT, comment)
                .set(CONTENT_TRANSITION.OCCURRED_AT, now)
                .set(CONTENT_TRANSITION.ACTOR, by));
    }

    /** Records that a translation was checked against its source's current version. */
    static int confirmSource(DSLContext tx, long itemId, String language, int sourceVersion) {
        return tx.update(CONTENT_TEXT)
                .set(CONTENT_TEXT.SOURCE_VERSION, sourceVersion)
                .where(CONTENT_TEXT.ITEM_ID.eq(itemId))
                .and(CONTENT_TEXT.LANGUAGE_CODE.eq(language))
                .execute();
    }

    /**
     * Keeps each text as saved: its revision, with what was written into the text's row, and the
     * revision's fields, which are the text's fields (a text's current fields are its current
     * revision's).
     */
    private static void keep(DSLContext tx, List<Fields> texts, String by, OffsetDateTime now) {
        for (List<Fields> chunk : Chunks.of(texts)) {
            List<Object> values = new ArrayList<>(chunk.size() * 7);
            for (Fields text : chunk) {
                values.addAll(java.util.Arrays.asList(text.itemId(), text.language(), text.version(), text.state().name(), text.sourceVersion(), now,
                        by));
            }
            DeferredWrites.run(INSERT_REVISIONS.with(tx, chunk.size(), values.toArray()));
        }
        insertFields(tx, texts);
    }

    private static final FixedStatement.Rows INSERT_REVISIONS = FixedStatement.ofRows(FIXED_ROWS, (rows, values) -> {
        var insert = DSL.insertInto(CONTENT_REVISION, CONTENT_REVISION.ITEM_ID, CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION,
                CONTENT_REVISION.STATE, CONTENT_REVISION.SOURCE_VERSION, CONTENT_REVISION.CREATED_AT, CONTENT_REVISION.CREATED_BY);
        for (int row = 0; row < rows; row++) {
            insert = insert.values(values.next(CONTENT_REVISION.ITEM_ID), values.next(CONTENT_REVISION.LANGUAGE_CODE),
                    values.next(CONTENT_REVISION.VERSION), values.next(CONTENT_REVISION.STATE), values.next(CONTENT_REVISION.SOURCE_VERSION),
                    values.next(CONTENT_REVISION.CREATED_AT), values.next(CONTENT_REVISION.CREATED_BY));
        }
        return insert;
    });

    /** Deletes texts with their fields; returns how many there were. */
    static int deleteTexts(DSLContext tx, List<TextKey> keys) {
        int deleted = 0;
        for (List<TextKey> chunk : Chunks.of(keys)) {
            // Its revisions and moves go with it (the outbox keeps the story): a text written in
            // that language later starts again at version 1.
            var rows = chunk.stream().map(TextKey::row).toList();
            tx.deleteFrom(CONTENT_TRANSITION).where(DSL.row(CONTENT_TRANSITION.ITEM_ID, CONTENT_TRANSITION.LANGUAGE_CODE).in(rows)).execute();
            tx.deleteFrom(CONTENT_REVISION).where(DSL.row(CONTENT_REVISION.ITEM_ID, CONTENT_REVISION.LANGUAGE_CODE).in(rows)).execute();
            deleted += tx.deleteFrom(CONTENT_TEXT)
                    .where(DSL.row(CONTENT_TEXT.ITEM_ID, CONTENT_TEXT.LANGUAGE_CODE).in(chunk.stream().map(TextKey::row).toList()))
                    .execute();
        }
        return deleted;
    }

    /** A text's fields at one of its versions, with the state and source it was saved in. */
    private record Fields(long itemId, String language, int version, TextState state, Integer sourceVersion, ItemText text) {}

    private record FieldRow(long itemId, String language, int version, String name, String value) {}

    private static void insertFields(DSLContext tx, List<Fields> texts) {
        List<FieldRow> rows = new ArrayList<>();
        for (Fields text : texts) {
            if (!text.text().isBlank()) {
                text.text().fields().forEach((name, value) -> rows.add(new FieldRow(text.itemId(), text.language(), text.version(), name, value)));
            }
        }
        for (List<FieldRow> chunk : Chunks.of(rows)) {
            List<Object> values = new ArrayList<>(chunk.size() * 5);
            for (FieldRow row : chunk) {
                values.addAll(java.util.Arrays.asList(row.itemId(), row.language(), row.version(), row.name(), row.value()));
            }
            DeferredWrites.run(INSERT_FIELDS.with(tx, chunk.size(), values.toArray()));
        }
    }

    private static final FixedStatement.Rows INSERT_FIELDS = FixedStatement.ofRows(FIXED_ROWS, (rows, values) -> {
        var insert = DSL.insertInto(CONTENT_REVISION_FIELD, CONTENT_REVISION_FIELD.ITEM_ID, CONTENT_REVISION_FIELD.LANGUAGE_CODE,
                CONTENT_REVISION_FIELD.VERSION, CONTENT_REVISION_FIELD.FIELD_NAME, CONTENT_REVISION_FIELD.FIELD_VALUE);
        for (int row = 0; row < rows; row++) {
            insert = insert.values(values.next(CONTENT_REVISION_FIELD.ITEM_ID), values.next(CONTENT_REVISION_FIELD.LANGUAGE_CODE),
                    values.next(CONTENT_REVISION_FIELD.VERSION), values.next(CONTENT_REVISION_FIELD.FIELD_NAME),
                    values.next(CONTENT_REVISION_FIELD.FIELD_VALUE));
        }
        return insert;
    });
}
