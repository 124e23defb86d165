package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_RESOURCE;
import static org.proximite.db.jooq.Tables.CONTENT_SOURCE;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT_FIELD;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.THEME;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.stereotype.Service;

/**
 * The one writer of content: every change of a practice or an initiative, from an editor, a
 * chapter install, upgrade or removal, goes through here. Each method checks that the actor may
 * change the item's chapter, writes, and appends one event per change to the outbox, in the
 * caller's transaction {@code tx}: a write that rolls back leaves no event.
 *
 * <p>A change is an item created, deleted or archived, the item's own fields changed (once per
 * save, whatever the number of fields), or one language's text saved or deleted. Saving a text
 * that did not change writes nothing and appends nothing.
 */
@Service
public class ContentWriter {

    private final Outbox outbox;
    private final Clock clock;

    public ContentWriter(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Runs a large write (a chapter's content) whose changes are appended to the outbox together
     * at its end, in their order.
     */
    public <T> T inOneAppend(DSLContext tx, java.util.function.Supplier<T> work) {
        return outbox.appendingOnce(tx, work);
    }

    /** Creates an item at version 1. */
    public ItemRef create(DSLContext tx, Actor actor, ItemKind kind, ItemHeader header) {
        actor.requireEditing(header.chapterId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = tx.insertInto(CONTENT_ITEM)
                .set(CONTENT_ITEM.KIND, kind.name())
                .set(CONTENT_ITEM.SLUG, header.slug())
                .set(CONTENT_ITEM.CHAPTER_ID, header.chapterId())
                .set(CONTENT_ITEM.ARCHIVED, header.archived())
                .set(CONTENT_ITEM.DEFAULT_LANGUAGE, header.defaultLanguage())
                .set(CONTENT_ITEM.EDITED_LOCALLY, header.editedLocally())
                .set(CONTENT_ITEM.VERSION, 1)
                .set(CONTENT_ITEM.CREATED_AT, now)
                .set(CONTENT_ITEM.UPDATED_AT, now)
                .set(CONTENT_ITEM.UPDATED_BY, actor.name())
                .returningResult(CONTENT_ITEM.ID)
                .fetchSingle()
                .value1();
        ItemRef ref = new ItemRef(id, kind, header.slug(), header.chapterId(), header.defaultLanguage());
        append(tx, actor, ChangeKind.ITEM_CREATED, ref, null, 1);
        return ref;
    }

    /**
     * Records a change of the item's own fields (the caller writes its kind's fields, themes and
     * resources in the same transaction) and returns the item's new version.
     *
     * @param expectedVersion the version the change was made from, or null to not check it
     * @throws StaleEditException when the item changed since {@code expectedVersion}
     */
    public int changeItem(DSLContext tx, Actor actor, ItemRef ref, ItemHeader header, Integer expectedVersion) {
        actor.requireEditing(ref.chapterId());
        int updated = tx.update(CONTENT_ITEM)
                .set(CONTENT_ITEM.SLUG, header.slug())
                .set(CONTENT_ITEM.ARCHIVED, header.archived())
                .set(CONTENT_ITEM.DEFAULT_LANGUAGE, header.defaultLanguage())
                .set(CONTENT_ITEM.EDITED_LOCALLY, header.editedLocally())
                .set(CONTENT_ITEM.VERSION, CONTENT_ITEM.VERSION.plus(1))
                .set(CONTENT_ITEM.UPDATED_AT, OffsetDateTime.now(clock))
                .set(CONTENT_ITEM.UPDATED_BY, actor.name())
                .where(CONTENT_ITEM.ID.eq(ref.id()))
                .and(expectedVersion == null ? DSL.noCondition() : CONTENT_ITEM.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            throw new StaleEditException(ref.slug());
        }
        int version = tx.select(CONTENT_ITEM.VERSION).from(CONTENT_ITEM).where(CONTENT_ITEM.ID.eq(ref.id())).fetchSingle().value1();
        ItemRef changed = new ItemRef(ref.id(), ref.kind(), header.slug(), ref.chapterId(), header.defaultLanguage());
        append(tx, actor, ChangeKind.ITEM_CHANGED, changed, null, version);
        return version;
    }

    /**
     * Saves one language's text, leaving the other languages as they are, and returns its
     * version.
     *
     * @param expectedVersion the version of this language's text the editor started from (0 for
     *     a new language): the save is one conditional statement, refused when it changed
     *     meanwhile. Null (chapter imports) reads the stored text first and writes nothing when it
     *     is equal (same state, same fields).
     * @throws StaleEditException when that language's text changed meanwhile
     * @throws InvalidEditException when a field breaks the kind's rules
     */
    public int saveText(DSLContext tx, Actor actor, ItemRef ref, String language, TextState state, ItemText text, Integer expectedVersion) {
        actor.requireEditing(ref.chapterId());
        validate(ref, language, text);
        int version;
        if (expectedVersion == null) {
            LanguageText stored = ContentTexts.one(tx, ref.id(), language);
            if (stored != null && stored.state() == state && stored.text().equals(text)) {
                return stored.version();
            }
            version = stored == null ? insertText(tx, actor, ref, language, state, sourceFingerprint(tx, ref, language))
                    : updateText(tx, actor, ref, language, state, stored.version(), sourceFingerprint(tx, ref, language));
        } else if (expectedVersion == 0) {
            if (tx.fetchExists(CONTENT_TEXT, CONTENT_TEXT.ITEM_ID.eq(ref.id()).and(CONTENT_TEXT.LANGUAGE_CODE.eq(language)))) {
                throw new StaleEditException(ref.slug());
            }
            version = insertText(tx, actor, ref, language, state, sourceFingerprint(tx, ref, language));
        } else {
            version = updateText(tx, actor, ref, language, state, expectedVersion, sourceFingerprint(tx, ref, language));
        }
        writeFields(tx, ref, language, text, version > 1);
        afterTextSaved(tx, actor, ref, language, version);
        return version;
    }

    /**
     * Writes the texts of an item created in this transaction: nothing to read first. The
     * default language's text, when there is one, is written first, and translations record it
     * as their source.
     */
    public void saveNewTexts(DSLContext tx, Actor actor, ItemRef ref, java.util.Map<String, ItemText> texts, TextState state) {
        actor.requireEditing(ref.chapterId());
        ItemText main = texts.get(ref.defaultLanguage());
        String source = main == null ? null : main.fingerprint();
        List<String> languages = new java.util.ArrayList<>(texts.keySet());
        languages.sort((a, b) -> a.equals(ref.defaultLanguage()) ? -1 : b.equals(ref.defaultLanguage()) ? 1 : a.compareTo(b));
        for (String language : languages) {
            ItemText text = texts.get(language);
            if (text.isBlank()) {
                continue;
            }
            validate(ref, language, text);
            insertText(tx, actor, ref, language, state, language.equals(ref.defaultLanguage()) ? null : source);
            writeFields(tx, ref, language, text, false);
            // The item was created in this transaction: its time and author are already these.
            append(tx, actor, ChangeKind.TEXT_SAVED, ref, language, 1);
        }
    }

    private static void validate(ItemRef ref, String language, ItemText text) {
        var problems = TextValidation.problems(ref.kind(), language, text);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
    }

    private int insertText(DSLContext tx, Actor actor, ItemRef ref, String language, TextState state, String sourceFingerprint) {
        tx.insertInto(CONTENT_TEXT)
                .set(CONTENT_TEXT.ITEM_ID, ref.id())
                .set(CONTENT_TEXT.LANGUAGE_CODE, language)
                .set(CONTENT_TEXT.STATE, state.name())
                .set(CONTENT_TEXT.VERSION, 1)
                .set(CONTENT_TEXT.SOURCE_FINGERPRINT, sourceFingerprint)
                .set(CONTENT_TEXT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(CONTENT_TEXT.UPDATED_BY, actor.name())
                .execute();
        return 1;
    }

    /** One conditional statement: refused when the stored version is not {@code fromVersion}. */
    private int updateText(DSLContext tx, Actor actor, ItemRef ref, String language, TextState state, int fromVersion, String sourceFingerprint) {
        int updated = tx.update(CONTENT_TEXT)
                .set(CONTENT_TEXT.STATE, state.name())
                .set(CONTENT_TEXT.VERSION, fromVersion + 1)
                .set(CONTENT_TEXT.SOURCE_FINGERPRINT, sourceFingerprint)
                .set(CONTENT_TEXT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(CONTENT_TEXT.UPDATED_BY, actor.name())
                .where(CONTENT_TEXT.ITEM_ID.eq(ref.id()))
                .and(CONTENT_TEXT.LANGUAGE_CODE.eq(language))
                .and(CONTENT_TEXT.VERSION.eq(fromVersion))
                .execute();
        if (updated == 0) {
            throw new StaleEditException(ref.slug());
        }
        return fromVersion + 1;
    }

    private static void writeFields(DSLContext tx, ItemRef ref, String language, ItemText text, boolean replacing) {
        if (replacing) {
            tx.deleteFrom(CONTENT_TEXT_FIELD)
                    .where(CONTENT_TEXT_FIELD.ITEM_ID.eq(ref.id()))
                    .and(CONTENT_TEXT_FIELD.LANGUAGE_CODE.eq(language))
                    .execute();
        }
        if (!text.isBlank()) {
            var insert = tx.insertInto(CONTENT_TEXT_FIELD, CONTENT_TEXT_FIELD.ITEM_ID, CONTENT_TEXT_FIELD.LANGUAGE_CODE,
                    CONTENT_TEXT_FIELD.FIELD_NAME, CONTENT_TEXT_FIELD.FIELD_VALUE);
            for (Map.Entry<String, String> field : text.fields().entrySet()) {
                insert = insert.values(ref.id(), language, field.getKey(), field.getValue());
            }
            insert.execute();
        }
    }

    /**
     * The item shows when and by whom it last changed, whatever changed; a coordinator's edit of a
     * chapter's text marks the item edited here, so that upgrades of the chapter merge with it.
     */
    private void afterTextSaved(DSLContext tx, Actor actor, ItemRef ref, String language, int version) {
        boolean editedHere = !actor.system() && ref.chapterId() != null;
        tx.update(CONTENT_ITEM)
                .set(CONTENT_ITEM.UPDATED_AT, OffsetDateTime.now(clock))
                .set(CONTENT_ITEM.UPDATED_BY, actor.name())
                .set(CONTENT_ITEM.EDITED_LOCALLY, editedHere ? DSL.inline(true) : CONTENT_ITEM.EDITED_LOCALLY)
                .where(CONTENT_ITEM.ID.eq(ref.id()))
                .execute();
        append(tx, actor, ChangeKind.TEXT_SAVED, ref, language, version);
    }

    /** Deletes one language's text; the default language's text cannot be deleted. */
    public void deleteText(DSLContext tx, Actor actor, ItemRef ref, String language) {
        actor.requireEditing(ref.chapterId());
        if (language.equals(ref.defaultLanguage())) {
            throw new InvalidEditException(List.of(new org.proximite.core.editing.FieldProblem(language + ".title",
                    "validation.defaultLanguageRequired")));
        }
        int deleted = tx.deleteFrom(CONTENT_TEXT).where(CONTENT_TEXT.ITEM_ID.eq(ref.id())).and(CONTENT_TEXT.LANGUAGE_CODE.eq(language)).execute();
        if (deleted > 0) {
            append(tx, actor, ChangeKind.TEXT_DELETED, ref, language, null);
        }
    }

    /** Replaces the item's themes with the themes of these slugs; part of an item change. */
    public void replaceThemes(DSLContext tx, ItemRef ref, Collection<String> themeSlugs) {
        tx.deleteFrom(CONTENT_THEME).where(CONTENT_THEME.ITEM_ID.eq(ref.id())).execute();
        if (!themeSlugs.isEmpty()) {
            tx.insertInto(CONTENT_THEME, CONTENT_THEME.ITEM_ID, CONTENT_THEME.THEME_ID)
                    .select(tx.select(DSL.val(ref.id()), THEME.ID).from(THEME).where(THEME.SLUG.in(themeSlugs)))
                    .execute();
        }
    }

    /** Replaces the item's resources, in order; part of an item change. */
    public void replaceResources(DSLContext tx, ItemRef ref, List<Resource> resources) {
        tx.deleteFrom(CONTENT_RESOURCE).where(CONTENT_RESOURCE.ITEM_ID.eq(ref.id())).execute();
        for (int position = 0; position < resources.size(); position++) {
            Resource resource = resources.get(position);
            tx.insertInto(CONTENT_RESOURCE)
                    .set(CONTENT_RESOURCE.ITEM_ID, ref.id())
                    .set(CONTENT_RESOURCE.POSITION, position)
                    .set(CONTENT_RESOURCE.KIND, resource.kind().toUpperCase(Locale.ROOT))
                    .set(CONTENT_RESOURCE.LANGUAGE_CODE, resource.language())
                    .set(CONTENT_RESOURCE.LABEL, resource.label())
                    .set(CONTENT_RESOURCE.URL, resource.url())
                    .execute();
        }
    }

    /**
     * Replaces the item's sources, numbered in this order from 1; part of an item change. What
     * cites them by number (a practice's outcomes) is written after, and goes with them.
     */
    public void replaceSources(DSLContext tx, ItemRef ref, List<Source> sources) {
        tx.deleteFrom(CONTENT_SOURCE).where(CONTENT_SOURCE.ITEM_ID.eq(ref.id())).execute();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            tx.insertInto(CONTENT_SOURCE)
                    .set(CONTENT_SOURCE.ITEM_ID, ref.id())
                    .set(CONTENT_SOURCE.POSITION, i + 1)
                    .set(CONTENT_SOURCE.TITLE, source.title())
                    .set(CONTENT_SOURCE.AUTHOR, source.author())
                    .set(CONTENT_SOURCE.PUBLISHED, source.date())
                    .set(CONTENT_SOURCE.URL, source.url())
                    .set(CONTENT_SOURCE.CONSULTED, source.consulted())
                    .set(CONTENT_SOURCE.LANGUAGE_CODE, source.language())
                    .set(CONTENT_SOURCE.NOTE, source.note())
                    .execute();
        }
    }

    /** Deletes the item with its texts, themes, resources and links. */
    public void delete(DSLContext tx, Actor actor, ItemRef ref) {
        actor.requireEditing(ref.chapterId());
        if (tx.deleteFrom(CONTENT_ITEM).where(CONTENT_ITEM.ID.eq(ref.id())).execute() > 0) {
            append(tx, actor, ChangeKind.ITEM_DELETED, ref, null, null);
        }
    }

    /**
     * What happens to a removed chapter's items: archived (hidden from readers, kept for editors)
     * or deleted. One event per item.
     */
    public void removeChapterContent(DSLContext tx, Actor actor, String chapterId, boolean keepArchived) {
        actor.requireEditing(chapterId);
        List<ItemRef> items = tx.select(CONTENT_ITEM.ID, CONTENT_ITEM.KIND, CONTENT_ITEM.SLUG, CONTENT_ITEM.DEFAULT_LANGUAGE, CONTENT_ITEM.ARCHIVED)
                .from(CONTENT_ITEM)
                .where(CONTENT_ITEM.CHAPTER_ID.eq(chapterId))
                .and(keepArchived ? CONTENT_ITEM.ARCHIVED.isFalse() : DSL.noCondition())
                .orderBy(CONTENT_ITEM.ID)
                .fetch(row -> new ItemRef(row.value1(), ItemKind.valueOf(row.value2()), row.value3(), chapterId, row.value4()));
        if (items.isEmpty()) {
            return;
        }
        List<Long> ids = items.stream().map(ItemRef::id).toList();
        if (keepArchived) {
            tx.update(CONTENT_ITEM)
                    .set(CONTENT_ITEM.ARCHIVED, true)
                    .set(CONTENT_ITEM.VERSION, CONTENT_ITEM.VERSION.plus(1))
                    .set(CONTENT_ITEM.UPDATED_AT, OffsetDateTime.now(clock))
                    .set(CONTENT_ITEM.UPDATED_BY, actor.name())
                    .where(CONTENT_ITEM.ID.in(ids))
                    .execute();
        } else {
            tx.deleteFrom(CONTENT_ITEM).where(CONTENT_ITEM.ID.in(ids)).execute();
        }
        items.forEach(ref -> append(tx, actor, keepArchived ? ChangeKind.ITEM_ARCHIVED : ChangeKind.ITEM_DELETED, ref, null, null));
    }

    /** The fingerprint of the default language's stored text, for a translation; null for the default language. */
    private static String sourceFingerprint(DSLContext tx, ItemRef ref, String language) {
        if (language.equals(ref.defaultLanguage())) {
            return null;
        }
        LanguageText source = ContentTexts.one(tx, ref.id(), ref.defaultLanguage());
        return source == null ? null : source.text().fingerprint();
    }

    private void append(DSLContext tx, Actor actor, ChangeKind kind, ItemRef ref, String language, Integer version) {
        outbox.append(tx, OutboxEvent.of(actor.name(), kind, ref.kind().name(), ref.slug(), language, version, ref.chapterId()));
    }
}
