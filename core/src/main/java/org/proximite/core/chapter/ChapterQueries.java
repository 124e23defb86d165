package org.proximite.core.chapter;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_DEPENDENCY;
import static org.proximite.db.jooq.Tables.CHAPTER_LANGUAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_PAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_PAGE_SOURCE;
import static org.proximite.db.jooq.Tables.CHAPTER_TERM;
import static org.proximite.db.jooq.Tables.CHAPTER_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION;

import java.util.List;
import org.jooq.DSLContext;
import org.proximite.core.internal.ItemVisibility;
import org.proximite.core.internal.ShownText;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.springframework.stereotype.Service;

/** Reads installed chapters for readers and admins. */
@Service
public class ChapterQueries {

    private final DSLContext dsl;

    public ChapterQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether a chapter with this id is recorded, whatever its state. */
    public boolean exists(String chapterId) {
        return dsl.fetchExists(org.proximite.db.jooq.Tables.CHAPTER, org.proximite.db.jooq.Tables.CHAPTER.ID.eq(chapterId));
    }

    /**
     * The installed chapters that declare a dependency on this one (whatever their state), by id:
     * removing it is refused while there are any, and disabling it stops what they adapt of it.
     */
    public List<String> dependants(String chapterId) {
        return dsl.select(CHAPTER_DEPENDENCY.CHAPTER_ID).from(CHAPTER_DEPENDENCY)
                .join(CHAPTER).on(CHAPTER.ID.eq(CHAPTER_DEPENDENCY.CHAPTER_ID))
                .where(CHAPTER_DEPENDENCY.DEPENDS_ON.eq(chapterId))
                .orderBy(CHAPTER_DEPENDENCY.CHAPTER_ID)
                .fetch(CHAPTER_DEPENDENCY.CHAPTER_ID);
    }

    /** An active chapter's context pages, in the given language or else in the chapter's default language. */
    public List<ContextPage> pages(String chapterId, String language) {
        java.util.Map<String, List<org.proximite.core.content.Source>> sources = new java.util.HashMap<>();
        dsl.selectFrom(CHAPTER_PAGE_SOURCE)
                .where(CHAPTER_PAGE_SOURCE.CHAPTER_ID.eq(chapterId))
                .orderBy(CHAPTER_PAGE_SOURCE.PAGE_SLUG, CHAPTER_PAGE_SOURCE.POSITION)
                .forEach(row -> sources.computeIfAbsent(row.getPageSlug(), slug -> new java.util.ArrayList<>())
                        .add(new org.proximite.core.content.Source(row.getTitle(), row.getAuthor(), row.getPublished(), row.getUrl(),
                                row.getConsulted(), row.getLanguageCode(), row.getNote())));
        var asked = CHAPTER_PAGE.as("asked");
        var fallback = CHAPTER_PAGE.as("fallback");
        return dsl.select(fallback.SLUG, coalesce(asked.TITLE, fallback.TITLE), coalesce(asked.BODY, fallback.BODY),
                        coalesce(asked.LANGUAGE_CODE, fallback.LANGUAGE_CODE), asked.LANGUAGE_CODE)
                .from(fallback)
                .join(CHAPTER).on(CHAPTER.ID.eq(fallback.CHAPTER_ID).and(CHAPTER.DEFAULT_LANGUAGE.eq(fallback.LANGUAGE_CODE)))
                .leftJoin(asked).on(asked.CHAPTER_ID.eq(fallback.CHAPTER_ID).and(asked.SLUG.eq(fallback.SLUG)).and(asked.LANGUAGE_CODE.eq(language)))
                .where(fallback.CHAPTER_ID.eq(chapterId))
                .and(CHAPTER.STATE.eq(ChapterState.ACTIVE.name()))
                .orderBy(fallback.POSITION)
                .fetch(row -> new ContextPage(row.value1(), row.value2(), row.value3(), row.value4(), row.value5() == null,
                        sources.getOrDefault(row.value1(), List.of())));
    }

    /** The terms of active chapters, each in the given language or else in its chapter's default language. */
    public java.util.Map<String, List<ChapterTerm>> terms(String language) {
        var asked = CHAPTER_TERM.as("asked");
        var fallback = CHAPTER_TERM.as("fallback");
        java.util.Map<String, List<ChapterTerm>> terms = new java.util.LinkedHashMap<>();
        dsl.select(fallback.CHAPTER_ID, fallback.TERM_KEY, coalesce(asked.LABEL, fallback.LABEL), coalesce(asked.NOTE, fallback.NOTE),
                        coalesce(asked.LANGUAGE_CODE, fallback.LANGUAGE_CODE))
                .from(fallback)
                .join(CHAPTER).on(CHAPTER.ID.eq(fallback.CHAPTER_ID).and(CHAPTER.DEFAULT_LANGUAGE.eq(fallback.LANGUAGE_CODE)))
                .leftJoin(asked).on(asked.CHAPTER_ID.eq(fallback.CHAPTER_ID).and(asked.TERM_KEY.eq(fallback.TERM_KEY))
                        .and(asked.LANGUAGE_CODE.eq(language)))
                .where(CHAPTER.STATE.eq(ChapterState.ACTIVE.name()))
                .orderBy(fallback.CHAPTER_ID, fallback.TERM_KEY)
                .forEach(row -> terms.computeIfAbsent(row.value1(), id -> new java.util.ArrayList<>())
                        .add(new ChapterTerm(row.value1(), row.value2(), row.value3(), row.value4(), row.value5())));
        return terms;
    }

