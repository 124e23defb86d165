package org.proximite.core.initiative;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;
import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.INITIATIVE_ORGANISATION;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE;
import static org.proximite.db.jooq.Tables.INITIATIVE_TEXT;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.PRACTICE;
import static org.proximite.db.jooq.Tables.PRACTICE_TEXT;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP_LABEL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.core.initiative.InitiativePage.ParticipantCount;
import org.proximite.core.practice.PracticePage.ContentLink;
import org.proximite.core.internal.ChapterVisibility;
import org.proximite.db.jooq.tables.records.InitiativeRecord;
import org.springframework.stereotype.Service;

/** Reads initiatives for readers, in the reader's language with a visible fallback. */
@Service
public class InitiativeQueries {

    private static final org.proximite.db.jooq.tables.InitiativeText ASKED = INITIATIVE_TEXT.as("asked");
    private static final org.proximite.db.jooq.tables.InitiativeText DEFAULT = INITIATIVE_TEXT.as("fallback");

    private final DSLContext dsl;

    public InitiativeQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Initiatives, newest first; of one chapter only when {@code chapterId} is not null. */
    public List<InitiativeCard> list(String language, String chapterId, boolean includeDrafts) {
        Condition condition = (includeDrafts ? noCondition() : INITIATIVE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(INITIATIVE.CHAPTER_ID));
        if (chapterId != null) {
            condition = condition.and(INITIATIVE.CHAPTER_ID.eq(chapterId));
        }
        return cards(condition, language, Integer.MAX_VALUE);
    }

    /** The most recent published initiatives. */
    public List<InitiativeCard> recent(String language, int limit) {
        return cards(INITIATIVE.STATUS.eq(ContentStatus.PUBLISHED.name()).and(ChapterVisibility.fromActiveChapter(INITIATIVE.CHAPTER_ID)),
                language, limit);
    }

