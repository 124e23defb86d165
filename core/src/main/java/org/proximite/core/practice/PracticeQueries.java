package org.proximite.core.practice;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE_LINK;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION;
import static org.proximite.db.jooq.Tables.ITEM_RELATION;
import static org.proximite.db.jooq.Tables.PRACTICE_FIELDS;
import static org.proximite.db.jooq.Tables.PRACTICE_OUTCOME;
import static org.proximite.db.jooq.Tables.THEME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ContentLink;
import org.proximite.core.content.ItemQueries;
import org.proximite.core.internal.ItemVisibility;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.proximite.core.internal.ShownText;
import org.proximite.core.theme.ThemeQueries;
import org.springframework.stereotype.Service;

/** Reads practices for readers and editors: lists with filters, by page, and single pages, in the reader's language. */
@Service
public class PracticeQueries {

    private final DSLContext dsl;
    private final ThemeQueries themes;
    private final ItemQueries items;

    public PracticeQueries(DSLContext dsl, ThemeQueries themes, ItemQueries items) {
        this.dsl = dsl;
        this.themes = themes;
        this.items = items;
    }

    /** Practices matching the filter, sorted by title in the language shown (the first page of the largest size). */
    public List<PracticeCard> list(PracticeFilter filter) {
        return list(filter, PageRequest.all()).items();
    }

    /** One page of the practices matching the filter, sorted by title in the language shown, with the total. */
    public Page<PracticeCard> list(PracticeFilter filter, PageRequest page) {
        Condition condition = conditionsFor(filter);
        List<PracticeCard> cards = cards(condition, filter.language(), filter.includeDrafts(), page.size(), page.offset(), false);
        long total = cards.size() < page.size() && page.page() == 0 ? cards.size() : items.count(CONTENT_ITEM, condition);
        return new Page<>(cards, page.page(), page.size(), total);
    }

