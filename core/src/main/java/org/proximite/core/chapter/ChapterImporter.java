package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_LANGUAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.LANGUAGE;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.PROJECT;
import static org.proximite.db.jooq.Tables.PROJECT_ORGANISATION;
import static org.proximite.db.jooq.Tables.PROJECT_TEXT;
import static org.proximite.db.jooq.Tables.THEME;
import static org.proximite.db.jooq.Tables.THEME_LABEL;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.chapter.api.SourceEntry;
import org.proximite.chapter.api.OrganisationEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.ProjectEntry;
import org.proximite.chapter.api.ThemeEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.content.ItemHeader;
import org.proximite.core.content.ItemRef;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;
import org.proximite.core.initiative.InitiativeFacts;
import org.proximite.core.initiative.InitiativeWrites;
import org.proximite.core.practice.PracticeWrites;
import org.springframework.stereotype.Service;

/**
 * Writes a checked chapter's content into the database, in one transaction: after a failure
 * nothing of the chapter has changed. Importing the same content twice changes nothing; a newer
 * version updates what the chapter owns, except items that coordinators edited here.
 */
@Service
public class ChapterImporter {

    static final String SYSTEM_USER = "chapter";
    private static final Actor CHAPTER_ACTOR = Actor.system(SYSTEM_USER);

    private final DSLContext dsl;
    private final Clock clock;
    private final ContentWriter writer;

