package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_LANGUAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_TEXT;
import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.LANGUAGE;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.PRACTICE;
import static org.proximite.db.jooq.Tables.PRACTICE_RELATION;
import static org.proximite.db.jooq.Tables.PRACTICE_RESOURCE;
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
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.ChapterDescriptor;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.OrganisationEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.ProjectEntry;
import org.proximite.chapter.api.ThemeEntry;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.ChapterRefusedException;
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

    private final DSLContext dsl;
    private final Clock clock;

    public ChapterImporter(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
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
            writePractices(tx, chapterId, language, content.practices(), now, counts, merge);
            writeInitiatives(tx, chapterId, language, content.initiatives(), now, counts, merge);
            ChapterExtrasWriter.write(tx, chapterId, content, dependencies);
            alsoInTransaction.accept(tx);
            return new ImportSummary(counts.added, counts.updated, counts.removed, counts.kept, counts.merged);
        });
    }

    private List<ChapterProblem> collisions(ChapterContent content, String chapterId) {
        List<ChapterProblem> problems = new ArrayList<>();
        List<String> practiceSlugs = content.practices().stream().map(PracticeEntry::slug).toList();
        dsl.select(PRACTICE.SLUG, PRACTICE.CHAPTER_ID).from(PRACTICE)
                .where(PRACTICE.SLUG.in(practiceSlugs))
                .and(PRACTICE.CHAPTER_ID.isNull().or(PRACTICE.CHAPTER_ID.ne(chapterId)))
                .forEach(row -> problems.add(taken(ChapterLayout.PRACTICES + row.value1() + ".yaml", row.value1(), row.value2())));
        List<String> initiativeSlugs = content.initiatives().stream().map(InitiativeEntry::slug).toList();
        dsl.select(INITIATIVE.SLUG, INITIATIVE.CHAPTER_ID).from(INITIATIVE)
                .where(INITIATIVE.SLUG.in(initiativeSlugs))
                .and(INITIATIVE.CHAPTER_ID.isNull().or(INITIATIVE.CHAPTER_ID.ne(chapterId)))
                .forEach(row -> problems.add(taken(ChapterLayout.INITIATIVES + row.value1() + ".yaml", row.value1(), row.value2())));
        return problems;
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

    private void writePractices(DSLContext tx, String chapterId, String defaultLanguage, List<PracticeEntry> practices, OffsetDateTime now,
            Counts counts, UpgradeMerge merge) {
        Map<String, PracticeEntry> previous = new HashMap<>();
        if (merge != null) {
            merge.previous().practices().forEach(practice -> previous.put(practice.slug(), practice));
        }
        var existing = tx.select(PRACTICE.SLUG, PRACTICE.ID, PRACTICE.EDITED_LOCALLY).from(PRACTICE)
                .where(PRACTICE.CHAPTER_ID.eq(chapterId)).fetchMap(PRACTICE.SLUG);
        Map<String, Long> written = new HashMap<>();
        for (PracticeEntry practice : practices) {
            var current = existing.get(practice.slug());
            if (current != null && current.value3()) {
                PracticeEntry before = previous.get(practice.slug());
                if (before != null && !before.equals(practice)) {
                    long editedId = current.value2();
                    PracticeWrites.replaceTexts(tx, editedId, TextMerge.PRACTICES.merge(practice.slug(), before.texts(), practice.texts(),
                            PracticeWrites.readTexts(tx, editedId), merge.resolutions()));
                    tx.update(PRACTICE)
                            .set(PRACTICE.VERSION, PRACTICE.VERSION.plus(1))
                            .set(PRACTICE.UPDATED_AT, now)
                            .set(PRACTICE.UPDATED_BY, SYSTEM_USER)
                            .where(PRACTICE.ID.eq(editedId))
                            .execute();
                    counts.merged.add(practice.slug());
                } else {
                    counts.kept.add(practice.slug());
                }
                continue;
            }
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(PRACTICE.EVIDENCE_LEVEL, practice.evidenceLevel().name());
            values.put(PRACTICE.STATUS, practice.status().name());
            values.put(PRACTICE.DEFAULT_LANGUAGE, defaultLanguage);
            values.put(PRACTICE.UPDATED_AT, now);
            values.put(PRACTICE.UPDATED_BY, SYSTEM_USER);
            long id;
            if (current == null) {
                id = tx.insertInto(PRACTICE)
                        .set(values)
                        .set(PRACTICE.SLUG, practice.slug())
                        .set(PRACTICE.CHAPTER_ID, chapterId)
                        .set(PRACTICE.CREATED_AT, now)
                        .returningResult(PRACTICE.ID).fetchSingle().value1();
                counts.added++;
            } else {
                id = current.value2();
                tx.update(PRACTICE).set(values).set(PRACTICE.VERSION, PRACTICE.VERSION.plus(1)).where(PRACTICE.ID.eq(id)).execute();
                counts.updated++;
            }
            written.put(practice.slug(), id);
            PracticeWrites.replaceTexts(tx, id, practice.texts());
            PracticeWrites.replaceThemes(tx, id, practice.themes());
            tx.deleteFrom(PRACTICE_RESOURCE).where(PRACTICE_RESOURCE.PRACTICE_ID.eq(id)).execute();
            for (int position = 0; position < practice.resources().size(); position++) {
                var resource = practice.resources().get(position);
                tx.insertInto(PRACTICE_RESOURCE)
                        .set(PRACTICE_RESOURCE.PRACTICE_ID, id)
                        .set(PRACTICE_RESOURCE.POSITION, position)
                        .set(PRACTICE_RESOURCE.KIND, resource.kind().toUpperCase(java.util.Locale.ROOT))
                        .set(PRACTICE_RESOURCE.LANGUAGE_CODE, resource.language())
                        .set(PRACTICE_RESOURCE.LABEL, resource.label())
                        .set(PRACTICE_RESOURCE.URL, resource.url())
                        .execute();
            }
        }
        for (PracticeEntry practice : practices) {
            Long id = written.get(practice.slug());
            if (id == null) {
                continue;
            }
            tx.deleteFrom(PRACTICE_RELATION).where(PRACTICE_RELATION.PRACTICE_ID.eq(id)).execute();
            if (!practice.related().isEmpty()) {
                tx.insertInto(PRACTICE_RELATION, PRACTICE_RELATION.PRACTICE_ID, PRACTICE_RELATION.RELATED_PRACTICE_ID)
                        .select(tx.select(DSL.val(id), PRACTICE.ID).from(PRACTICE).where(PRACTICE.SLUG.in(practice.related())))
                        .execute();
            }
        }
        Set<String> shipped = Set.copyOf(practices.stream().map(PracticeEntry::slug).toList());
        existing.forEach((slug, row) -> {
            if (!shipped.contains(slug)) {
                if (row.value3()) {
                    counts.kept.add(slug);
                } else {
                    tx.deleteFrom(PRACTICE).where(PRACTICE.ID.eq(row.value2())).execute();
                    counts.removed++;
                }
            }
        });
    }

    private void writeInitiatives(DSLContext tx, String chapterId, String defaultLanguage, List<InitiativeEntry> initiatives, OffsetDateTime now,
            Counts counts, UpgradeMerge merge) {
        Map<String, InitiativeEntry> previous = new HashMap<>();
        if (merge != null) {
            merge.previous().initiatives().forEach(initiative -> previous.put(initiative.slug(), initiative));
        }
        var existing = tx.select(INITIATIVE.SLUG, INITIATIVE.ID, INITIATIVE.EDITED_LOCALLY).from(INITIATIVE)
                .where(INITIATIVE.CHAPTER_ID.eq(chapterId)).fetchMap(INITIATIVE.SLUG);
        for (InitiativeEntry initiative : initiatives) {
            var current = existing.get(initiative.slug());
            if (current != null && current.value3()) {
                InitiativeEntry before = previous.get(initiative.slug());
                if (before != null && !before.equals(initiative)) {
                    long editedId = current.value2();
                    InitiativeWrites.replaceTexts(tx, editedId, TextMerge.INITIATIVES.merge(initiative.slug(), before.texts(), initiative.texts(),
                            InitiativeWrites.readTexts(tx, editedId), merge.resolutions()));
                    tx.update(INITIATIVE)
                            .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                            .set(INITIATIVE.UPDATED_AT, now)
                            .set(INITIATIVE.UPDATED_BY, SYSTEM_USER)
                            .where(INITIATIVE.ID.eq(editedId))
                            .execute();
                    counts.merged.add(initiative.slug());
                } else {
                    counts.kept.add(initiative.slug());
                }
                continue;
            }
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(INITIATIVE.KIND, initiative.kind());
            values.put(INITIATIVE.COUNTRY_CODE, initiative.countryCode());
            values.put(INITIATIVE.LOCALITY, initiative.locality());
            values.put(INITIATIVE.START_DATE, initiative.startDate());
            values.put(INITIATIVE.END_DATE, initiative.endDate());
            values.put(INITIATIVE.EVENT_YEAR, initiative.year());
            values.put(INITIATIVE.PARTICIPANTS_TOTAL, initiative.participantsTotal());
            values.put(INITIATIVE.STATUS, initiative.status().name());
            values.put(INITIATIVE.DEFAULT_LANGUAGE, defaultLanguage);
            values.put(INITIATIVE.UPDATED_AT, now);
            values.put(INITIATIVE.UPDATED_BY, SYSTEM_USER);
            long id;
            if (current == null) {
                id = tx.insertInto(INITIATIVE)
                        .set(values)
                        .set(INITIATIVE.SLUG, initiative.slug())
                        .set(INITIATIVE.CHAPTER_ID, chapterId)
                        .set(INITIATIVE.CREATED_AT, now)
                        .returningResult(INITIATIVE.ID).fetchSingle().value1();
                counts.added++;
            } else {
                id = current.value2();
                tx.update(INITIATIVE).set(values).set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1)).where(INITIATIVE.ID.eq(id)).execute();
                counts.updated++;
            }
            InitiativeWrites.replaceTexts(tx, id, initiative.texts());
            InitiativeWrites.replaceParticipants(tx, id, initiative.participantsByGroup());
            InitiativeWrites.replacePractices(tx, id, initiative.practices());
            InitiativeWrites.replaceOrganisations(tx, id, initiative.organisations());
        }
        Set<String> shipped = Set.copyOf(initiatives.stream().map(InitiativeEntry::slug).toList());
        existing.forEach((slug, row) -> {
            if (!shipped.contains(slug)) {
                if (row.value3()) {
                    counts.kept.add(slug);
                } else {
                    tx.deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(row.value2())).execute();
                    counts.removed++;
                }
            }
        });
    }

    private static final class Counts {
        int added;
        int updated;
        int removed;
        final List<String> kept = new ArrayList<>();
        final List<String> merged = new ArrayList<>();
    }
}