    public Optional<InitiativePage> find(String slug, String language, boolean includeDrafts) {
        InitiativeRecord initiative = dsl.selectFrom(INITIATIVE)
                .where(INITIATIVE.SLUG.eq(slug))
                .and(includeDrafts ? noCondition() : INITIATIVE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(INITIATIVE.CHAPTER_ID))
                .fetchOne();
        if (initiative == null) {
            return Optional.empty();
        }
        long id = initiative.getId();
        Map<String, InitiativeText> texts = dsl.selectFrom(INITIATIVE_TEXT)
                .where(INITIATIVE_TEXT.INITIATIVE_ID.eq(id))
                .orderBy(INITIATIVE_TEXT.LANGUAGE_CODE)
                .fetchMap(INITIATIVE_TEXT.LANGUAGE_CODE, InitiativeQueries::text);
        String shown = texts.containsKey(language) ? language : initiative.getDefaultLanguage();
        return Optional.of(new InitiativePage(
                id,
                slug,
                initiative.getVersion(),
                initiative.getKind(),
                initiative.getCountryCode(),
                initiative.getLocality(),
                initiative.getStartDate(),
                initiative.getEndDate(),
                initiative.getEventYear(),
                initiative.getParticipantsTotal(),
                participants(id, language),
                dsl.select(ORGANISATION.NAME)
                        .from(INITIATIVE_ORGANISATION)
                        .join(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE_ORGANISATION.ORGANISATION_ID))
                        .where(INITIATIVE_ORGANISATION.INITIATIVE_ID.eq(id))
                        .orderBy(ORGANISATION.NAME)
                        .fetch(ORGANISATION.NAME),
                ContentStatus.valueOf(initiative.getStatus()),
                initiative.getChapterId(),
                initiative.getDefaultLanguage(),
                shown,
                !shown.equals(language),
                List.copyOf(texts.keySet()),
                texts.get(shown),
                practices(id, language, includeDrafts),
                initiative.getUpdatedAt(),
                initiative.getUpdatedBy()));
    }

    static InitiativeText text(Record row) {
        return new InitiativeText(
                row.get(INITIATIVE_TEXT.TITLE),
                row.get(INITIATIVE_TEXT.SUMMARY),
                row.get(INITIATIVE_TEXT.BODY),
                row.get(INITIATIVE_TEXT.OUTCOMES));
    }

    private List<InitiativeCard> cards(Condition condition, String language, int limit) {
        return dsl.select(
                        INITIATIVE.SLUG, coalesce(ASKED.TITLE, DEFAULT.TITLE), coalesce(ASKED.SUMMARY, DEFAULT.SUMMARY),
                        ASKED.LANGUAGE_CODE, INITIATIVE.DEFAULT_LANGUAGE, INITIATIVE.KIND, INITIATIVE.COUNTRY_CODE,
                        INITIATIVE.LOCALITY, INITIATIVE.START_DATE, INITIATIVE.EVENT_YEAR, INITIATIVE.PARTICIPANTS_TOTAL,
                        INITIATIVE.STATUS, INITIATIVE.CHAPTER_ID)
                .from(INITIATIVE)
                .join(DEFAULT).on(DEFAULT.INITIATIVE_ID.eq(INITIATIVE.ID).and(DEFAULT.LANGUAGE_CODE.eq(INITIATIVE.DEFAULT_LANGUAGE)))
                .leftJoin(ASKED).on(ASKED.INITIATIVE_ID.eq(INITIATIVE.ID).and(ASKED.LANGUAGE_CODE.eq(language)))
                .where(condition)
                .orderBy(coalesce(INITIATIVE.EVENT_YEAR, org.jooq.impl.DSL.year(INITIATIVE.START_DATE)).desc().nullsLast(),
                        INITIATIVE.START_DATE.desc().nullsLast(), INITIATIVE.SLUG)
                .limit(limit)
                .fetch(row -> new InitiativeCard(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        row.value4() != null ? language : row.value5(),
                        row.value4() == null,
                        row.value6(),
                        row.value7(),
                        row.value8(),
                        row.value9(),
                        row.value10() != null ? row.value10() : row.value9() != null ? row.value9().getYear() : null,
                        row.value11(),
                        ContentStatus.valueOf(row.value12()),
                        row.value13()));
    }

    private List<ParticipantCount> participants(long initiativeId, String language) {
        var asked = STAKEHOLDER_GROUP_LABEL.as("asked");
        var english = STAKEHOLDER_GROUP_LABEL.as("english");
        return dsl.select(STAKEHOLDER_GROUP.CODE, coalesce(asked.LABEL, english.LABEL, STAKEHOLDER_GROUP.CODE),
                        INITIATIVE_PARTICIPANT.PARTICIPANT_COUNT)
                .from(INITIATIVE_PARTICIPANT)
                .join(STAKEHOLDER_GROUP).on(STAKEHOLDER_GROUP.CODE.eq(INITIATIVE_PARTICIPANT.GROUP_CODE))
                .leftJoin(asked).on(asked.GROUP_CODE.eq(STAKEHOLDER_GROUP.CODE).and(asked.LANGUAGE_CODE.eq(language)))
                .leftJoin(english).on(english.GROUP_CODE.eq(STAKEHOLDER_GROUP.CODE).and(english.LANGUAGE_CODE.eq("en")))
                .where(INITIATIVE_PARTICIPANT.INITIATIVE_ID.eq(initiativeId))
                .orderBy(STAKEHOLDER_GROUP.POSITION)
                .fetch(row -> new ParticipantCount(row.value1(), row.value2(), row.value3()));
    }

    private List<ContentLink> practices(long initiativeId, String language, boolean includeDrafts) {
        var asked = PRACTICE_TEXT.as("asked");
        var fallback = PRACTICE_TEXT.as("fallback");
        var title = coalesce(asked.TITLE, fallback.TITLE);
        return dsl.select(PRACTICE.SLUG, title)
                .from(INITIATIVE_PRACTICE)
                .join(PRACTICE).on(PRACTICE.ID.eq(INITIATIVE_PRACTICE.PRACTICE_ID))
                .join(fallback).on(fallback.PRACTICE_ID.eq(PRACTICE.ID).and(fallback.LANGUAGE_CODE.eq(PRACTICE.DEFAULT_LANGUAGE)))
                .leftJoin(asked).on(asked.PRACTICE_ID.eq(PRACTICE.ID).and(asked.LANGUAGE_CODE.eq(language)))
                .where(INITIATIVE_PRACTICE.INITIATIVE_ID.eq(initiativeId))
                .and(includeDrafts ? noCondition() : PRACTICE.STATUS.eq(ContentStatus.PUBLISHED.name()))
                .and(ChapterVisibility.fromActiveChapter(PRACTICE.CHAPTER_ID))
                .orderBy(title)
                .fetch(row -> new ContentLink(row.value1(), row.value2()));
    }
}