    public ChapterImporter(DSLContext dsl, Clock clock, ContentWriter writer) {
        this.dsl = dsl;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * Imports the content as the given version of the chapter.
     *
     * @throws ChapterRefusedException when its slugs collide with content that another chapter or
     *     a coordinator owns; nothing was written
     */
    public ImportSummary importChapter(ChapterContent content, String version, String sha256) throws ChapterRefusedException {
        return importChapter(content, version, sha256, Map.of());
    }

    /** Imports the content, recording which chapters (and versions) it depends on. */
    public ImportSummary importChapter(ChapterContent content, String version, String sha256, Map<String, String> dependencies)
            throws ChapterRefusedException {
        return importChapter(content, version, sha256, dependencies, tx -> { });
    }

    /**
     * Imports the content and runs {@code alsoInTransaction} in the same transaction, so that
     * what it writes (the jar itself, say) is saved together with the content or not at all.
     */
    public ImportSummary importChapter(ChapterContent content, String version, String sha256, Map<String, String> dependencies,
            java.util.function.Consumer<DSLContext> alsoInTransaction) throws ChapterRefusedException {
        return importChapter(content, version, sha256, dependencies, alsoInTransaction, null);
    }

    /**
     * Imports the content; with {@code merge}, practices edited on the site are merged field by
     * field with the new version (see {@link TextMerge}) instead of being kept whole.
     */
    public ImportSummary importChapter(ChapterContent content, String version, String sha256, Map<String, String> dependencies,
            java.util.function.Consumer<DSLContext> alsoInTransaction, UpgradeMerge merge) throws ChapterRefusedException {
        String chapterId = content.descriptor().id();
        List<ChapterProblem> collisions = collisions(content, chapterId);
        if (!collisions.isEmpty()) {
            throw ChapterRefusedException.of(collisions);
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock);
            writeChapter(tx, content.descriptor(), version, sha256, now);
            writeThemes(tx, chapterId, content.themes());
            writeOrganisations(tx, chapterId, content.organisations());
            writeProjects(tx, chapterId, content.projects());
            Counts counts = new Counts();
            // The validator makes sure every item has texts in the chapter's default language.
            String language = content.descriptor().defaultLanguage();
            Map<String, SourceEntry> sources = ChapterEntries.sourcesByKey(content.sources());
            writer.inOneAppend(tx, () -> {
                writePractices(tx, chapterId, language, content.practices(), sources, counts, merge);
                writeInitiatives(tx, chapterId, language, content.initiatives(), sources, counts, merge);
                return null;
            });
            ChapterExtrasWriter.write(tx, chapterId, content, dependencies);
            alsoInTransaction.accept(tx);
            return new ImportSummary(counts.added, counts.updated, counts.removed, counts.kept, counts.merged);
        });
    }

    private List<ChapterProblem> collisions(ChapterContent content, String chapterId) {
        List<ChapterProblem> problems = new ArrayList<>();
        collisions(ItemKind.PRACTICE, ChapterLayout.PRACTICES, content.practices().stream().map(PracticeEntry::slug).toList(), chapterId, problems);
        collisions(ItemKind.INITIATIVE, ChapterLayout.INITIATIVES, content.initiatives().stream().map(InitiativeEntry::slug).toList(), chapterId,
                problems);
        return problems;
    }

    private void collisions(ItemKind kind, String folder, List<String> slugs, String chapterId, List<ChapterProblem> problems) {
        dsl.select(CONTENT_ITEM.SLUG, CONTENT_ITEM.CHAPTER_ID).from(CONTENT_ITEM)
                .where(CONTENT_ITEM.KIND.eq(kind.name()))
                .and(CONTENT_ITEM.SLUG.in(slugs))
                .and(CONTENT_ITEM.CHAPTER_ID.isNull().or(CONTENT_ITEM.CHAPTER_ID.ne(chapterId)))
                .forEach(row -> problems.add(taken(folder + row.value1() + ".yaml", row.value1(), row.value2())));
    }

    private static ChapterProblem taken(String file, String slug, String chapterId) {
        return chapterId == null ? ChapterProblem.of(file, "slug", "content.slug.taken.site", slug)
                : ChapterProblem.of(file, "slug", "content.slug.taken.chapter", slug, chapterId);
    }

    private static void writeChapter(DSLContext tx, ChapterDescriptor descriptor, String version, String sha256, OffsetDateTime now) {
        for (String language : descriptor.languages()) {
            tx.insertInto(LANGUAGE)
                    .set(LANGUAGE.CODE, language)
                    .set(LANGUAGE.NATIVE_NAME, descriptor.languageNames().getOrDefault(language, language))
                    .onConflictDoNothing()
                    .execute();
        }
        String id = descriptor.id();
        int updated = tx.update(CHAPTER)
                .set(CHAPTER.COUNTRY_CODE, descriptor.countryCode())
                .set(CHAPTER.DEFAULT_LANGUAGE, descriptor.defaultLanguage())
                .set(CHAPTER.PLUGIN_VERSION, version)
                .set(CHAPTER.CONTENT_SHA256, sha256)
                .set(CHAPTER.STATE, ChapterState.ACTIVE.name())
                .set(CHAPTER.UPDATED_AT, now)
                .where(CHAPTER.ID.eq(id))
                .execute();
        if (updated == 0) {
            tx.insertInto(CHAPTER)
                    .set(CHAPTER.ID, id)
                    .set(CHAPTER.COUNTRY_CODE, descriptor.countryCode())
                    .set(CHAPTER.DEFAULT_LANGUAGE, descriptor.defaultLanguage())
                    .set(CHAPTER.PLUGIN_VERSION, version)
                    .set(CHAPTER.CONTENT_SHA256, sha256)
                    .set(CHAPTER.STATE, ChapterState.ACTIVE.name())
                    .set(CHAPTER.INSTALLED_AT, now)
                    .set(CHAPTER.UPDATED_AT, now)
                    .execute();
        }
        tx.deleteFrom(CHAPTER_LANGUAGE).where(CHAPTER_LANGUAGE.CHAPTER_ID.eq(id)).execute();
        for (int i = 0; i < descriptor.languages().size(); i++) {
            tx.insertInto(CHAPTER_LANGUAGE)
                    .set(CHAPTER_LANGUAGE.CHAPTER_ID, id)
                    .set(CHAPTER_LANGUAGE.LANGUAGE_CODE, descriptor.languages().get(i))
                    .set(CHAPTER_LANGUAGE.POSITION, i)
                    .execute();
        }
        tx.deleteFrom(CHAPTER_TEXT).where(CHAPTER_TEXT.CHAPTER_ID.eq(id)).execute();
        descriptor.name().forEach((language, name) -> tx.insertInto(CHAPTER_TEXT)
                .set(CHAPTER_TEXT.CHAPTER_ID, id)
                .set(CHAPTER_TEXT.LANGUAGE_CODE, language)
                .set(CHAPTER_TEXT.NAME, name)
                .set(CHAPTER_TEXT.DESCRIPTION, descriptor.description().get(language))
                .execute());
    }

    /** Themes are shared vocabulary: one another chapter brought first is used as it is. */
    private static void writeThemes(DSLContext tx, String chapterId, List<ThemeEntry> themes) {
        Map<String, Long> ids = new HashMap<>();
        for (int position = 0; position < themes.size(); position++) {
            ThemeEntry theme = themes.get(position);
            var existing = tx.select(THEME.ID, THEME.CHAPTER_ID).from(THEME).where(THEME.SLUG.eq(theme.slug())).fetchOne();
            Long parentId = theme.parentSlug() == null ? null : ids.get(theme.parentSlug());
            long id;
            if (existing == null) {
                id = tx.insertInto(THEME)
                        .set(THEME.SLUG, theme.slug())
                        .set(THEME.PARENT_ID, parentId)
                        .set(THEME.CHAPTER_ID, chapterId)
                        .set(THEME.POSITION, position)
                        .returningResult(THEME.ID).fetchSingle().value1();
            } else if (chapterId.equals(existing.value2())) {
                id = existing.value1();
                tx.update(THEME).set(THEME.PARENT_ID, parentId).set(THEME.POSITION, position).where(THEME.ID.eq(id)).execute();
            } else {
                ids.put(theme.slug(), existing.value1());
                continue;
            }
            ids.put(theme.slug(), id);
            tx.deleteFrom(THEME_LABEL).where(THEME_LABEL.THEME_ID.eq(id)).execute();
            theme.label().forEach((language, label) -> tx.insertInto(THEME_LABEL)
                    .set(THEME_LABEL.THEME_ID, id)
                    .set(THEME_LABEL.LANGUAGE_CODE, language)
                    .set(THEME_LABEL.LABEL, label)
                    .execute());
        }
    }

    /** Organisations are shared too: one that another chapter brought first is used as it is. */
    private static void writeOrganisations(DSLContext tx, String chapterId, List<OrganisationEntry> organisations) {
        for (OrganisationEntry organisation : organisations) {
            int updated = tx.update(ORGANISATION)
                    .set(ORGANISATION.NAME, organisation.name())
                    .set(ORGANISATION.KIND, organisation.kind())
                    .set(ORGANISATION.COUNTRY_CODE, organisation.countryCode())
                    .set(ORGANISATION.WEBSITE, organisation.website())
                    .where(ORGANISATION.SLUG.eq(organisation.slug()))
                    .and(ORGANISATION.CHAPTER_ID.eq(chapterId))
                    .execute();
            if (updated == 0) {
                tx.insertInto(ORGANISATION)
                        .set(ORGANISATION.SLUG, organisation.slug())
                        .set(ORGANISATION.NAME, organisation.name())
                        .set(ORGANISATION.KIND, organisation.kind())
                        .set(ORGANISATION.COUNTRY_CODE, organisation.countryCode())
                        .set(ORGANISATION.WEBSITE, organisation.website())
                        .set(ORGANISATION.CHAPTER_ID, chapterId)
                        .onConflictDoNothing()
                        .execute();
            }
        }
    }

    private static void writeProjects(DSLContext tx, String chapterId, List<ProjectEntry> projects) {
        for (ProjectEntry project : projects) {
            Long id = tx.select(PROJECT.ID).from(PROJECT).where(PROJECT.SLUG.eq(project.slug())).fetchOne(PROJECT.ID);
            if (id == null) {
                id = tx.insertInto(PROJECT)
                        .set(PROJECT.SLUG, project.slug())
                        .set(PROJECT.START_YEAR, project.startYear())
                        .set(PROJECT.END_YEAR, project.endYear())
                        .set(PROJECT.CHAPTER_ID, chapterId)
                        .returningResult(PROJECT.ID).fetchSingle().value1();
            } else {
                tx.update(PROJECT)
                        .set(PROJECT.START_YEAR, project.startYear())
                        .set(PROJECT.END_YEAR, project.endYear())
                        .where(PROJECT.ID.eq(id)).execute();
            }
            long projectId = id;
            tx.deleteFrom(PROJECT_TEXT).where(PROJECT_TEXT.PROJECT_ID.eq(projectId)).execute();
            project.texts().forEach((language, text) -> tx.insertInto(PROJECT_TEXT)
                    .set(PROJECT_TEXT.PROJECT_ID, projectId)
                    .set(PROJECT_TEXT.LANGUAGE_CODE, language)
                    .set(PROJECT_TEXT.NAME, text.name())
                    .set(PROJECT_TEXT.GOAL, text.goal())
                    .execute());
            tx.deleteFrom(PROJECT_ORGANISATION).where(PROJECT_ORGANISATION.PROJECT_ID.eq(projectId)).execute();
            linkOrganisations(tx, projectId, project.funders(), "FUNDER");
            linkOrganisations(tx, projectId, project.implementers(), "IMPLEMENTER");
        }
    }

    private static void linkOrganisations(DSLContext tx, long projectId, List<String> slugs, String role) {
        for (int position = 0; position < slugs.size(); position++) {
            tx.insertInto(PROJECT_ORGANISATION, PROJECT_ORGANISATION.PROJECT_ID, PROJECT_ORGANISATION.ORGANISATION_ID,
                            PROJECT_ORGANISATION.ROLE, PROJECT_ORGANISATION.POSITION)
                    .select(tx.select(DSL.val(projectId), ORGANISATION.ID, DSL.val(role), DSL.val(position))
                            .from(ORGANISATION).where(ORGANISATION.SLUG.eq(slugs.get(position))))
                    .execute();
        }
    }

    private void writePractices(DSLContext tx, String chapterId, String defaultLanguage, List<PracticeEntry> practices,
            Map<String, SourceEntry> sources, Counts counts, UpgradeMerge merge) {
        List<PracticeEntry> previous = merge == null ? null : merge.previous().practices();
        Map<String, ItemRef> written = writeItems(tx, chapterId, defaultLanguage, practices, previous, new ItemImport<>(ItemKind.PRACTICE,
                PracticeEntry::slug, ChapterEntries::texts, PracticeEntry::status, List.copyOf(sources.values()), byItem -> {
                    PracticeWrites.writeFields(tx, valuesOf(byItem, ChapterImporter::summaryLevel));
                    writer.replaceThemes(tx, valuesOf(byItem, PracticeEntry::themes));
                    writer.replaceResources(tx, valuesOf(byItem, practice -> ChapterEntries.resources(practice.resources())));
                    writer.replaceSources(tx, valuesOf(byItem, practice -> ChapterEntries.references(practice.sources(), practice.outcomes(), sources)));
                    PracticeWrites.replaceOutcomes(tx, valuesOf(byItem, ChapterEntries::outcomes));
                }), counts, merge);
        // Relations last: a practice may name one that comes later in the chapter.
        Map<Long, List<String>> related = new HashMap<>();
        for (PracticeEntry practice : practices) {
            ItemRef ref = written.get(practice.slug());
            if (ref != null) {
                related.put(ref.id(), practice.related());
            }
        }
        PracticeWrites.replaceRelations(tx, related);
    }

    private void writeInitiatives(DSLContext tx, String chapterId, String defaultLanguage, List<InitiativeEntry> initiatives,
            Map<String, SourceEntry> sources, Counts counts, UpgradeMerge merge) {
        List<InitiativeEntry> previous = merge == null ? null : merge.previous().initiatives();
        writeItems(tx, chapterId, defaultLanguage, initiatives, previous, new ItemImport<>(ItemKind.INITIATIVE,
                InitiativeEntry::slug, ChapterEntries::texts, InitiativeEntry::status, List.copyOf(sources.values()), byItem -> {
                    InitiativeWrites.writeFacts(tx, valuesOf(byItem, initiative -> new InitiativeFacts(initiative.kind(),
                            initiative.countryCode(), initiative.locality(), initiative.startDate(), initiative.endDate(), initiative.year(),
                            initiative.planned(), initiative.participantsTotal())));
                    InitiativeWrites.replaceParticipants(tx, valuesOf(byItem, InitiativeEntry::participantsByGroup));
                    InitiativeWrites.replacePractices(tx, valuesOf(byItem, InitiativeEntry::practices));
                    InitiativeWrites.replaceOrganisations(tx, valuesOf(byItem, InitiativeEntry::organisations));
                    writer.replaceSources(tx, valuesOf(byItem, initiative -> ChapterEntries.references(initiative.sources(), List.of(), sources)));
                }), counts, merge);
    }

    /** A practice's level: the one it states, or else the highest of its outcomes' (the validator makes them agree). */
    private static EvidenceLevel summaryLevel(PracticeEntry practice) {
        if (practice.evidenceLevel() != null) {
            return practice.evidenceLevel();
        }
        return practice.outcomes().stream().map(OutcomeEntry::level).max(java.util.Comparator.naturalOrder()).orElse(EvidenceLevel.PRACTICE_BASED);
    }

    private static <E, V> Map<Long, V> valuesOf(Map<Long, E> entries, Function<E, V> value) {
        Map<Long, V> values = new LinkedHashMap<>();
        entries.forEach((id, entry) -> values.put(id, value.apply(entry)));
        return values;
    }

    /**
     * How to import one kind of item: its slug, texts and status, the chapter's sources (an item
     * whose entry is unchanged is rewritten all the same when they changed, as it shows them), and
     * how to write its own fields for many items at once (entries by item id).     */
    private record ItemImport<E>(
            ItemKind kind,
            Function<E, String> slug,
            Function<E, Map<String, ItemText>> texts,
            Function<E, ContentStatus> status,
            List<SourceEntry> sources,
            Consumer<Map<Long, E>> writeOwn) {}

    /**
     * Writes a chapter's items of one kind, for practices and initiatives alike: new ones are
     * created; ones the new version leaves as the installed version had them are not touched;
     * changed ones are rewritten; ones edited on the site are merged field by field (with the
     * installed version known) or kept; ones the chapter no longer ships are deleted unless
     * edited here. New and changed items are written together, in a few statements whatever their
     * number. Returns the items written, by slug.
     */
    private <E> Map<String, ItemRef> writeItems(DSLContext tx, String chapterId, String defaultLanguage, List<E> entries, List<E> previousEntries,
            ItemImport<E> kind, Counts counts, UpgradeMerge merge) {
        Map<String, E> previous = new HashMap<>();
        if (previousEntries != null) {
            previousEntries.forEach(entry -> previous.put(kind.slug().apply(entry), entry));
        }
        Map<String, StoredItem> existing = new HashMap<>();
        tx.select(CONTENT_ITEM.ID, CONTENT_ITEM.SLUG, CONTENT_ITEM.EDITED_LOCALLY, CONTENT_ITEM.DEFAULT_LANGUAGE)
                .from(CONTENT_ITEM)
                .where(CONTENT_ITEM.CHAPTER_ID.eq(chapterId))
                .and(CONTENT_ITEM.KIND.eq(kind.kind().name()))
                .forEach(row -> existing.put(row.value2(), new StoredItem(
                        new ItemRef(row.value1(), kind.kind(), row.value2(), chapterId, row.value4()), row.value3())));
        Map<String, ItemRef> written = new HashMap<>();
        List<E> created = new ArrayList<>();
        List<E> replaced = new ArrayList<>();
        List<E> merged = new ArrayList<>();
        for (E entry : entries) {
            String slug = kind.slug().apply(entry);
            StoredItem current = existing.get(slug);
            E before = previous.get(slug);
            if (current == null) {
                created.add(entry);
            } else if (current.editedLocally()) {
                if (before != null && !before.equals(entry)) {
                    merged.add(entry);
                } else {
                    counts.kept.add(slug);
                }
            } else if (before != null && before.equals(entry) && merge.previous().sources().equals(kind.sources())
                    && current.ref().defaultLanguage().equals(defaultLanguage)) {
                written.put(slug, current.ref());
            } else {
                replaced.add(entry);
            }
        }
        // The stored texts of every item to replace or merge, in one statement.
        Map<Long, Map<String, LanguageText>> storedTexts = ContentTexts.ofItems(tx, Stream.concat(replaced.stream(), merged.stream())
                .map(entry -> existing.get(kind.slug().apply(entry)).ref().id()).toList());
        for (E entry : merged) {
            String slug = kind.slug().apply(entry);
            ItemRef ref = existing.get(slug).ref();
            Map<String, LanguageText> stored = storedTexts.getOrDefault(ref.id(), Map.of());
            Map<String, ItemText> storedFields = new HashMap<>();
            stored.forEach((language, text) -> storedFields.put(language, text.text()));
            Map<String, ItemText> mergedTexts = TextMerge.merge(kind.kind(), slug, kind.texts().apply(previous.get(slug)), kind.texts().apply(entry),
                    storedFields, merge.resolutions());
            mergedTexts.forEach((language, text) -> writer.saveText(tx, CHAPTER_ACTOR, ref, language,
                    stored.containsKey(language) ? stored.get(language).state() : TextState.DRAFT, text, null));
            counts.merged.add(slug);
        }
        List<ContentWriter.NewItem> newItems = created.stream()
                .map(entry -> new ContentWriter.NewItem(header(kind, entry, chapterId, defaultLanguage), kind.texts().apply(entry), stateOf(kind, entry)))
                .toList();
        Map<Long, E> own = new LinkedHashMap<>();
        List<ItemRef> refs = writer.createAll(tx, CHAPTER_ACTOR, kind.kind(), newItems);
        for (int i = 0; i < refs.size(); i++) {
            own.put(refs.get(i).id(), created.get(i));
            written.put(refs.get(i).slug(), refs.get(i));
        }
        counts.added += refs.size();
        List<ContentWriter.ReplacedItem> replacedItems = new ArrayList<>();
        for (E entry : replaced) {
            ItemRef current = existing.get(kind.slug().apply(entry)).ref();
            ItemRef ref = new ItemRef(current.id(), kind.kind(), current.slug(), chapterId, defaultLanguage);
            replacedItems.add(new ContentWriter.ReplacedItem(ref, header(kind, entry, chapterId, defaultLanguage), kind.texts().apply(entry),
                    stateOf(kind, entry), storedTexts.getOrDefault(ref.id(), Map.of())));
            own.put(ref.id(), entry);
            written.put(ref.slug(), ref);
        }
        writer.replaceAll(tx, CHAPTER_ACTOR, replacedItems);
        counts.updated += replacedItems.size();
        kind.writeOwn().accept(own);
        Set<String> shipped = new HashSet<>(entries.stream().map(kind.slug()).toList());
        existing.forEach((slug, item) -> {
            if (!shipped.contains(slug)) {
                if (item.editedLocally()) {
                    counts.kept.add(slug);
                } else {
                    writer.delete(tx, CHAPTER_ACTOR, item.ref());
                    counts.removed++;
                }
            }
        });
        return written;
    }

    private static <E> ItemHeader header(ItemImport<E> kind, E entry, String chapterId, String defaultLanguage) {
        return new ItemHeader(kind.slug().apply(entry), chapterId, defaultLanguage, kind.status().apply(entry) == ContentStatus.ARCHIVED, false);
    }

    private static <E> TextState stateOf(ItemImport<E> kind, E entry) {
        return kind.status().apply(entry) == ContentStatus.DRAFT ? TextState.DRAFT : TextState.PUBLISHED;
    }

    private record StoredItem(ItemRef ref, boolean editedLocally) {}

    private static final class Counts {
        int added;
        int updated;
        int removed;
        final List<String> kept = new ArrayList<>();
        final List<String> merged = new ArrayList<>();
    }
}
