package org.proximite.core.initiative;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.INITIATIVE_FIELDS;
import static org.proximite.db.jooq.Tables.INITIATIVE_ORGANISATION_LINK;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT_COUNT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE_LINK;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP;
import static org.proximite.db.jooq.Tables.STAKEHOLDER_GROUP_LABEL;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemQueries;
import org.proximite.core.internal.ItemVisibility;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.proximite.core.internal.ShownText;
import org.proximite.core.initiative.InitiativePage.ParticipantCount;
import org.springframework.stereotype.Service;

/** Reads initiatives for readers and editors, in the reader's language with a visible fallback. */
@Service
public class InitiativeQueries {

    private final DSLContext dsl;
    private final ItemQueries items;

    public InitiativeQueries(DSLContext dsl, ItemQueries items) {
        this.dsl = dsl;
        this.items = items;
    }

    /** Initiatives, newest first; of one chapter only when {@code chapterId} is not null. */
    public List<InitiativeCard> list(String language, String chapterId, boolean includeDrafts) {
        return list(language, chapterId, includeDrafts, PageRequest.all()).items();
    }

    /** One page of initiatives, newest first, with the total. */
    public Page<InitiativeCard> list(String language, String chapterId, boolean includeDrafts, PageRequest page) {
        Condition condition = CONTENT_ITEM.KIND.eq(ItemKind.INITIATIVE.name()).and(ItemVisibility.of(CONTENT_ITEM, includeDrafts));
        if (chapterId != null) {
            condition = condition.and(CONTENT_ITEM.CHAPTER_ID.eq(chapterId));
        }
        List<InitiativeCard> cards = cards(condition, language, includeDrafts, page.size(), page.offset());
        long total = cards.size() < page.size() && page.page() == 0 ? cards.size() : items.count(CONTENT_ITEM, condition);
        return new Page<>(cards, page.page(), page.size(), total);
    }

    /** The most recent published initiatives. */
    public List<InitiativeCard> recent(String language, int limit) {
        return cards(CONTENT_ITEM.KIND.eq(ItemKind.INITIATIVE.name()).and(ItemVisibility.forReaders(CONTENT_ITEM)), language, false, limit, 0);
    }

    public Optional<InitiativePage> find(String slug, String language, boolean includeDrafts) {
        return items.find(ItemKind.INITIATIVE, slug, includeDrafts).flatMap(item -> items.shownText(item, language, includeDrafts).map(shown -> {
            long id = item.id();
            var facts = dsl.selectFrom(INITIATIVE_FIELDS).where(INITIATIVE_FIELDS.ITEM_ID.eq(id)).fetchSingle();
            return new InitiativePage(
                    item,
                    shown,
                    new InitiativeFacts(facts.getKind(), facts.getCountryCode(), facts.getLocality(), facts.getStartDate(), facts.getEndDate(),
                            facts.getEventYear(), facts.getPlanned(), facts.getParticipantsTotal()),
                    participants(id, language),
                    dsl.select(ORGANISATION.NAME)
                            .from(INITIATIVE_ORGANISATION_LINK)
                            .join(ORGANISATION).on(ORGANISATION.ID.eq(INITIATIVE_ORGANISATION_LINK.ORGANISATION_ID))
                            .where(INITIATIVE_ORGANISATION_LINK.INITIATIVE_ID.eq(id))
                            .orderBy(ORGANISATION.NAME)
                            .fetch(ORGANISATION.NAME),
                    items.links(ItemKind.PRACTICE, select(INITIATIVE_PRACTICE_LINK.PRACTICE_ID).from(INITIATIVE_PRACTICE_LINK)
                            .where(INITIATIVE_PRACTICE_LINK.INITIATIVE_ID.eq(id)), language, includeDrafts),
                    items.sources(id));
        }));
    }

    private List<InitiativeCard> cards(Condition condition, String language, boolean editors, int limit, int offset) {
        ShownText shown = ShownText.of(CONTENT_ITEM, language, !editors, "shown");
        return shown.joinTo(dsl.select(CONTENT_ITEM.SLUG, shown.title(), shown.summary(), shown.language(), INITIATIVE_FIELDS.KIND,
                                INITIATIVE_FIELDS.COUNTRY_CODE, INITIATIVE_FIELDS.LOCALITY, INITIATIVE_FIELDS.START_DATE,
                                INITIATIVE_FIELDS.EVENT_YEAR, INITIATIVE_FIELDS.PARTICIPANTS_TOTAL, CONTENT_ITEM.ARCHIVED, CONTENT_ITEM.CHAPTER_ID,
                                INITIATIVE_FIELDS.PLANNED)
                        .from(CONTENT_ITEM)
                        .join(INITIATIVE_FIELDS).on(INITIATIVE_FIELDS.ITEM_ID.eq(CONTENT_ITEM.ID)))
                .where(condition)
                .orderBy(coalesce(INITIATIVE_FIELDS.EVENT_YEAR, org.jooq.impl.DSL.year(INITIATIVE_FIELDS.START_DATE)).desc().nullsLast(),
                        INITIATIVE_FIELDS.START_DATE.desc().nullsLast(), CONTENT_ITEM.SLUG)
                .limit(limit)
                .offset(offset)
                .fetch(row -> new InitiativeCard(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        row.value4(),
                        shown.isFallback(row),
                        row.value5(),
                        row.value6(),
                        row.value7(),
                        row.value8(),
                        row.value9() != null ? row.value9() : row.value8() != null ? row.value8().getYear() : null,
                        row.value10(),
                        row.value11(),
                        row.value12(),
                        row.value13()));
    }

    private List<ParticipantCount> participants(long initiativeId, String language) {
        var asked = STAKEHOLDER_GROUP_LABEL.as("asked");
        var english = STAKEHOLDER_GROUP_LABEL.as("english");
        return dsl.select(STAKEHOLDER_GROUP.CODE, coalesce(asked.LABEL, english.LABEL, STAKEHOLDER_GROUP.CODE),
                        INITIATIVE_PARTICIPANT_COUNT.PARTICIPANT_COUNT)
                .from(INITIATIVE_PARTICIPANT_COUNT)
                .join(STAKEHOLDER_GROUP).on(STAKEHOLDER_GROUP.CODE.eq(INITIATIVE_PARTICIPANT_COUNT.GROUP_CODE))
                .leftJoin(asked).on(asked.GROUP_CODE.eq(STAKEHOLDER_GROUP.CODE).and(asked.LANGUAGE_CODE.eq(language)))
                .leftJoin(english).on(english.GROUP_CODE.eq(STAKEHOLDER_GROUP.CODE).and(english.LANGUAGE_CODE.eq("en")))
                .where(INITIATIVE_PARTICIPANT_COUNT.INITIATIVE_ID.eq(initiativeId))
                .orderBy(STAKEHOLDER_GROUP.POSITION)
                .fetch(row -> new ParticipantCount(row.value1(), row.value2(), row.value3()));
    }
}
