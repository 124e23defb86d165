package org.proximite.core.practice;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_TEXT;
import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE;
import static org.proximite.db.jooq.Tables.INITIATIVE_TEXT;
import static org.proximite.db.jooq.Tables.PRACTICE;
import static org.proximite.db.jooq.Tables.PRACTICE_ADAPTATION;
import static org.proximite.db.jooq.Tables.PRACTICE_RELATION;
import static org.proximite.db.jooq.Tables.PRACTICE_RESOURCE;
import static org.proximite.db.jooq.Tables.PRACTICE_TEXT;
import static org.proximite.db.jooq.Tables.PRACTICE_THEME;
import static org.proximite.db.jooq.Tables.THEME;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.practice.PracticePage.ContentLink;
import org.proximite.core.practice.PracticePage.Resource;
import org.proximite.core.theme.ThemeQueries;
import org.proximite.core.internal.ChapterVisibility;
import org.springframework.stereotype.Service;

/** Reads practices for readers: lists with filters and single pages, in the reader's language. */
@Service
public class PracticeQueries {

    private static final org.proximite.db.jooq.tables.PracticeText ASKED = PRACTICE_TEXT.as("asked");
    private static final org.proximite.db.jooq.tables.PracticeText DEFAULT = PRACTICE_TEXT.as("fallback");

    private final DSLContext dsl;
    private final ThemeQueries themes;

    public PracticeQueries(DSLContext dsl, ThemeQueries themes) {
        this.dsl = dsl;
        this.themes = themes;
    }

    /** Practices matching the filter, sorted by title in the language shown. */
    public List<PracticeCard> list(PracticeFilter filter) {
        return cards(conditionsFor(filter), filter.language(), Integer.MAX_VALUE, false);
    }

    /** The most recently changed published practices. */
    public List<PracticeCard> recent(String language, int limit) {
        return cards(PRACTICE.STATUS.eq(ContentStatus.PUBLISHED.name()).and(ChapterVisibility.fromActiveChapter(PRACTICE.CHAPTER_ID)),
                language, limit, true);
    }

    /** Slug and title, in the given language or the practice's own, of every practice, sorted. */
    public List<ContentLink> allLinks(String language) {
        var title = coalesce(ASKED.TITLE, DEFAULT.TITLE);
        return dsl.select(PRACTICE.SLUG, title)
                .from(PRACTICE)
                .join(DEFAULT).on(DEFAULT.PRACTICE_ID.eq(PRACTICE.ID).and(DEFAULT.LANGUAGE_CODE.eq(PRACTICE.DEFAULT_LANGUAGE)))
                .leftJoin(ASKED).on(ASKED.PRACTICE_ID.eq(PRACTICE.ID).and(ASKED.LANGUAGE_CODE.eq(language)))
                .orderBy(title)
                .fetch(row -> new ContentLink(row.value1(), row.value2()));
    }

    /** One practice in the given language, or in its default language when not translated. */
    public Optional<PracticePage> find(String slug, String language, boolean includeDrafts) {
        Record practice = dsl.selectFrom(PRACTICE)
                .where(PRACTICE.SLUG.eq(slug))
                .and(includeDrafts ? noCondition() : PRACTICE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(PRACTICE.CHAPTER_ID))
                .fetchOne();
        if (practice == null) {
            return Optional.empty();
        }
        long id = practice.get(PRACTICE.ID);
        Map<String, PracticeText> texts = dsl.selectFrom(PRACTICE_TEXT)
                .where(PRACTICE_TEXT.PRACTICE_ID.eq(id))
                .orderBy(PRACTICE_TEXT.LANGUAGE_CODE)
                .fetchMap(PRACTICE_TEXT.LANGUAGE_CODE, PracticeQueries::text);
        String defaultLanguage = practice.get(PRACTICE.DEFAULT_LANGUAGE);
        String shown = texts.containsKey(language) ? language : defaultLanguage;
        return Optional.of(new PracticePage(
                id,
                slug,
                practice.get(PRACTICE.VERSION),
                EvidenceLevel.valueOf(practice.get(PRACTICE.EVIDENCE_LEVEL)),
                ContentStatus.valueOf(practice.get(PRACTICE.STATUS)),
                practice.get(PRACTICE.CHAPTER_ID),
                defaultLanguage,
                shown,
                !shown.equals(language),
                List.copyOf(texts.keySet()),
                texts.get(shown),
                themes.themesOfPractices(List.of(id), language).getOrDefault(id, List.of()),
                resources(id, language),
                related(id, language, includeDrafts),
                appliedIn(id, language, includeDrafts),
                adaptations(id, language),
                practice.get(PRACTICE.UPDATED_AT),
                practice.get(PRACTICE.UPDATED_BY)));
    }

