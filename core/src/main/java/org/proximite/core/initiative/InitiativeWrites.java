package org.proximite.core.initiative;

import static org.proximite.db.jooq.Tables.INITIATIVE_FIELDS;
import static org.proximite.db.jooq.Tables.INITIATIVE_ORGANISATION_LINK;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT_COUNT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE_LINK;
import static org.proximite.db.jooq.Tables.ORGANISATION;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.proximite.core.content.PracticeLinks;

/**
 * The statements that write what only initiatives have, shared by editing and chapter import.
 * They run inside the caller's transaction, next to the content writer's.
 */
public final class InitiativeWrites {

    private InitiativeWrites() {}

    public static void writeFacts(DSLContext tx, long itemId, InitiativeFacts facts) {
        InitiativeFacts f = facts.normalised();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(INITIATIVE_FIELDS.KIND, f.kind());
        values.put(INITIATIVE_FIELDS.COUNTRY_CODE, f.countryCode());
        values.put(INITIATIVE_FIELDS.LOCALITY, f.locality());
        values.put(INITIATIVE_FIELDS.START_DATE, f.startDate());
        values.put(INITIATIVE_FIELDS.END_DATE, f.endDate());
        values.put(INITIATIVE_FIELDS.EVENT_YEAR, f.year());
        values.put(INITIATIVE_FIELDS.PLANNED, f.planned());
        values.put(INITIATIVE_FIELDS.PARTICIPANTS_TOTAL, f.participantsTotal());
        tx.insertInto(INITIATIVE_FIELDS).set(INITIATIVE_FIELDS.ITEM_ID, itemId).set(values)
                .onConflict(INITIATIVE_FIELDS.ITEM_ID).doUpdate().set(values)
                .execute();
    }

    public static void replaceParticipants(DSLContext tx, long itemId, Map<String, Integer> byGroup) {
        tx.deleteFrom(INITIATIVE_PARTICIPANT_COUNT).where(INITIATIVE_PARTICIPANT_COUNT.INITIATIVE_ID.eq(itemId)).execute();
        byGroup.forEach((group, count) -> tx.insertInto(INITIATIVE_PARTICIPANT_COUNT)
                .set(INITIATIVE_PARTICIPANT_COUNT.INITIATIVE_ID, itemId)
                .set(INITIATIVE_PARTICIPANT_COUNT.GROUP_CODE, group)
                .set(INITIATIVE_PARTICIPANT_COUNT.PARTICIPANT_COUNT, count)
                .execute());
    }

    public static void replacePractices(DSLContext tx, long itemId, Collection<String> practiceSlugs) {
        PracticeLinks.replace(tx, INITIATIVE_PRACTICE_LINK.INITIATIVE_ID, INITIATIVE_PRACTICE_LINK.PRACTICE_ID, itemId, practiceSlugs);
    }

    public static void replaceOrganisations(DSLContext tx, long itemId, Collection<String> organisationSlugs) {
        tx.deleteFrom(INITIATIVE_ORGANISATION_LINK).where(INITIATIVE_ORGANISATION_LINK.INITIATIVE_ID.eq(itemId)).execute();
        if (!organisationSlugs.isEmpty()) {
            tx.insertInto(INITIATIVE_ORGANISATION_LINK, INITIATIVE_ORGANISATION_LINK.INITIATIVE_ID, INITIATIVE_ORGANISATION_LINK.ORGANISATION_ID)
                    .select(tx.select(DSL.val(itemId), ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.SLUG.in(organisationSlugs)))
                    .execute();
        }
    }
}
