package org.proximite.core.workflow;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.proximite.core.internal.ChapterVisibility;
import org.proximite.core.language.LanguageQueries;
import org.springframework.stereotype.Service;

/**
 * Every item against every content language, at a glance: for each text its state (missing,
 * outdated, draft, in review, published, archived), whether readers see an older version, who
 * changed it last and when; filtered by kind, chapter, language and state, sorted, paged. What
 * lags shows without opening anything.
 */
@Service
public class ContentOverview {

    private final DSLContext dsl;
    private final LanguageQueries languages;
    private final OutdatedTranslations outdated;

    public ContentOverview(DSLContext dsl, LanguageQueries languages, OutdatedTranslations outdated) {
        this.dsl = dsl;
        this.languages = languages;
        this.outdated = outdated;
    }

    /** What a cell of the overview says of one text. */
    public enum CellState {
        MISSING,
        OUTDATED,
        DRAFT,
        IN_REVIEW,
        PUBLISHED,
        ARCHIVED
    }

    /**
     * One text of an item.
     *
     * @param version 0 when missing
     * @param readersSeeOlder readers see an earlier published version while this one is worked on
     * @param outdatedFields the source's fields changed since the translation was written
     */
    public record Cell(String language, CellState state, int version, boolean readersSeeOlder, List<String> outdatedFields,
            OffsetDateTime changedAt, String changedBy) {}

    /**
     * One item with its texts, in the overview's languages' order.
     *
     * @param titleLanguage the language {@code title} is written in: the one asked for, else the item's default; null when
     *     the title is the item's address (it has no title in either)
     */
    public record Row(ItemKind kind, String slug, String chapterId, String defaultLanguage, String title, String titleLanguage,
            OffsetDateTime changedAt, String changedBy, List<Cell> cells) {

        public Cell cell(String language) {
            return cells.stream().filter(cell -> cell.language().equals(language)).findFirst().orElseThrow();
        }
    }

    public enum Sort {
        SLUG,
        LAST_CHANGE
    }

    /**
     * What to show: null means any. {@code state} with {@code language} keeps items whose text in
     * that language is in that state; without a language, items with any text in that state.
     */
    public record Filter(ItemKind kind, String chapterId, String language, CellState state, Sort sort) {

        public static Filter everything() {
            return new Filter(null, null, null, null, Sort.SLUG);
        }
    }

    /** The overview's columns: the content languages. */
    public List<String> languages() {
        return languages.all().stream().map(language -> language.code()).toList();
    }

    /** One page of the overview, and how complete each language is: read once. */
    public record Glance(Page<Row> page, Map<String, Map<CellState, Integer>> completeness) {}

    /**
     * One page of the rows the filter keeps, and the completeness of every language over every
     * item, for an editor (readers have no overview): the items and their texts are read in two
     * statements, the outdated fields in one more.
     */
    public Glance glance(Filter filter, String titleLanguage, PageRequest page, Actor actor) {
        List<Row> every = everyRow(titleLanguage, actor);
        List<Row> kept = every.stream().filter(row -> keeps(filter, row)).sorted(filter.sort() == Sort.LAST_CHANGE
                ? Comparator.comparing(Row::changedAt).reversed().thenComparing(Row::slug)
                : Comparator.comparing(Row::slug).thenComparing(row -> row.kind().name())).toList();
        int from = Math.min(page.offset(), kept.size());
        int to = Math.min(from + page.size(), kept.size());
        return new Glance(new Page<>(kept.subList(from, to), page.page(), page.size(), kept.size()), completeness(every));
    }

    /** One page of the rows the filter keeps. */
    public Page<Row> rows(Filter filter, String titleLanguage, PageRequest page, Actor actor) {
        return glance(filter, titleLanguage, page, actor).page();
    }

    /** How many texts of each language are in each state: which language lags, at a glance. */
    public Map<String, Map<CellState, Integer>> completeness(Actor actor) {
        return completeness(everyRow("en", actor));
    }