    static PracticeText text(Record row) {
        return new PracticeText(
                row.get(PRACTICE_TEXT.TITLE),
                row.get(PRACTICE_TEXT.SUMMARY),
                row.get(PRACTICE_TEXT.BODY),
                row.get(PRACTICE_TEXT.EFFECT),
                row.get(PRACTICE_TEXT.MECHANISM),
                row.get(PRACTICE_TEXT.CONTEXT),
                row.get(PRACTICE_TEXT.IMPLEMENTATION),
                row.get(PRACTICE_TEXT.COST));
    }

    private List<PracticeCard> cards(Condition condition, String language, int limit, boolean newestFirst) {
        var title = coalesce(ASKED.TITLE, DEFAULT.TITLE);
        var rows = dsl.select(
                        PRACTICE.ID, PRACTICE.SLUG, title, coalesce(ASKED.SUMMARY, DEFAULT.SUMMARY),
                        ASKED.LANGUAGE_CODE, PRACTICE.DEFAULT_LANGUAGE, PRACTICE.EVIDENCE_LEVEL,
                        PRACTICE.STATUS, PRACTICE.CHAPTER_ID, PRACTICE.UPDATED_AT)
                .from(PRACTICE)
                .join(DEFAULT).on(DEFAULT.PRACTICE_ID.eq(PRACTICE.ID).and(DEFAULT.LANGUAGE_CODE.eq(PRACTICE.DEFAULT_LANGUAGE)))
                .leftJoin(ASKED).on(ASKED.PRACTICE_ID.eq(PRACTICE.ID).and(ASKED.LANGUAGE_CODE.eq(language)))
                .where(condition)
                .orderBy(newestFirst ? PRACTICE.UPDATED_AT.desc() : title.asc(), PRACTICE.SLUG)
                .limit(limit)
                .fetch();
        var themesById = themes.themesOfPractices(rows.getValues(PRACTICE.ID), language);
        return rows.map(row -> new PracticeCard(
                row.get(PRACTICE.SLUG),
                row.get(title),
                row.value4(),
                row.get(ASKED.LANGUAGE_CODE) != null ? language : row.get(PRACTICE.DEFAULT_LANGUAGE),
                row.get(ASKED.LANGUAGE_CODE) == null,
                EvidenceLevel.valueOf(row.get(PRACTICE.EVIDENCE_LEVEL)),
                ContentStatus.valueOf(row.get(PRACTICE.STATUS)),
                row.get(PRACTICE.CHAPTER_ID),
                themesById.getOrDefault(row.get(PRACTICE.ID), List.of()),
                row.get(PRACTICE.UPDATED_AT)));
    }

    private static Condition conditionsFor(PracticeFilter filter) {
        Condition condition = (filter.includeDrafts() ? noCondition() : PRACTICE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(PRACTICE.CHAPTER_ID));
        if (filter.themeSlug() != null) {
            var theme = THEME.as("filter_theme");
            var parent = THEME.as("filter_parent");
            condition = condition.and(PRACTICE.ID.in(select(PRACTICE_THEME.PRACTICE_ID)
                    .from(PRACTICE_THEME)
                    .join(theme).on(theme.ID.eq(PRACTICE_THEME.THEME_ID))
                    .leftJoin(parent).on(parent.ID.eq(theme.PARENT_ID))
                    .where(theme.SLUG.eq(filter.themeSlug()).or(parent.SLUG.eq(filter.themeSlug())))));
        }
        if (filter.chapterId() != null) {
            condition = condition.and(PRACTICE.CHAPTER_ID.eq(filter.chapterId()));
        }
        if (filter.evidenceLevel() != null) {
            condition = condition.and(PRACTICE.EVIDENCE_LEVEL.eq(filter.evidenceLevel().name()));
        }
        if (filter.availableIn() != null) {
            condition = condition.and(PRACTICE.ID.in(select(PRACTICE_TEXT.PRACTICE_ID)
                    .from(PRACTICE_TEXT)
                    .where(PRACTICE_TEXT.LANGUAGE_CODE.eq(filter.availableIn()))));
        }
        return condition;
    }

    private List<Resource> resources(long practiceId, String language) {
        return dsl.selectFrom(PRACTICE_RESOURCE)
                .where(PRACTICE_RESOURCE.PRACTICE_ID.eq(practiceId))
                .orderBy(PRACTICE_RESOURCE.POSITION)
                .fetch(row -> new Resource(row.getKind(), row.getLanguageCode(), row.getLabel(), row.getUrl()));
    }