    /** The most recently changed published practices. */
    public List<PracticeCard> recent(String language, int limit) {
        return cards(CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name()).and(ItemVisibility.forReaders(CONTENT_ITEM)), language, false, limit, 0, true);
    }

    /** Slug and title, in the given language or the practice's own, of every practice, sorted. */
    public List<ContentLink> allLinks(String language) {
        return items.links(ItemKind.PRACTICE, select(CONTENT_ITEM.ID).from(CONTENT_ITEM), language, true);
    }

    /** One practice in the given language, or in its default language when not translated. */
    public Optional<PracticePage> find(String slug, String language, boolean includeDrafts) {
        return items.find(ItemKind.PRACTICE, slug, includeDrafts).flatMap(item -> items.shownText(item, language, includeDrafts).map(shown -> {
            long id = item.id();
            EvidenceLevel level = EvidenceLevel.valueOf(dsl.select(PRACTICE_FIELDS.EVIDENCE_LEVEL).from(PRACTICE_FIELDS)
                    .where(PRACTICE_FIELDS.ITEM_ID.eq(id)).fetchSingle().value1());
            return new PracticePage(
                    item,
                    shown,
                    level,
                    themes.themesOfItems(List.of(id), language).getOrDefault(id, List.of()),
                    items.resources(id),
                    items.sources(id),
                    PracticeWrites.outcomes(dsl, id),
                    items.links(ItemKind.PRACTICE, select(ITEM_RELATION.RELATED_ITEM_ID).from(ITEM_RELATION).where(ITEM_RELATION.ITEM_ID.eq(id)),
                            language, includeDrafts),
                    items.links(ItemKind.INITIATIVE, select(INITIATIVE_PRACTICE_LINK.INITIATIVE_ID).from(INITIATIVE_PRACTICE_LINK)
                            .where(INITIATIVE_PRACTICE_LINK.PRACTICE_ID.eq(id)), language, includeDrafts),
                    adaptations(id, language));
        }));
    }

    private List<PracticeCard> cards(Condition condition, String language, boolean editors, int limit, int offset, boolean newestFirst) {
        ShownText shown = ShownText.of(CONTENT_ITEM, language, !editors, "shown");
        var rows = shown.joinTo(dsl.select(CONTENT_ITEM.ID, CONTENT_ITEM.SLUG, shown.title(), shown.summary(), shown.language(),
                                PRACTICE_FIELDS.EVIDENCE_LEVEL, CONTENT_ITEM.ARCHIVED, CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.UPDATED_AT)
                        .from(CONTENT_ITEM)
                        .join(PRACTICE_FIELDS).on(PRACTICE_FIELDS.ITEM_ID.eq(CONTENT_ITEM.ID)))
                .where(condition)
                .orderBy(newestFirst ? CONTENT_ITEM.UPDATED_AT.desc() : shown.title().asc(), CONTENT_ITEM.SLUG)
                .limit(limit)
                .offset(offset)
                .fetch();
        var themesById = themes.themesOfItems(rows.getValues(CONTENT_ITEM.ID), language);
        return rows.map(row -> new PracticeCard(
                row.value2(),
                row.value3(),
                row.value4(),
                row.value5(),
                shown.isFallback(row),
                EvidenceLevel.valueOf(row.value6()),
                row.value7(),
                row.value8(),
                themesById.getOrDefault(row.value1(), List.of()),
                row.value9()));
    }

    private static Condition conditionsFor(PracticeFilter filter) {
        Condition condition = CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name()).and(ItemVisibility.of(CONTENT_ITEM, filter.includeDrafts()));
        if (filter.themeSlug() != null) {
            var theme = THEME.as("filter_theme");
            var parent = THEME.as("filter_parent");
            condition = condition.and(CONTENT_ITEM.ID.in(select(CONTENT_THEME.ITEM_ID)
                    .from(CONTENT_THEME)
                    .join(theme).on(theme.ID.eq(CONTENT_THEME.THEME_ID))
                    .leftJoin(parent).on(parent.ID.eq(theme.PARENT_ID))
                    .where(theme.SLUG.eq(filter.themeSlug()).or(parent.SLUG.eq(filter.themeSlug())))));
        }
        if (filter.chapterId() != null) {
            condition = condition.and(CONTENT_ITEM.CHAPTER_ID.eq(filter.chapterId()));
        }
        if (filter.evidenceLevel() != null && filter.outcome() == null) {
            condition = condition.and(CONTENT_ITEM.ID.in(select(PRACTICE_FIELDS.ITEM_ID).from(PRACTICE_FIELDS)
                    .where(PRACTICE_FIELDS.EVIDENCE_LEVEL.eq(filter.evidenceLevel().name()))));
        }
        if (filter.outcome() != null) {
            var outcome = select(PRACTICE_OUTCOME.ITEM_ID).from(PRACTICE_OUTCOME).where(PRACTICE_OUTCOME.OUTCOME.eq(filter.outcome()));
            if (filter.evidenceLevel() != null) {
                outcome = outcome.and(PRACTICE_OUTCOME.EVIDENCE_LEVEL.eq(filter.evidenceLevel().name()));
            }
            condition = condition.and(CONTENT_ITEM.ID.in(outcome));
        }
        if (filter.availableIn() != null) {
            condition = condition.and(ItemVisibility.hasTextIn(CONTENT_ITEM, filter.availableIn(), filter.includeDrafts()));
        }
        return condition;
    }

    /** Adaptations by active chapters, each in the reader's language or else in its chapter's default language. */
    private List<PracticePage.Adaptation> adaptations(long practiceId, String language) {
        var rows = dsl.select(ITEM_ADAPTATION.CHAPTER_ID, ITEM_ADAPTATION.LANGUAGE_CODE, ITEM_ADAPTATION.FIELD_NAME,
                        ITEM_ADAPTATION.FIELD_VALUE, CHAPTER.DEFAULT_LANGUAGE)
                .from(ITEM_ADAPTATION)
                .join(CHAPTER).on(CHAPTER.ID.eq(ITEM_ADAPTATION.CHAPTER_ID))
                .where(ITEM_ADAPTATION.ITEM_ID.eq(practiceId))
                .and(CHAPTER.STATE.eq("ACTIVE"))
                .orderBy(ITEM_ADAPTATION.CHAPTER_ID)
                .fetch();
        Map<String, Map<String, Map<String, String>>> byChapter = new LinkedHashMap<>();
        Map<String, String> defaults = new HashMap<>();
        rows.forEach(row -> {
            byChapter.computeIfAbsent(row.value1(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(row.value2(), code -> new LinkedHashMap<>())
                    .put(row.value3(), row.value4());
            defaults.put(row.value1(), row.value5());
        });
        Map<String, String> names = chapterNames(byChapter.keySet(), language);
        List<PracticePage.Adaptation> adaptations = new ArrayList<>();
        byChapter.forEach((chapterId, languages) -> {
            String shown = languages.containsKey(language) ? language : defaults.get(chapterId);
            Map<String, String> fields = new LinkedHashMap<>(languages.getOrDefault(shown, Map.of()));
            String rationale = fields.remove("rationale");
            adaptations.add(new PracticePage.Adaptation(chapterId, names.getOrDefault(chapterId, chapterId), shown, rationale, fields));
        });
        return adaptations;
    }

    private Map<String, String> chapterNames(Collection<String> chapterIds, String language) {
        var asked = CHAPTER_TEXT.as("asked");
        var fallback = CHAPTER_TEXT.as("fallback");
        return dsl.select(CHAPTER.ID, coalesce(asked.NAME, fallback.NAME))
                .from(CHAPTER)
                .leftJoin(asked).on(asked.CHAPTER_ID.eq(CHAPTER.ID).and(asked.LANGUAGE_CODE.eq(language)))
                .leftJoin(fallback).on(fallback.CHAPTER_ID.eq(CHAPTER.ID).and(fallback.LANGUAGE_CODE.eq(CHAPTER.DEFAULT_LANGUAGE)))
                .where(CHAPTER.ID.in(chapterIds))
                .fetchMap(CHAPTER.ID, coalesce(asked.NAME, fallback.NAME));
    }
}