    /**
     * The practices of other chapters that an active chapter adapts, each titled in the given
     * language or else in the practice's default language (said with it), in title order.
     */
    public List<AdaptedPractice> adaptations(String chapterId, String language) {
        ShownText shown = ShownText.of(CONTENT_ITEM, language, true, "adapted");
        return shown.joinTo(dsl.selectDistinct(CONTENT_ITEM.SLUG, shown.title(), CONTENT_ITEM.CHAPTER_ID, shown.language())
                        .from(ITEM_ADAPTATION)
                        .join(CHAPTER).on(CHAPTER.ID.eq(ITEM_ADAPTATION.CHAPTER_ID))
                        .join(CONTENT_ITEM).on(CONTENT_ITEM.ID.eq(ITEM_ADAPTATION.ITEM_ID)))
                .where(ITEM_ADAPTATION.CHAPTER_ID.eq(chapterId))
                .and(CHAPTER.STATE.eq(ChapterState.ACTIVE.name()))
                .and(ItemVisibility.forReaders(CONTENT_ITEM))
                .fetch(row -> new AdaptedPractice(row.value1(), row.value2(), row.value3(), row.value4()))
                .stream().sorted(java.util.Comparator.comparing(AdaptedPractice::title)).toList();
    }

    /** Every installed chapter, named in the given language or else in its default language. */
    public List<ChapterSummary> list(String language) {
        var asked = CHAPTER_TEXT.as("asked");
        var fallback = CHAPTER_TEXT.as("fallback");
        return dsl.select(
                        CHAPTER.ID,
                        coalesce(asked.NAME, fallback.NAME, CHAPTER.ID),
                        coalesce(asked.DESCRIPTION, fallback.DESCRIPTION),
                        CHAPTER.COUNTRY_CODE,
                        CHAPTER.DEFAULT_LANGUAGE,
                        multiset(select(CHAPTER_LANGUAGE.LANGUAGE_CODE)
                                        .from(CHAPTER_LANGUAGE)
                                        .where(CHAPTER_LANGUAGE.CHAPTER_ID.eq(CHAPTER.ID))
                                        .orderBy(CHAPTER_LANGUAGE.POSITION))
                                .convertFrom(rows -> rows.map(row -> row.value1())),
                        CHAPTER.PLUGIN_VERSION,
                        CHAPTER.STATE,
                        CHAPTER.STATE_REASON,
                        CHAPTER.STATE_REASONS,
                        CHAPTER.SIGNATURE,
                        CHAPTER.HAS_CODE,
                        CHAPTER.BRAND_COLOUR,
                        field(selectCount().from(CONTENT_ITEM)
                                .where(CONTENT_ITEM.CHAPTER_ID.eq(CHAPTER.ID))
                                .and(CONTENT_ITEM.KIND.eq("PRACTICE"))
                                .and(CONTENT_ITEM.ARCHIVED.isFalse())),
                        field(selectCount().from(CONTENT_ITEM)
                                .where(CONTENT_ITEM.CHAPTER_ID.eq(CHAPTER.ID))
                                .and(CONTENT_ITEM.KIND.eq("INITIATIVE"))
                                .and(CONTENT_ITEM.ARCHIVED.isFalse())),
                        CHAPTER.UPDATED_AT)
                .from(CHAPTER)
                .leftJoin(asked).on(asked.CHAPTER_ID.eq(CHAPTER.ID).and(asked.LANGUAGE_CODE.eq(language)))
                .leftJoin(fallback).on(fallback.CHAPTER_ID.eq(CHAPTER.ID).and(fallback.LANGUAGE_CODE.eq(CHAPTER.DEFAULT_LANGUAGE)))
                .orderBy(CHAPTER.ID)
                .fetch(row -> new ChapterSummary(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        row.value4(),
                        row.value5(),
                        row.value6(),
                        row.value7(),
                        ChapterState.valueOf(row.value8()),
                        row.value9(),
                        StoredReasons.decode(row.value10()),
                        SignatureStatus.valueOf(row.value11()),
                        row.value12(),
                        row.value13(),
                        row.value14(),
                        row.value15(),
                        row.value16()));
    }
}
