package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_RESOURCE;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.ITEM_RELATION;
import static org.proximite.db.jooq.Tables.LANGUAGE;
import static org.proximite.db.jooq.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.editing.ConflictException;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.EditConflict;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.internal.DeferredWrites;
import org.proximite.core.internal.FixedStatement;
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
        return loaded(context, kind, slug, ITEM_BY_SLUG, slug);
    }

    private static ItemDraft loadById(DSLContext context, ItemKind kind, long id) {
        return loaded(context, kind, String.valueOf(id), ITEM_BY_ID, id);
    }

    private static ItemDraft loaded(DSLContext context, ItemKind kind, String named, FixedStatement read, Object key) {
        // The item with its themes, sources, resources and related practices in one statement.
        var row = read.fetchWith(context, ITEM_COLUMNS, kind.name(), key).fetchOne();
        if (row == null) {
            throw new ContentNotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), named);
        }
        ContentItemRecord item = row.into(CONTENT_ITEM);
        return ItemDraft.loaded(item.getId(), item.getSlug(), item.getVersion(), item.getChapterId(), item.getDefaultLanguage(),
                item.getArchived(), row.get(THEMES), ContentTexts.of(context, item.getId()), row.get(SOURCES), row.get(RESOURCES),
                row.get(RELATED));
    }

    private static final org.jooq.Field<List<String>> THEMES = themes();
    private static final org.jooq.Field<List<Source>> SOURCES = ContentSources.ofItem();
    private static final org.jooq.Field<List<Resource>> RESOURCES = resources();
    private static final org.jooq.Field<List<String>> RELATED = related();

    private static final List<org.jooq.Field<?>> ITEM_COLUMNS = java.util.stream.Stream.concat(java.util.Arrays.stream(CONTENT_ITEM.fields()),
            java.util.stream.Stream.of(THEMES, SOURCES, RESOURCES, RELATED)).toList();

    private static final FixedStatement ITEM_BY_SLUG = FixedStatement.of(values -> itemOfKind(values).and(CONTENT_ITEM.SLUG.eq(values.next(CONTENT_ITEM.SLUG))));

    private static final FixedStatement ITEM_BY_ID = FixedStatement.of(values -> itemOfKind(values).and(CONTENT_ITEM.ID.eq(values.next(CONTENT_ITEM.ID))));

    /** The item with its parts, of the kind given first, which the caller narrows to one. */
    private static org.jooq.SelectConditionStep<org.jooq.Record> itemOfKind(FixedStatement.Values values) {
        return DSL.select(ITEM_COLUMNS).from(CONTENT_ITEM).where(CONTENT_ITEM.KIND.eq(values.next(CONTENT_ITEM.KIND)));
    }

    /** The item's themes, by slug, in the order of the theme tree. */
    private static org.jooq.Field<List<String>> themes() {
        return DSL.multiset(DSL.select(THEME.SLUG)
                        .from(CONTENT_THEME)
                        .join(THEME).on(THEME.ID.eq(CONTENT_THEME.THEME_ID))
                        .where(CONTENT_THEME.ITEM_ID.eq(CONTENT_ITEM.ID))
                        .orderBy(THEME.POSITION, THEME.SLUG))
                .as("themes").convertFrom(rows -> rows.map(org.jooq.Record1::value1));
    }

    /** The item's tools and resources, in their order. */
    private static org.jooq.Field<List<Resource>> resources() {
        return DSL.multiset(DSL.select(CONTENT_RESOURCE.KIND, CONTENT_RESOURCE.LANGUAGE_CODE, CONTENT_RESOURCE.LABEL, CONTENT_RESOURCE.URL)
                        .from(CONTENT_RESOURCE)
                        .where(CONTENT_RESOURCE.ITEM_ID.eq(CONTENT_ITEM.ID))
                        .orderBy(CONTENT_RESOURCE.POSITION))
                .as("resources").convertFrom(rows -> rows.map(resource -> new Resource(resource.value1(), resource.value2(), resource.value3(),
                        resource.value4())));
    }

    /** The practices the item is related to, by slug. */
    private static org.jooq.Field<List<String>> related() {
        var practice = CONTENT_ITEM.as("related_practice");
        return DSL.multiset(DSL.select(practice.SLUG)
                        .from(ITEM_RELATION)
                        .join(practice).on(practice.ID.eq(ITEM_RELATION.RELATED_ITEM_ID))
                        .where(ITEM_RELATION.ITEM_ID.eq(CONTENT_ITEM.ID))
                        .orderBy(practice.SLUG))
                .as("related").convertFrom(rows -> rows.map(org.jooq.Record1::value1));
    }

    public ItemDraft load(ItemKind kind, String slug) {
        return load(dsl, kind, slug);
    }

    /** What is wrong with the shared part of the draft: slug, texts by the kind's fields, themes, sources, resources, related practices. */
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
        if (loaded == null || !loaded.resources().equals(draft.resources())) {
            Set<String> languages = draft.resources().stream().anyMatch(resource -> resource.language() != null)
                    ? Set.copyOf(dsl.select(LANGUAGE.CODE).from(LANGUAGE).fetch(LANGUAGE.CODE)) : Set.of();
            problems.addAll(ContentResources.problems(draft.resources(), languages));
        }
        if ((loaded == null || !Set.copyOf(loaded.relatedSlugs()).equals(Set.copyOf(draft.relatedSlugs()))) && !draft.relatedSlugs().isEmpty()) {
            Set<String> practices = Set.copyOf(dsl.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM)
                    .where(CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name())).and(CONTENT_ITEM.SLUG.in(draft.relatedSlugs()))
                    .fetch(CONTENT_ITEM.SLUG));
            draft.relatedSlugs().stream()
                    .filter(slug -> !practices.contains(slug))
                    .forEach(slug -> problems.add(new FieldProblem("related", "validation.unknownPractice", slug)));
            boolean itself = kind == ItemKind.PRACTICE && draft.relatedSlugs().contains(loaded == null ? draft.slug() : loaded.slug());
            if (itself) {
                problems.add(new FieldProblem("related", "validation.relatedToItself"));
            }
        }
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
     * own fields when they (or the kind's, {@code own}) changed, then saves each language whose
     * text or state changed.
     *
     * <p>What someone else saved since the editor loaded the item merges with the editor's
     * changes: another language, other fields of the same language, other parts of the item. A
     * field both changed differently is a conflict: nothing is written and
     * {@link ConflictException} carries both values. The item's row is locked for the save, so
     * that saves of one item follow each other and each merges with the one before.
     *
     * @return the item as written
     * @throws ConflictException when the editor and someone else changed the same field differently
     */
    public Written write(DSLContext tx, Actor actor, ItemKind kind, ItemDraft draft, OwnFields own) {
        return write(tx, actor, kind, draft, own, Map.of());
    }

    /**
     * As {@link #write(DSLContext, Actor, ItemKind, ItemDraft, OwnFields)}, for translations made
     * elsewhere from an older version of the default language's text (a translator's file):
     * {@code writtenFrom} gives, by language, the source each was written from, so that the fields
     * of the source changed since stay marked outdated. The other translations saved record the
     * default text stored now, as an editor's save does.
     */
    public Written write(DSLContext tx, Actor actor, ItemKind kind, ItemDraft draft, OwnFields own, Map<String, TextSource> writtenFrom) {
        // What nobody reads back before the end (fields, revisions, the outbox's lines) goes in one batch.
        return DeferredWrites.together(tx, () -> writer.inOneAppend(tx, () -> writeOnce(tx, actor, kind, draft, own, writtenFrom)));
    }

    private Written writeOnce(DSLContext tx, Actor actor, ItemKind kind, ItemDraft asked, OwnFields own, Map<String, TextSource> writtenFrom) {
        if (asked.isNew()) {
            ItemRef ref = writer.create(tx, actor, kind, asked.header(false));
            writer.replaceThemes(tx, ref, asked.themeSlugs());
            writer.replaceSources(tx, ref, asked.sources());
            writer.replaceResources(tx, ref, asked.resources());
            replaceRelated(tx, ref, asked.relatedSlugs());
            own.write(ref);
            TextsWritten written = writeTexts(tx, actor, ref, asked, Map.of(), new Stored(null, 1, Map.of()), writtenFrom);
            return new Written(ref, ItemDraft.loaded(ref.id(), asked.slug(), 1, ref.chapterId(), asked.defaultLanguage(), asked.archived(),
                    asked.themeSlugs(), written.saved(), asked.sources(), asked.resources(), relatedAsStored(asked.relatedSlugs())));
        }
        Stored stored = stored(tx, asked.id());
        // Compared with what the editor loaded, not with what is stored now: a part someone
        // else changed meanwhile and this editor did not touch is no conflict.
        ItemDraft before = asked.original() != null ? asked.original() : load(tx, kind, slugOf(tx, asked.id()));
        boolean sourcesChanged = !asked.sources().equals(before.sources());
        boolean itemChanged = own.changed() || itemFieldsChanged(before, asked) || sourcesChanged;
        // Checked against the chapter stored, not the one the draft names, before anything is written.
        requireAllowed(actor, stored.chapterId(), before, asked, itemChanged);
        List<EditConflict> conflicts = new ArrayList<>();
        ItemDraft draft = asked;
        boolean itemMerged = false;
        if (itemChanged && stored.version() != before.version()) {
            ItemDraft current = loadById(tx, kind, asked.id());
            draft = ItemPartsMerge.merge(before, asked, current, conflicts);
            if ((own.changed() || sourcesChanged) && own.changedByOthers(tx, asked.id())) {
                conflicts.add(new EditConflict(null, own.name(), null, null, current.version()));
            }
            itemMerged = true;
        }
        MergedTexts texts = mergedTexts(tx, actor, kind, draft, before.texts(), stored, conflicts);
        if (!conflicts.isEmpty()) {
            throw new ConflictException(asked.slug(), conflicts);
        }
        draft = new ItemDraft(draft.id(), draft.slug(), draft.version(), draft.chapterId(), draft.defaultLanguage(), draft.archived(),
                draft.themeSlugs(), texts.texts(), draft.sources(), draft.resources(), draft.relatedSlugs(), draft.original());
        ItemRef ref = new ItemRef(draft.id(), kind, draft.slug(), stored.chapterId(), draft.defaultLanguage());
        int itemVersion = stored.version();
        if (itemChanged) {
            itemVersion = writer.changeItem(tx, actor, ref, draft.header(stored.chapterId() != null), stored.version());
            writer.replaceThemes(tx, ref, draft.themeSlugs());
            if (sourcesChanged) {
                writer.replaceSources(tx, ref, draft.sources());
            }
            if (!draft.resources().equals(before.resources())) {
                writer.replaceResources(tx, ref, draft.resources());
            }
            if (!Set.copyOf(draft.relatedSlugs()).equals(Set.copyOf(before.relatedSlugs()))) {
                replaceRelated(tx, ref, draft.relatedSlugs());
            }
            if (own.changed() || sourcesChanged) {
                // Written after the item's sources, which drop what cited the sources they replace.
                own.write(ref);
            }
        }
        TextsWritten written = writeTexts(tx, actor, ref, draft, texts.bases(), stored, writtenFrom);
        boolean merged = itemMerged || texts.merged();
        return new Written(ref, !merged && unchangedByOthers(asked, stored, written.languages())
                ? ItemDraft.loaded(ref.id(), draft.slug(), itemVersion, ref.chapterId(), draft.defaultLanguage(), draft.archived(),
                        draft.themeSlugs(), written.saved(), draft.sources(), draft.resources(), relatedAsStored(draft.relatedSlugs()))
                : null);
    }

    /**
     * Each language's text as this save writes it, and what each is written over.
     *
     * @param bases what each language's text is compared with to know whether to write it: as the
     *     editor loaded it, or as stored now for a merged language
     * @param merged whether someone else's changes were merged in
     */
    private record MergedTexts(Map<String, LanguageText> texts, Map<String, LanguageText> bases, boolean merged) {}

    /**
     * The editor's texts, with the changes of a language someone else saved since the editor
     * loaded it merged into theirs (the version then the one stored now). Conflicts are added to
     * {@code conflicts}; the stored texts are read only when a changed language moved on meanwhile.
     */
    private static MergedTexts mergedTexts(DSLContext tx, Actor actor, ItemKind kind, ItemDraft draft, Map<String, LanguageText> loaded,
            Stored stored, List<EditConflict> conflicts) {
        Map<String, LanguageText> texts = new java.util.LinkedHashMap<>(draft.texts());
        Map<String, LanguageText> bases = new java.util.HashMap<>(loaded);
        Map<String, LanguageText> current = null;
        for (var entry : draft.texts().entrySet()) {
            String language = entry.getKey();
            LanguageText mine = entry.getValue();
            LanguageText base = loaded.get(language);
            int loadedVersion = base == null ? 0 : base.version();
            if (!changed(base, mine) || stored.versions().getOrDefault(language, 0) == loadedVersion) {
                continue;
            }
            if (current == null) {
                current = ContentTexts.of(tx, draft.id());
            }
            LanguageText theirs = current.get(language);
            TextMerge.Merged merged = TextMerge.merge(kind, language, base, mine, theirs);
            conflicts.addAll(merged.conflicts());
            TextState state = merged.state();
            boolean rewritesPublished = theirs != null && theirs.state() == TextState.PUBLISHED && !merged.text().equals(theirs.text());
            if (state == TextState.PUBLISHED && rewritesPublished && !actor.mayReview(stored.chapterId(), language)) {
                // As asWrittenBy: a writer's change of what readers see becomes the next draft.
                state = TextState.DRAFT;
            }
            texts.put(language, theirs == null
                    ? new LanguageText(state, 0, merged.text(), null, null, null, null)
                    : new LanguageText(state, theirs.version(), merged.text(), theirs.updatedAt(), theirs.updatedBy(), theirs.publishedVersion(),
                            theirs.sourceVersion()));
            if (theirs == null) {
                bases.remove(language);
            } else {
                bases.put(language, theirs);
            }
        }
        return new MergedTexts(texts, bases, current != null);
    }

    /** Whether the editor changed this language's text or state from what they loaded. */
    private static boolean changed(LanguageText loaded, LanguageText text) {
        return loaded == null ? !text.text().isBlank() : loaded.state() != text.state() || !Objects.equals(loaded.text(), text.text());
    }

    /** The texts as saved (new versions for those written), and every language this save wrote or deleted. */
    private record TextsWritten(Map<String, LanguageText> saved, Set<String> languages) {}

    /** Saves each language whose text or state differs from its base; the default language first, so translations record their source. */
    private TextsWritten writeTexts(DSLContext tx, Actor actor, ItemRef ref, ItemDraft draft, Map<String, LanguageText> bases, Stored stored,
            Map<String, TextSource> writtenFrom) {
        List<String> languages = new ArrayList<>(draft.texts().keySet());
        languages.sort((a, b) -> a.equals(draft.defaultLanguage()) ? -1 : b.equals(draft.defaultLanguage()) ? 1 : a.compareTo(b));
        Map<String, LanguageText> savedTexts = new java.util.TreeMap<>();
        Set<String> written = new java.util.HashSet<>();
        TextSource source = knownSource(draft, bases, stored);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        for (String language : languages) {
            LanguageText text = draft.texts().get(language);
            LanguageText before = bases.get(language);
            if (text.text().isBlank()) {
                if (before != null && stored.versions().containsKey(language)) {
                    writer.deleteText(tx, actor, ref, language);
                }
                written.add(language);
            } else if (changed(before, text)) {
                boolean translation = !language.equals(draft.defaultLanguage());
                if (source == null && translation && !writtenFrom.containsKey(language)) {
                    // Someone changed the default text since the editor loaded it: its version is read now.
                    source = TextSource.of(ContentTexts.one(tx, ref.id(), draft.defaultLanguage()));
                }
                TextSource from = !translation ? TextSource.NONE : writtenFrom.getOrDefault(language, source);
                // The save holds the text's row lock since it read the stored versions: at that version, nobody can change it before the end.
                boolean locked = stored.versions().containsKey(language) && stored.versions().get(language) == text.version();
                int version = writer.saveText(tx, actor, ref, language, text.state(), text.text(), text.version(), from, locked);
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
                savedTexts.put(language, new LanguageText(text.state(), version, text.text(), now, actor.name(), published, from.version()));
                written.add(language);
            } else {
                savedTexts.put(language, text);
            }
        }
        return new TextsWritten(savedTexts, written);
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
                || draft.archived() != before.archived() || !Set.copyOf(draft.themeSlugs()).equals(Set.copyOf(before.themeSlugs()))
                || !draft.resources().equals(before.resources()) || !Set.copyOf(draft.relatedSlugs()).equals(Set.copyOf(before.relatedSlugs()));
    }

    /** Relates the item to the practices of these slugs, in place of those it was related to. */
    private static void replaceRelated(DSLContext tx, ItemRef ref, List<String> relatedSlugs) {
        PracticeLinks.replace(tx, ITEM_RELATION.ITEM_ID, ITEM_RELATION.RELATED_ITEM_ID, ref.id(), relatedSlugs);
    }

    /** Related practices as {@link #load} reads them: each once, by slug. */
    private static List<String> relatedAsStored(List<String> relatedSlugs) {
        return relatedSlugs.stream().distinct().sorted().toList();
    }

    /**
     * The item's stored versions, its row and its texts' rows locked until the save ends: another
     * save of the item waits, then reads what this one wrote and merges with it. On PostgreSQL the
     * rows are locked by the statement that reads them (an inner join: PostgreSQL cannot lock the
     * optional side of an outer join), so that a save that waited reads them as committed; on H2
     * by updates before it, in the same order (the item, then its texts). An item without texts is
     * read, and locked, alone.
     */
    private static Stored stored(DSLContext tx, long id) {
        Result<org.jooq.Record> rows;
        if (tx.dialect().family() == SQLDialect.H2) {
            // H2 parses a statement "for update" again at each execution (it keeps only other
            // statements among those it parsed), but keeps updates: the rows are locked by updates
            // that change nothing, then read.
            LOCK_ITEM.with(tx, id).execute();
            LOCK_TEXTS.with(tx, id).execute();
            rows = STORED_VERSIONS.fetchWith(tx, STORED_COLUMNS, id).fetch();
        } else {
            rows = STORED_VERSIONS_FOR_UPDATE.fetchWith(tx, STORED_COLUMNS, id).fetch();
        }
        if (rows.isEmpty()) {
            var item = tx.select(CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.VERSION).from(CONTENT_ITEM).where(CONTENT_ITEM.ID.eq(id)).forUpdate().fetchOne();
            if (item == null) {
                throw new ContentNotFoundException("item", String.valueOf(id));
            }
            return new Stored(item.value1(), item.value2(), Map.of());
        }
        Map<String, Integer> versions = new java.util.HashMap<>();
        rows.forEach(row -> versions.put(row.get(2, String.class), row.get(3, Integer.class)));
        return new Stored(rows.getFirst().get(0, String.class), rows.getFirst().get(1, Integer.class), versions);
    }

    private static final FixedStatement LOCK_ITEM = FixedStatement.of(values ->
            DSL.update(CONTENT_ITEM).set(CONTENT_ITEM.VERSION, CONTENT_ITEM.VERSION).where(CONTENT_ITEM.ID.eq(values.next(CONTENT_ITEM.ID))));

    private static final FixedStatement LOCK_TEXTS = FixedStatement.of(values ->
            DSL.update(CONTENT_TEXT).set(CONTENT_TEXT.VERSION, CONTENT_TEXT.VERSION).where(CONTENT_TEXT.ITEM_ID.eq(values.next(CONTENT_TEXT.ITEM_ID))));

    private static final List<org.jooq.Field<?>> STORED_COLUMNS = List.of(CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.VERSION, CONTENT_TEXT.LANGUAGE_CODE,
            CONTENT_TEXT.VERSION);

    private static final FixedStatement STORED_VERSIONS = FixedStatement.of(ItemEditing::storedVersions);

    private static final FixedStatement STORED_VERSIONS_FOR_UPDATE = FixedStatement.of(values -> storedVersions(values).forUpdate());

    private static org.jooq.SelectConditionStep<?> storedVersions(FixedStatement.Values values) {
        return DSL.select(STORED_COLUMNS)
                .from(CONTENT_ITEM)
                .join(CONTENT_TEXT).on(CONTENT_TEXT.ITEM_ID.eq(CONTENT_ITEM.ID))
                .where(CONTENT_ITEM.ID.eq(values.next(CONTENT_ITEM.ID)));
    }

    private static String slugOf(DSLContext tx, long id) {
        String slug = tx.select(CONTENT_ITEM.SLUG).from(CONTENT_ITEM).where(CONTENT_ITEM.ID.eq(id)).fetchOne(CONTENT_ITEM.SLUG);
        if (slug == null) {
            throw new ContentNotFoundException("item", String.valueOf(id));
        }
        return slug;
    }
}
