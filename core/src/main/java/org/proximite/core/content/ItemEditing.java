package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.internal.DeferredWrites;
import org.proximite.db.jooq.tables.records.ContentItemRecord;
import org.springframework.stereotype.Service;

/**
 * Editing what every item has, for practices and initiatives alike: loading it with every
 * language, checking it, and saving only what changed. Each kind's editing service adds its own
 * fields and calls this inside its transaction.
 */
@Service
public class ItemEditing {

    private final DSLContext dsl;
    private final ContentWriter writer;
    private final java.time.Clock clock;

    public ItemEditing(DSLContext dsl, ContentWriter writer, java.time.Clock clock) {
        this.dsl = dsl;
        this.writer = writer;
        this.clock = clock;
    }

    /** The item with all its languages, as an editor opens it. */
    public ItemDraft load(DSLContext context, ItemKind kind, String slug) {
        // The item and its themes in one statement: a row per theme (one row without theme).
        var rows = context.select(CONTENT_ITEM.asterisk(), THEME.SLUG)
                .from(CONTENT_ITEM)
                .leftJoin(CONTENT_THEME).on(CONTENT_THEME.ITEM_ID.eq(CONTENT_ITEM.ID))
                .leftJoin(THEME).on(THEME.ID.eq(CONTENT_THEME.THEME_ID))
                .where(CONTENT_ITEM.KIND.eq(kind.name())).and(CONTENT_ITEM.SLUG.eq(slug))
                .orderBy(THEME.POSITION, THEME.SLUG)
                .fetch();
        if (rows.isEmpty()) {
            throw new ContentNotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), slug);
        }
        ContentItemRecord item = rows.getFirst().into(CONTENT_ITEM);
        List<String> themeSlugs = rows.stream().map(row -> row.get(THEME.SLUG)).filter(Objects::nonNull).toList();
        return ItemDraft.loaded(item.getId(), item.getSlug(), item.getVersion(), item.getChapterId(), item.getDefaultLanguage(),
                item.getArchived(), themeSlugs, ContentTexts.of(context, item.getId()), ContentSources.of(context, item.getId()));
    }

    public ItemDraft load(ItemKind kind, String slug) {
        return load(dsl, kind, slug);
    }

    /** What is wrong with the shared part of the draft: slug, texts by the kind's fields, themes, sources. */
    public List<FieldProblem> problems(ItemKind kind, ItemDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(TextValidation.slugProblems(draft.slug()));
        Map<String, ItemText> texts = new java.util.LinkedHashMap<>();
        draft.texts().forEach((language, text) -> texts.put(language, text.text()));
        // What the editor did not change was checked when it was saved: an edit of a text asks the database nothing here.
        ItemDraft loaded = draft.original();
        problems.addAll(TextValidation.problems(kind, draft.defaultLanguage(), texts, language -> loaded == null
                || loaded.texts().get(language) == null || !loaded.texts().get(language).text().equals(texts.get(language))));
        boolean themesChanged = loaded == null || !Set.copyOf(loaded.themeSlugs()).equals(Set.copyOf(draft.themeSlugs()));
        if (themesChanged && !draft.themeSlugs().isEmpty()) {
            Set<String> known = Set.copyOf(dsl.select(THEME.SLUG).from(THEME).where(THEME.SLUG.in(draft.themeSlugs())).fetch(THEME.SLUG));
            draft.themeSlugs().stream()
                    .filter(slug -> !known.contains(slug))
                    .forEach(slug -> problems.add(new FieldProblem("themes", "validation.unknownTheme", slug)));
        }
        problems.addAll(ContentSources.problems(draft.sources(), clock));
        boolean slugChanged = loaded == null || draft.isNew() || !loaded.slug().equals(draft.slug());
        if (problems.isEmpty() && slugChanged && dsl.fetchExists(CONTENT_ITEM, CONTENT_ITEM.KIND.eq(kind.name()).and(CONTENT_ITEM.SLUG.eq(draft.slug()))
                .and(draft.isNew() ? DSL.noCondition() : CONTENT_ITEM.ID.ne(draft.id())))) {
            problems.add(new FieldProblem("slug", "validation.slugTaken", draft.slug()));
        }
        return problems;
    }

    /**
     * What a save wrote: the item, and the item as it is now stored when that is known without
     * reading it again (nobody else changed it since the editor loaded it), else null.
     */
    public record Written(ItemRef ref, ItemDraft saved) {}

    /**
     * Writes the draft's shared part in {@code tx}: creates the item, or records a change of its
     * own fields when they (or the kind's, {@code ownChanged}) changed, then saves each language
     * whose text or state changed, checking each against the version the editor loaded.
     *
     * @param writeOwn writes the kind's own fields; called when the item is created or changed
     * @return the item as written
     */
    public Written write(DSLContext tx, Actor actor, ItemKind kind, ItemDraft draft, boolean ownChanged, Consumer<ItemRef> writeOwn) {
        // What nobody reads back before the end (fields, revisions, the outbox's lines) goes in one batch.
        return DeferredWrites.together(tx, () -> writer.inOneAppend(tx, () -> writeOnce(tx, actor, kind, draft, ownChanged, writeOwn)));
    }

    private Written writeOnce(DSLContext tx, Actor actor, ItemKind kind, ItemDraft draft, boolean ownChanged, Consumer<ItemRef> writeOwn) {
        ItemRef ref;
        int itemVersion;
        Map<String, LanguageText> loadedTexts;
        Stored stored;
        if (draft.isNew()) {
            ref = writer.create(tx, actor, kind, draft.header(false));
            writer.replaceThemes(tx, ref, draft.themeSlugs());
            writer.replaceSources(tx, ref, draft.sources());
            writeOwn.accept(ref);
            itemVersion = 1;
            loadedTexts = Map.of();
            stored = new Stored(null, 1, Map.of());
        } else {
            stored = stored(tx, draft.id());
            // Compared with what the editor loaded, not with what is stored now: a part someone
            // else changed meanwhile and this editor did not touch is no conflict.
            ItemDraft before = draft.original() != null ? draft.original() : load(tx, kind, slugOf(tx, draft.id()));
            ref = new ItemRef(draft.id(), kind, draft.slug(), stored.chapterId(), draft.defaultLanguage());
            boolean headerChanged = ownChanged || itemFieldsChanged(before, draft);
            boolean sourcesChanged = !draft.sources().equals(before.sources());
            itemVersion = stored.version();
            // Checked against the chapter stored, not the one the draft names, before anything is written.
            requireAllowed(actor, stored.chapterId(), before, draft, headerChanged || sourcesChanged);
            if (headerChanged || sourcesChanged) {
                itemVersion = writer.changeItem(tx, actor, ref, draft.header(stored.chapterId() != null), draft.version());
                writer.replaceThemes(tx, ref, draft.themeSlugs());
                if (sourcesChanged) {
                    writer.replaceSources(tx, ref, draft.sources());
                }
                writeOwn.accept(ref);
            }
            loadedTexts = before.texts();
        }
        List<String> languages = new ArrayList<>(draft.texts().keySet());
        languages.sort((a, b) -> a.equals(draft.defaultLanguage()) ? -1 : b.equals(draft.defaultLanguage()) ? 1 : a.compareTo(b));
        Map<String, LanguageText> savedTexts = new java.util.TreeMap<>();
        Set<String> written = new java.util.HashSet<>();
        TextSource source = knownSource(draft, loadedTexts, stored);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        for (String language : languages) {
            LanguageText text = draft.texts().get(language);
            LanguageText before = loadedTexts.get(language);
            if (text.text().isBlank()) {
                if (before != null && stored.versions().containsKey(language)) {
                    writer.deleteText(tx, actor, ref, language);
                }
                written.add(language);
            } else if (before == null || before.state() != text.state() || !Objects.equals(before.text(), text.text())) {
                if (source == null && !language.equals(draft.defaultLanguage())) {
                    // Someone changed the default text since the editor loaded it: its version is read now.
                    source = TextSource.of(ContentTexts.one(tx, ref.id(), draft.defaultLanguage()));
                }
                TextSource from = language.equals(draft.defaultLanguage()) ? TextSource.NONE : source;
                int version = writer.saveText(tx, actor, ref, language, text.state(), text.text(), text.version(), from);
                if (language.equals(draft.defaultLanguage())) {
                    source = new TextSource(text.text().fingerprint(), version);
                }
                TextState was = before == null ? TextState.DRAFT : before.state();
                if (was != text.state()) {
                    writer.recordMove(tx, actor, ref, language, version, was, text.state());
                }
                Integer published = switch (text.state()) {
                    case PUBLISHED -> version;
                    case ARCHIVED -> null;
                    case DRAFT, IN_REVIEW -> before == null ? null : before.publishedVersion();
                };
                savedTexts.put(language, new LanguageText(text.state(), version, text.text(), now, actor.name(), published,
                        from.version()));
                written.add(language);
            } else {
                savedTexts.put(language, text);
            }
        }
        return new Written(ref, unchangedByOthers(draft, stored, written)
                ? ItemDraft.loaded(ref.id(), draft.slug(), itemVersion, ref.chapterId(), draft.defaultLanguage(), draft.archived(),
                        draft.themeSlugs(), savedTexts, draft.sources())
                : null);
    }

    /**
     * The fingerprint of the default language's stored text when the editor's copy of it is
     * current (a translation saved with it needs not read it again); null when unknown.
     */
    private static TextSource knownSource(ItemDraft draft, Map<String, LanguageText> loadedTexts, Stored stored) {
        LanguageText loadedDefault = loadedTexts.get(draft.defaultLanguage());
        Integer storedVersion = stored.versions().get(draft.defaultLanguage());
        return loadedDefault != null && storedVersion != null && storedVersion == loadedDefault.version() ? TextSource.of(loadedDefault) : null;
    }

    /** Whether nothing but this save changed the item since the editor loaded it: the saved draft is then what is stored. */
    private static boolean unchangedByOthers(ItemDraft draft, Stored stored, Set<String> written) {
        if (draft.isNew()) {
            return true;
        }
        ItemDraft loaded = draft.original();
        if (loaded == null || stored.version() != loaded.version()) {
            return false;
        }
        for (var entry : stored.versions().entrySet()) {
            LanguageText before = loaded.texts().get(entry.getKey());
            if (!written.contains(entry.getKey()) && (before == null || before.version() != entry.getValue())) {
                return false;
            }
        }
        return loaded.texts().keySet().stream().allMatch(language -> stored.versions().containsKey(language) || written.contains(language));
    }

    /** What a save must know of the item as stored now: whose it is, its version, and its languages' versions. */
    private record Stored(String chapterId, int version, Map<String, Integer> versions) {}

    /**
     * The draft as this actor's save writes it: a writer who may not publish and changed a
     * published text saves it as a new draft, which readers do not see until a reviewer publishes
     * it (they keep the published version meanwhile). Anything else is left as asked, and refused
     * by {@link #requireAllowed} when the actor may not ask it.
     */
    public ItemDraft asWrittenBy(Actor actor, ItemDraft draft) {
        ItemDraft loaded = draft.original();
        if (loaded == null) {
            return draft;
        }
        ItemDraft written = draft;
        for (var entry : draft.texts().entrySet()) {
            String language = entry.getKey();
            LanguageText text = entry.getValue();
            LanguageText before = loaded.texts().get(language);
            boolean rewritten = before != null && before.state() == TextState.PUBLISHED && text.state() == TextState.PUBLISHED
                    && !Objects.equals(before.text(), text.text());
            if (rewritten && !actor.mayReview(loaded.chapterId(), language)) {
                written = written.withState(language, TextState.DRAFT);
            }
        }
        return written;
    }

    /**
     * Refuses a save the actor may not make, before anything is checked or written: a new item
     * or a change of the item's own fields (or the kind's, {@code ownChanged}) needs
     * {@link Actor#requireEditing}, each changed language {@link Actor#requireEditingText}, and a
     * text put into the published state {@link Actor#requireReview}. A draft that does not carry
     * what it was loaded from needs {@link Actor#requireEditing}. The save checks again against
     * the item as stored.
     */
    public void requireAllowed(Actor actor, ItemDraft draft, boolean ownChanged) {
        if (draft.isNew() || draft.original() == null) {
            actor.requireEditing(draft.chapterId());
            draft.texts().forEach((language, text) -> requirePublishing(actor, draft.chapterId(), null, text, language));
            return;
        }
        ItemDraft before = draft.original();
        boolean itemChanged = ownChanged || itemFieldsChanged(before, draft) || !draft.sources().equals(before.sources());
        requireAllowed(actor, before.chapterId(), before, draft, itemChanged);
    }

    private static void requireAllowed(Actor actor, String chapterId, ItemDraft before, ItemDraft draft, boolean itemChanged) {
        if (itemChanged) {
            actor.requireEditing(chapterId);
        }
        draft.texts().forEach((language, text) -> {
            LanguageText loaded = before.texts().get(language);
            boolean changed = loaded == null ? !text.text().isBlank()
                    : loaded.state() != text.state() || !Objects.equals(loaded.text(), text.text());
            if (changed) {
                actor.requireEditingText(chapterId, language);
                requirePublishing(actor, chapterId, loaded, text, language);
            }
        });
    }

    /**
     * Saving a text in the published state (readers then see what was saved) or archiving it is a
     * reviewer's decision; writers save drafts, which leave readers the published version.
     */
    private static void requirePublishing(Actor actor, String chapterId, LanguageText loaded, LanguageText text, String language) {
        boolean decides = (text.state() == TextState.PUBLISHED || text.state() == TextState.ARCHIVED) && !text.text().isBlank();
        if (decides) {
            actor.requireReview(chapterId, language);
        }
    }

    private static boolean itemFieldsChanged(ItemDraft before, ItemDraft draft) {
        return !draft.slug().equals(before.slug()) || !draft.defaultLanguage().equals(before.defaultLanguage())
                || draft.archived() != before.archived() || !Set.copyOf(draft.themeSlugs()).equals(Set.copyOf(before.themeSlugs()));
    }

    private static Stored stored(DSLContext tx, long id) {
        var rows = tx.select(CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.VERSION, CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.VERSION)
                .from(CONTENT_ITEM)
                .leftJoin(CONTENT_TEXT).on(CONTENT_TEXT.ITEM_ID.eq(CONTENT_ITEM.ID))
                .where(CONTENT_ITEM.ID.eq(id))
                .fetch();
        if (rows.isEmpty()) {
            throw new ContentNotFoundException("item", String.valueOf(id));
        }
        Map<String, Integer> versions = new java.util.HashMap<>();
        rows.forEach(row -> {
            if (row.value3() != null) {
                versions.put(row.value3(), row.value4());
            }
        });
        return new Stored(rows.getFirst().value1(), rows.getFirst().value2(), versions);
    }

    private static String slugOf(DSLContext tx, long id) {
        String slug = tx.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM).where(CONTENT_ITEM.ID.eq(id)).fetchOne(CONTENT_ITEM.SLUG);
        if (slug == null) {
            throw new ContentNotFoundException("item", String.valueOf(id));
        }
        return slug;
    }
}
