package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_RESOURCE;
import static org.proximite.db.jooq.Tables.CONTENT_SOURCE;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.THEME;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.internal.Chunks;
import org.proximite.core.internal.ItemParts;
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

    /** An item to create with its texts in each language, all in one state. */
    public record NewItem(ItemHeader header, Map<String, ItemText> texts, TextState state) {}

    /**
     * An item whose header and texts are replaced (by a chapter's new version): {@code stored} are
     * its texts as read in this transaction. Languages it no longer has are deleted, except the
     * default language; texts equal to the stored ones are left as they are.
     */
    public record ReplacedItem(ItemRef ref, ItemHeader header, Map<String, ItemText> texts, TextState state, Map<String, LanguageText> stored) {}

    /** Creates an item at version 1, without texts. */
    public ItemRef create(DSLContext tx, Actor actor, ItemKind kind, ItemHeader header) {
        return createAll(tx, actor, kind, List.of(new NewItem(header, Map.of(), TextState.DRAFT))).getFirst();
    }

    /**
     * Creates items at version 1 with their texts, in a few statements whatever their number; the
     * default language's text of each is its translations' source. Every text is checked before
     * anything is written.
     *
     * @return the items created, in the order given
     * @throws InvalidEditException when a text breaks the kind's rules
     */
    public List<ItemRef> createAll(DSLContext tx, Actor actor, ItemKind kind, List<NewItem> items) {
        items.stream().map(item -> item.header().chapterId()).distinct().forEach(actor::requireEditing);
        items.forEach(item -> item.texts().forEach((language, text) -> {
            if (!text.isBlank()) {
                validate(kind, language, text);
            }
        }));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Long> ids = ContentRows.insertItems(tx, kind, items.stream().map(NewItem::header).toList(), actor.name(), now);
        List<ItemRef> refs = new ArrayList<>();
        List<ContentRows.NewText> texts = new ArrayList<>();
        List<OutboxEvent> events = new ArrayList<>();
        for (NewItem item : items) {
            ItemHeader header = item.header();
            ItemRef ref = new ItemRef(ids.get(header.slug()), kind, header.slug(), header.chapterId(), header.defaultLanguage());
            refs.add(ref);
            events.add(event(actor, ChangeKind.ITEM_CREATED, ref, null, 1));
            ItemText main = item.texts().get(header.defaultLanguage());
            String source = main == null ? null : main.fingerprint();
            for (String language : defaultFirst(item.texts().keySet(), header.defaultLanguage())) {
                ItemText text = item.texts().get(language);
                if (!text.isBlank()) {
                    boolean translation = !language.equals(header.defaultLanguage());
                    texts.add(new ContentRows.NewText(ref.id(), language, item.state(), translation ? source : null, translation ? 1 : null, text));
                    events.add(event(actor, ChangeKind.TEXT_SAVED, ref, language, 1));
                }
            }
        }
        ContentRows.insertTexts(tx, texts, actor.name(), now);
        events.forEach(event -> outbox.append(tx, event));
        return refs;
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
        Integer version = tx.update(CONTENT_ITEM)
                .set(CONTENT_ITEM.SLUG, header.slug())
                .set(CONTENT_ITEM.ARCHIVED, header.archived())
                .set(CONTENT_ITEM.DEFAULT_LANGUAGE, header.defaultLanguage())
                .set(CONTENT_ITEM.EDITED_LOCALLY, header.editedLocally())
                .set(CONTENT_ITEM.VERSION, CONTENT_ITEM.VERSION.plus(1))
                .set(CONTENT_ITEM.UPDATED_AT, OffsetDateTime.now(clock))
                .set(CONTENT_ITEM.UPDATED_BY, actor.name())
                .where(CONTENT_ITEM.ID.eq(ref.id()))
                .and(expectedVersion == null ? DSL.noCondition() : CONTENT_ITEM.VERSION.eq(expectedVersion))
                .returningResult(CONTENT_ITEM.VERSION)
                .fetchOne(CONTENT_ITEM.VERSION);
        if (version == null) {
            throw new StaleEditException(ref.slug());
        }
        ItemRef changed = new ItemRef(ref.id(), ref.kind(), header.slug(), ref.chapterId(), header.defaultLanguage());
        append(tx, actor, ChangeKind.ITEM_CHANGED, changed, null, version);
        return version;
    }

    /**
     * Replaces items' headers and texts (a chapter's new version of them), in a few statements
     * whatever their number: one change of each item, and one per language whose text or state
     * differs from the stored one.
     *
     * @throws StaleEditException when a text changed since it was read
     * @throws InvalidEditException when a text breaks the kind's rules
     */
    public void replaceAll(DSLContext tx, Actor actor, List<ReplacedItem> items) {
        items.stream().map(item -> item.ref().chapterId()).distinct().forEach(actor::requireEditing);
        List<ContentRows.NewText> inserts = new ArrayList<>();
        List<ContentRows.TextUpdate> updates = new ArrayList<>();
        List<ContentRows.TextKey> deletions = new ArrayList<>();
        List<OutboxEvent> textEvents = new ArrayList<>();
        Map<Long, ItemHeader> headers = new LinkedHashMap<>();
        for (ReplacedItem item : items) {
            String defaultLanguage = item.header().defaultLanguage();
            ItemRef ref = new ItemRef(item.ref().id(), item.ref().kind(), item.header().slug(), item.ref().chapterId(), defaultLanguage);
            headers.put(ref.id(), item.header());
            ItemText main = item.texts().get(defaultLanguage);
            LanguageText storedMain = item.stored().get(defaultLanguage);
            String source = main != null ? main.fingerprint() : storedMain == null ? null : storedMain.text().fingerprint();
            Integer sourceVersion = storedMain == null ? 1
                    : main == null || storedMain.state() == item.state() && storedMain.text().equals(main) ? storedMain.version() : storedMain.version() + 1;
            for (String language : defaultFirst(item.texts().keySet(), defaultLanguage)) {
                ItemText text = item.texts().get(language);
                boolean translation = !language.equals(defaultLanguage);
                LanguageText stored = item.stored().get(language);
                if (translation && text.isBlank() || stored != null && stored.state() == item.state() && stored.text().equals(text)) {
                    continue;
                }
                validate(ref.kind(), language, text);
                String fingerprint = translation ? source : null;
                Integer fromVersion = translation ? sourceVersion : null;
                if (stored == null) {
                    inserts.add(new ContentRows.NewText(ref.id(), language, item.state(), fingerprint, fromVersion, text));
                } else {
                    updates.add(new ContentRows.TextUpdate(ref.id(), language, item.state(), stored.version(), fingerprint, fromVersion, text,
                            readersAfter(actor, item.state())));
                }
                textEvents.add(event(actor, ChangeKind.TEXT_SAVED, ref, language, stored == null ? 1 : stored.version() + 1));
            }
            for (String language : item.stored().keySet()) {
                if (!item.texts().containsKey(language) && !language.equals(defaultLanguage)) {
                    deletions.add(new ContentRows.TextKey(ref.id(), language));
                    textEvents.add(event(actor, ChangeKind.TEXT_DELETED, ref, language, null));
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, Integer> versions = ContentRows.updateItems(tx, headers, actor.name(), now);
        ContentRows.insertTexts(tx, inserts, actor.name(), now);
        List<ContentRows.TextKey> stale = ContentRows.updateTexts(tx, updates, actor.name(), now);
        if (!stale.isEmpty()) {
            throw new StaleEditException(headers.get(stale.getFirst().itemId()).slug());
        }
        ContentRows.deleteTexts(tx, deletions);
        for (ReplacedItem item : items) {
            ItemRef ref = new ItemRef(item.ref().id(), item.ref().kind(), item.header().slug(), item.ref().chapterId(), item.header().defaultLanguage());
            outbox.append(tx, event(actor, ChangeKind.ITEM_CHANGED, ref, null, versions.get(ref.id())));
        }
        textEvents.forEach(event -> outbox.append(tx, event));
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
        return saveText(tx, actor, ref, language, state, text, expectedVersion, null, false);
    }

    /**
     * As {@link #saveText(DSLContext, Actor, ItemRef, String, TextState, ItemText, Integer)}, when
     * the caller already knows the default language's stored text (a translation's source):
     * {@code knownSource} saves reading it again; null reads it. {@code lockedAtExpected}: the
     * caller holds this text's row lock and read it at {@code expectedVersion}, so the update
     * cannot be stale and goes with the deferred writes instead of waiting for its count.
     */
    public int saveText(DSLContext tx, Actor actor, ItemRef ref, String language, TextState state, ItemText text, Integer expectedVersion,
            TextSource knownSource, boolean lockedAtExpected) {
        actor.requireEditingText(ref.chapterId(), language);
        if (state == TextState.PUBLISHED || state == TextState.ARCHIVED) {
            actor.requireReview(ref.chapterId(), language);
        }
        validate(ref.kind(), language, text);
        int fromVersion;
        if (expectedVersion == null) {
            LanguageText stored = ContentTexts.one(tx, ref.id(), language);
            if (stored != null && stored.state() == state && stored.text().equals(text)) {
                return stored.version();
            }
            fromVersion = stored == null ? 0 : stored.version();
        } else {
            fromVersion = expectedVersion;
            if (fromVersion == 0 && tx.fetchExists(CONTENT_TEXT, CONTENT_TEXT.ITEM_ID.eq(ref.id()).and(CONTENT_TEXT.LANGUAGE_CODE.eq(language)))) {
                throw new StaleEditException(ref.slug());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        TextSource source = language.equals(ref.defaultLanguage()) ? TextSource.NONE : knownSource != null ? knownSource : source(tx, ref);
        if (fromVersion == 0) {
            ContentRows.insertTexts(tx, List.of(new ContentRows.NewText(ref.id(), language, state, source.fingerprint(), source.version(), text)),
                    actor.name(), now);
        } else {
            var update = new ContentRows.TextUpdate(ref.id(), language, state, fromVersion, source.fingerprint(), source.version(), text,
                    readersAfter(actor, state));
            if (lockedAtExpected && expectedVersion != null) {
                ContentRows.updateLockedTexts(tx, List.of(update), actor.name(), now);
            } else if (!ContentRows.updateTexts(tx, List.of(update), actor.name(), now).isEmpty()) {
                throw new StaleEditException(ref.slug());
            }
        }
        // The item shows when and by whom it last changed, whatever changed; a coordinator's edit
        // of a chapter's text marks the item edited here, so that upgrades of the chapter merge with it.
        ContentRows.touchItems(tx, List.of(ref.id()), !actor.system() && ref.chapterId() != null, actor.name(), now);
        append(tx, actor, ChangeKind.TEXT_SAVED, ref, language, fromVersion + 1);
        return fromVersion + 1;
    }

    /**
     * Moves one language's text to another state without changing its fields (submitting,
     * approving, returning, archiving it): a new version, kept as a revision, the move recorded
     * with the comment, and the change in the outbox. The caller checks that the actor may make
     * this move.
     *
     * @return the text's new version
     * @throws StaleEditException when the text changed since {@code fromVersion}
     */
    public int moveText(DSLContext tx, Actor actor, ItemRef ref, String language, int fromVersion, TextState from, TextState to, ChangeKind kind,
            String comment) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!ContentRows.moveText(tx, ref.id(), language, fromVersion, from, to, readersAfter(actor, to), comment, actor.name(), now)) {
            throw new StaleEditException(ref.slug());
        }
        ContentRows.touchItems(tx, List.of(ref.id()), false, actor.name(), now);
        append(tx, actor, kind, ref, language, fromVersion + 1);
        return fromVersion + 1;
    }

    /** Records that a save also moved a text from one state to another (an editor who may publish saved it published). */
    public void recordMove(DSLContext tx, Actor actor, ItemRef ref, String language, int version, TextState from, TextState to) {
        ContentRows.recordTransition(tx, ref.id(), language, version, from, to, null, actor.name(), OffsetDateTime.now(clock));
        append(tx, actor, moveKind(from, to), ref, language, version);
    }

    /** The outbox's name for a move between two states. */
    public static ChangeKind moveKind(TextState from, TextState to) {
        return switch (to) {
            case IN_REVIEW -> ChangeKind.TEXT_SUBMITTED;
            case PUBLISHED -> ChangeKind.TEXT_PUBLISHED;
            case ARCHIVED -> ChangeKind.TEXT_ARCHIVED;
            case DRAFT -> from == TextState.IN_REVIEW ? ChangeKind.TEXT_RETURNED : ChangeKind.TEXT_REOPENED;
        };
    }

    /** Records that a translation says what its source says at {@code sourceVersion}: its outdated fields are cleared. */
    public void confirmSource(DSLContext tx, Actor actor, ItemRef ref, String language, int sourceVersion) {
        actor.requireEditingText(ref.chapterId(), language);
        if (ContentRows.confirmSource(tx, ref.id(), language, sourceVersion) > 0) {
            append(tx, actor, ChangeKind.TEXT_REVIEWED, ref, language, null);
        }
    }

    /**
     * What readers see once a text is saved in this state: a published text is what they see; an
     * archived one is withdrawn; a draft or a text in review leaves them the published text they
     * had, while a chapter's draft (the chapter's author withdrew it) is withdrawn.
     */
    private static ContentRows.Readers readersAfter(Actor actor, TextState state) {
        return switch (state) {
            case PUBLISHED -> ContentRows.Readers.SEE_THIS;
            case ARCHIVED -> ContentRows.Readers.NONE;
            case DRAFT, IN_REVIEW -> actor.system() ? ContentRows.Readers.NONE : ContentRows.Readers.KEEP;
        };
    }

    private static void validate(ItemKind kind, String language, ItemText text) {
        var problems = TextValidation.problems(kind, language, text);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
    }

    /** The default language first, so that translations record the text they were written from; then by code. */
    private static List<String> defaultFirst(Collection<String> languages, String defaultLanguage) {
        List<String> sorted = new ArrayList<>(languages);
        sorted.sort((a, b) -> a.equals(defaultLanguage) ? -1 : b.equals(defaultLanguage) ? 1 : a.compareTo(b));
        return sorted;
    }

    /** Deletes one language's text; the default language's text cannot be deleted. */
    public void deleteText(DSLContext tx, Actor actor, ItemRef ref, String language) {
        actor.requireEditingText(ref.chapterId(), language);
        if (language.equals(ref.defaultLanguage())) {
            throw new InvalidEditException(List.of(new org.proximite.core.editing.FieldProblem(language + ".title",
                    "validation.defaultLanguageRequired")));
        }
        if (ContentRows.deleteTexts(tx, List.of(new ContentRows.TextKey(ref.id(), language))) > 0) {
            append(tx, actor, ChangeKind.TEXT_DELETED, ref, language, null);
        }
    }

    /** Replaces the item's themes with the themes of these slugs; part of an item change. */
    public void replaceThemes(DSLContext tx, ItemRef ref, Collection<String> themeSlugs) {
        replaceThemes(tx, Map.of(ref.id(), themeSlugs));
    }

    /** Replaces the themes of several items, by item id: a few statements whatever their number. */
    public void replaceThemes(DSLContext tx, Map<Long, ? extends Collection<String>> themeSlugsByItem) {
        ItemParts.delete(tx, CONTENT_THEME.ITEM_ID, themeSlugsByItem.keySet());
        Set<String> slugs = new HashSet<>();
        themeSlugsByItem.values().forEach(slugs::addAll);
        if (slugs.isEmpty()) {
            return;
        }
        Map<String, Long> themeIds = tx.select(THEME.SLUG, THEME.ID).from(THEME).where(THEME.SLUG.in(slugs)).fetchMap(THEME.SLUG, THEME.ID);
        List<Map.Entry<Long, Long>> rows = new ArrayList<>();
        themeSlugsByItem.forEach((itemId, itemSlugs) -> Set.copyOf(itemSlugs).stream()
                .filter(themeIds::containsKey)
                .forEach(slug -> rows.add(Map.entry(itemId, themeIds.get(slug)))));
        for (List<Map.Entry<Long, Long>> chunk : Chunks.of(rows)) {
            var insert = tx.insertInto(CONTENT_THEME, CONTENT_THEME.ITEM_ID, CONTENT_THEME.THEME_ID);
            for (Map.Entry<Long, Long> row : chunk) {
                insert = insert.values(row.getKey(), row.getValue());
            }
            insert.execute();
        }
    }

    /** Replaces the item's resources, in order; part of an item change. */
    public void replaceResources(DSLContext tx, ItemRef ref, List<Resource> resources) {
        replaceResources(tx, Map.of(ref.id(), resources));
    }

    /** Replaces the resources of several items, by item id, each in its order. */
    public void replaceResources(DSLContext tx, Map<Long, List<Resource>> resourcesByItem) {
        ItemParts.delete(tx, CONTENT_RESOURCE.ITEM_ID, resourcesByItem.keySet());
        for (List<ItemParts.Placed<Resource>> chunk : Chunks.of(ItemParts.placed(resourcesByItem))) {
            var insert = tx.insertInto(CONTENT_RESOURCE, CONTENT_RESOURCE.ITEM_ID, CONTENT_RESOURCE.POSITION, CONTENT_RESOURCE.KIND,
                    CONTENT_RESOURCE.LANGUAGE_CODE, CONTENT_RESOURCE.LABEL, CONTENT_RESOURCE.URL);
            for (ItemParts.Placed<Resource> row : chunk) {
                Resource resource = row.part();
                insert = insert.values(row.itemId(), row.position(), resource.kind().toUpperCase(Locale.ROOT), resource.language(),
                        resource.label(), resource.url());
            }
            insert.execute();
        }
    }

    /**
     * Replaces the item's sources, numbered in this order from 1; part of an item change. What
     * cites them by number (a practice's outcomes) is written after, and goes with them.
     */
    public void replaceSources(DSLContext tx, ItemRef ref, List<Source> sources) {
        replaceSources(tx, Map.of(ref.id(), sources));
    }

    /** Replaces the sources of several items, by item id, each numbered in its order from 1. */
    public void replaceSources(DSLContext tx, Map<Long, List<Source>> sourcesByItem) {
        ItemParts.delete(tx, CONTENT_SOURCE.ITEM_ID, sourcesByItem.keySet());
        for (List<ItemParts.Placed<Source>> chunk : Chunks.of(ItemParts.placed(sourcesByItem))) {
            var insert = tx.insertInto(CONTENT_SOURCE, CONTENT_SOURCE.ITEM_ID, CONTENT_SOURCE.POSITION, CONTENT_SOURCE.TITLE, CONTENT_SOURCE.AUTHOR,
                    CONTENT_SOURCE.PUBLISHED, CONTENT_SOURCE.URL, CONTENT_SOURCE.CONSULTED, CONTENT_SOURCE.LANGUAGE_CODE, CONTENT_SOURCE.NOTE);
            for (ItemParts.Placed<Source> row : chunk) {
                Source source = row.part();
                // Sources are numbered from 1, as readers cite them.
                insert = insert.values(row.itemId(), row.position() + 1, source.title(), source.author(), source.date(), source.url(),
                        source.consulted(), source.language(), source.note());
            }
            insert.execute();
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

    /** The default language's stored text as a translation's source (fingerprint and version); none when it has none. */
    private static TextSource source(DSLContext tx, ItemRef ref) {
        LanguageText source = ContentTexts.one(tx, ref.id(), ref.defaultLanguage());
        return TextSource.of(source);
    }

    private void append(DSLContext tx, Actor actor, ChangeKind kind, ItemRef ref, String language, Integer version) {
        outbox.append(tx, event(actor, kind, ref, language, version));
    }

    private static OutboxEvent event(Actor actor, ChangeKind kind, ItemRef ref, String language, Integer version) {
        return OutboxEvent.of(actor.name(), kind, ref.kind().name(), ref.slug(), language, version, ref.chapterId());
    }
}
