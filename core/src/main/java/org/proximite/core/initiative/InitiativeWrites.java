package org.proximite.core.initiative;

import static org.proximite.db.jooq.Tables.INITIATIVE_FIELDS;
import static org.proximite.db.jooq.Tables.INITIATIVE_ORGANISATION_LINK;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT_COUNT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE_LINK;
import static org.proximite.db.jooq.Tables.ORGANISATION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.core.content.PracticeLinks;
import org.proximite.core.internal.Chunks;
import org.proximite.core.internal.ItemParts;

/**
 * The statements that write what only initiatives have, shared by editing and chapter import, for
 * one initiative or many at once. They run inside the caller's transaction, next to the content
 * writer's.
 */
public final class InitiativeWrites {

    private InitiativeWrites() {}

    public static void writeFacts(DSLContext tx, long itemId, InitiativeFacts facts) {
        writeFacts(tx, Map.of(itemId, facts));
    }

    /** Each initiative's facts, by item id. */
    public static void writeFacts(DSLContext tx, Map<Long, InitiativeFacts> factsByItem) {
        ItemParts.delete(tx, INITIATIVE_FIELDS.ITEM_ID, factsByItem.keySet());
        for (List<Map.Entry<Long, InitiativeFacts>> chunk : Chunks.of(factsByItem.entrySet())) {
            var insert = tx.insertInto(INITIATIVE_FIELDS, INITIATIVE_FIELDS.ITEM_ID, INITIATIVE_FIELDS.KIND, INITIATIVE_FIELDS.COUNTRY_CODE,
                    INITIATIVE_FIELDS.LOCALITY, INITIATIVE_FIELDS.START_DATE, INITIATIVE_FIELDS.END_DATE, INITIATIVE_FIELDS.EVENT_YEAR,
                    INITIATIVE_FIELDS.PLANNED, INITIATIVE_FIELDS.PARTICIPANTS_TOTAL);
            for (Map.Entry<Long, InitiativeFacts> initiative : chunk) {
                InitiativeFacts f = initiative.getValue().normalised();
                insert = insert.values(initiative.getKey(), f.kind(), f.countryCode(), f.locality(), f.startDate(), f.endDate(), f.year(),
                        f.planned(), f.participantsTotal());
            }
            insert.execute();
        }
    }

    public static void replaceParticipants(DSLContext tx, long itemId, Map<String, Integer> byGroup) {
        replaceParticipants(tx, Map.of(itemId, byGroup));
    }

    /** Each initiative's participants by group, by item id. */
    public static void replaceParticipants(DSLContext tx, Map<Long, Map<String, Integer>> byGroupByItem) {
        ItemParts.delete(tx, INITIATIVE_PARTICIPANT_COUNT.INITIATIVE_ID, byGroupByItem.keySet());
        record Count(long itemId, String group, int count) {}
        List<Count> counts = new ArrayList<>();
        byGroupByItem.forEach((itemId, byGroup) -> byGroup.forEach((group, count) -> counts.add(new Count(itemId, group, count))));
        for (List<Count> chunk : Chunks.of(counts)) {
            var insert = tx.insertInto(INITIATIVE_PARTICIPANT_COUNT, INITIATIVE_PARTICIPANT_COUNT.INITIATIVE_ID,
                    INITIATIVE_PARTICIPANT_COUNT.GROUP_CODE, INITIATIVE_PARTICIPANT_COUNT.PARTICIPANT_COUNT);
            for (Count count : chunk) {
                insert = insert.values(count.itemId(), count.group(), count.count());
            }
            insert.execute();
        }
    }

    public static void replacePractices(DSLContext tx, long itemId, Collection<String> practiceSlugs) {
        replacePractices(tx, Map.of(itemId, practiceSlugs));
    }

    /** The practices each initiative applied, by item id. */
    public static void replacePractices(DSLContext tx, Map<Long, ? extends Collection<String>> practiceSlugsByItem) {
        PracticeLinks.replace(tx, INITIATIVE_PRACTICE_LINK.INITIATIVE_ID, INITIATIVE_PRACTICE_LINK.PRACTICE_ID, practiceSlugsByItem);
    }

    /** The organisations each initiative involved, by item id; unknown slugs are left out. */
    public static void replaceOrganisations(DSLContext tx, Map<Long, ? extends Collection<String>> organisationSlugsByItem) {
        Map<String, Long> organisations = new HashMap<>();
        for (List<String> chunk : Chunks.of(ItemParts.allSlugs(organisationSlugsByItem))) {
            tx.select(ORGANISATION.SLUG, ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.SLUG.in(chunk))
                    .forEach(row -> organisations.put(row.value1(), row.value2()));
        }
        ItemParts.replaceLinks(tx, INITIATIVE_ORGANISATION_LINK.INITIATIVE_ID, INITIATIVE_ORGANISATION_LINK.ORGANISATION_ID,
                organisationSlugsByItem, organisations);
    }
}