    private List<ContentLink> related(long practiceId, String language, boolean includeDrafts) {
        var title = coalesce(ASKED.TITLE, DEFAULT.TITLE);
        return dsl.select(PRACTICE.SLUG, title)
                .from(PRACTICE_RELATION)
                .join(PRACTICE).on(PRACTICE.ID.eq(PRACTICE_RELATION.RELATED_PRACTICE_ID))
                .join(DEFAULT).on(DEFAULT.PRACTICE_ID.eq(PRACTICE.ID).and(DEFAULT.LANGUAGE_CODE.eq(PRACTICE.DEFAULT_LANGUAGE)))
                .leftJoin(ASKED).on(ASKED.PRACTICE_ID.eq(PRACTICE.ID).and(ASKED.LANGUAGE_CODE.eq(language)))
                .where(PRACTICE_RELATION.PRACTICE_ID.eq(practiceId))
                .and(includeDrafts ? noCondition() : PRACTICE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(PRACTICE.CHAPTER_ID))
                .orderBy(title)
                .fetch(row -> new ContentLink(row.value1(), row.value2()));
    }

    /** Adaptations by active chapters, each in the reader's language or else in its chapter's default language. */
    private List<PracticePage.Adaptation> adaptations(long practiceId, String language) {
        var rows = dsl.select(PRACTICE_ADAPTATION.CHAPTER_ID, PRACTICE_ADAPTATION.LANGUAGE_CODE, PRACTICE_ADAPTATION.FIELD_NAME,
                        PRACTICE_ADAPTATION.FIELD_VALUE, CHAPTER.DEFAULT_LANGUAGE)
                .from(PRACTICE_ADAPTATION)
                .join(CHAPTER).on(CHAPTER.ID.eq(PRACTICE_ADAPTATION.CHAPTER_ID))
                .where(PRACTICE_ADAPTATION.PRACTICE_ID.eq(practiceId))
                .and(CHAPTER.STATE.eq("ACTIVE"))
                .orderBy(PRACTICE_ADAPTATION.CHAPTER_ID)
                .fetch();
        Map<String, Map<String, Map<String, String>>> byChapter = new java.util.LinkedHashMap<>();
        Map<String, String> defaults = new java.util.HashMap<>();
        rows.forEach(row -> {
            byChapter.computeIfAbsent(row.value1(), id -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(row.value2(), code -> new java.util.LinkedHashMap<>())
                    .put(row.value3(), row.value4());
            defaults.put(row.value1(), row.value5());
        });
        Map<String, String> names = chapterNames(byChapter.keySet(), language);
        List<PracticePage.Adaptation> adaptations = new java.util.ArrayList<>();
        byChapter.forEach((chapterId, languages) -> {
            String shown = languages.containsKey(language) ? language : defaults.get(chapterId);
            Map<String, String> fields = new java.util.LinkedHashMap<>(languages.getOrDefault(shown, Map.of()));
            String rationale = fields.remove("rationale");
            adaptations.add(new PracticePage.Adaptation(chapterId, names.getOrDefault(chapterId, chapterId), shown, rationale, fields));
        });
        return adaptations;
    }

    private Map<String, String> chapterNames(java.util.Collection<String> chapterIds, String language) {
        var asked = CHAPTER_TEXT.as("asked");
        var fallback = CHAPTER_TEXT.as("fallback");
        return dsl.select(CHAPTER.ID, coalesce(asked.NAME, fallback.NAME))
                .from(CHAPTER)
                .leftJoin(asked).on(asked.CHAPTER_ID.eq(CHAPTER.ID).and(asked.LANGUAGE_CODE.eq(language)))
                .leftJoin(fallback).on(fallback.CHAPTER_ID.eq(CHAPTER.ID).and(fallback.LANGUAGE_CODE.eq(CHAPTER.DEFAULT_LANGUAGE)))
                .where(CHAPTER.ID.in(chapterIds))
                .fetchMap(CHAPTER.ID, coalesce(asked.NAME, fallback.NAME));
    }

    private List<ContentLink> appliedIn(long practiceId, String language, boolean includeDrafts) {
        var asked = INITIATIVE_TEXT.as("asked");
        var fallback = INITIATIVE_TEXT.as("fallback");
        var title = coalesce(asked.TITLE, fallback.TITLE);
        return dsl.select(INITIATIVE.SLUG, title)
                .from(INITIATIVE_PRACTICE)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(INITIATIVE_PRACTICE.INITIATIVE_ID))
                .join(fallback).on(fallback.INITIATIVE_ID.eq(INITIATIVE.ID).and(fallback.LANGUAGE_CODE.eq(INITIATIVE.DEFAULT_LANGUAGE)))
                .leftJoin(asked).on(asked.INITIATIVE_ID.eq(INITIATIVE.ID).and(asked.LANGUAGE_CODE.eq(language)))
                .where(INITIATIVE_PRACTICE.PRACTICE_ID.eq(practiceId))
                .and(includeDrafts ? noCondition() : INITIATIVE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(INITIATIVE.CHAPTER_ID))
                .orderBy(INITIATIVE.START_DATE.desc().nullsLast(), title)
                .fetch(row -> new ContentLink(row.value1(), row.value2()));
    }
}