    private Map<String, Map<CellState, Integer>> completeness(List<Row> rows) {
        Map<String, Map<CellState, Integer>> counts = new LinkedHashMap<>();
        languages().forEach(language -> counts.put(language, new java.util.EnumMap<>(CellState.class)));
        rows.forEach(row -> row.cells().forEach(cell -> counts.get(cell.language()).merge(cell.state(), 1, Integer::sum)));
        return counts;
    }

    private static boolean keeps(Filter filter, Row row) {
        return (filter.kind() == null || row.kind() == filter.kind())
                && (filter.chapterId() == null || filter.chapterId().equals(row.chapterId()))
                && (filter.state() == null || row.cells().stream()
                        .anyMatch(cell -> cell.state() == filter.state() && (filter.language() == null || cell.language().equals(filter.language()))));
    }

    /** A row for every item editors see, with a cell per content language. */
    private List<Row> everyRow(String titleLanguage, Actor actor) {
        if (!actor.maySeeDrafts()) {
            throw new org.proximite.core.actor.NotAllowedException(actor.name(), "denied.role", "COORDINATOR");
        }
        List<String> columns = languages();
        var items = dsl.selectFrom(CONTENT_ITEM).where(ChapterVisibility.fromActiveChapter(CONTENT_ITEM.CHAPTER_ID)).fetch();
        Map<Long, Map<String, LanguageText>> texts = ContentTexts.ofItems(dsl, items.getValues(CONTENT_ITEM.ID));
        List<OutdatedTranslations.ItemTexts> stored = new ArrayList<>();
        items.forEach(item -> stored.add(new OutdatedTranslations.ItemTexts(item.getId(), ItemKind.valueOf(item.getKind()),
                item.getDefaultLanguage(), texts.getOrDefault(item.getId(), Map.of()))));
        Map<Long, Map<String, List<String>>> stale = outdated.of(dsl, stored);
        List<Row> rows = new ArrayList<>();
        for (var item : items) {
            Map<String, LanguageText> itemTexts = texts.getOrDefault(item.getId(), Map.of());
            Map<String, List<String>> itemStale = stale.getOrDefault(item.getId(), Map.of());
            List<Cell> cells = new ArrayList<>();
            for (String language : columns) {
                cells.add(cell(language, itemTexts.get(language), itemStale.getOrDefault(language, List.of())));
            }
            String shownIn = titleLanguage(itemTexts, titleLanguage, item.getDefaultLanguage());
            rows.add(new Row(ItemKind.valueOf(item.getKind()), item.getSlug(), item.getChapterId(), item.getDefaultLanguage(),
                    shownIn == null ? item.getSlug() : itemTexts.get(shownIn).text().title(), shownIn, item.getUpdatedAt(), item.getUpdatedBy(),
                    cells));
        }
        return rows;
    }

    private static Cell cell(String language, LanguageText text, List<String> outdatedFields) {
        if (text == null) {
            return new Cell(language, CellState.MISSING, 0, false, List.of(), null, null);
        }
        CellState state = !outdatedFields.isEmpty() && text.state() != org.proximite.core.content.TextState.ARCHIVED
                ? CellState.OUTDATED : CellState.valueOf(text.state().name());
        boolean readersSeeOlder = text.isPublished() && text.hasUnpublishedChanges();
        return new Cell(language, state, text.version(), readersSeeOlder, outdatedFields, text.updatedAt(), text.updatedBy());
    }

    /** The language of the title shown: the one asked for, else the default one; null when neither has a title. */
    private static String titleLanguage(Map<String, LanguageText> texts, String language, String defaultLanguage) {
        String shown = texts.containsKey(language) ? language : defaultLanguage;
        LanguageText text = texts.get(shown);
        return text == null || text.text().title() == null ? null : shown;
    }

}
