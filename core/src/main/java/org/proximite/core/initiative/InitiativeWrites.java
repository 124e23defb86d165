package org.proximite.core.initiative;

import static org.proximite.db.jooq.Tables.INITIATIVE_ORGANISATION;
import static org.proximite.db.jooq.Tables.INITIATIVE_PARTICIPANT;
import static org.proximite.db.jooq.Tables.INITIATIVE_PRACTICE;
import static org.proximite.db.jooq.Tables.INITIATIVE_TEXT;
import static org.proximite.db.jooq.Tables.ORGANISATION;
import static org.proximite.db.jooq.Tables.PRACTICE;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;

/**
 * The statements that write an initiative's texts and links, shared by editing and chapter
 * import. They run inside the caller's transaction.
 */
public final class InitiativeWrites {

    private InitiativeWrites() {}

    /** The initiative's texts per language, as saved. */
    public static Map<String, InitiativeText> readTexts(DSLContext dsl, long initiativeId) {
        return new java.util.TreeMap<>(dsl.selectFrom(INITIATIVE_TEXT)
                .where(INITIATIVE_TEXT.INITIATIVE_ID.eq(initiativeId))
                .fetchMap(INITIATIVE_TEXT.LANGUAGE_CODE, InitiativeQueries::text));
    }

    public static void replaceTexts(DSLContext tx, long initiativeId, Map<String, InitiativeText> texts) {
        tx.deleteFrom(INITIATIVE_TEXT).where(INITIATIVE_TEXT.INITIATIVE_ID.eq(initiativeId)).execute();
        for (var entry : texts.entrySet()) {
            InitiativeText text = entry.getValue();
            if (InitiativeDraftValidator.isBlank(text)) {
                continue;
            }
            tx.insertInto(INITIATIVE_TEXT)
                    .set(INITIATIVE_TEXT.INITIATIVE_ID, initiativeId)
                    .set(INITIATIVE_TEXT.LANGUAGE_CODE, entry.getKey())
                    .set(INITIATIVE_TEXT.TITLE, text.title().strip())
                    .set(INITIATIVE_TEXT.SUMMARY, text.summary().strip())
                    .set(INITIATIVE_TEXT.BODY, text.body())
                    .set(INITIATIVE_TEXT.OUTCOMES, text.outcomes())
                    .execute();
        }
    }

    public static void replaceParticipants(DSLContext tx, long initiativeId, Map<String, Integer> byGroup) {
        tx.deleteFrom(INITIATIVE_PARTICIPANT).where(INITIATIVE_PARTICIPANT.INITIATIVE_ID.eq(initiativeId)).execute();
        byGroup.forEach((group, count) -> tx.insertInto(INITIATIVE_PARTICIPANT)
                .set(INITIATIVE_PARTICIPANT.INITIATIVE_ID, initiativeId)
                .set(INITIATIVE_PARTICIPANT.GROUP_CODE, group)
                .set(INITIATIVE_PARTICIPANT.PARTICIPANT_COUNT, count)
                .execute());
    }

    public static void replacePractices(DSLContext tx, long initiativeId, Collection<String> practiceSlugs) {
        tx.deleteFrom(INITIATIVE_PRACTICE).where(INITIATIVE_PRACTICE.INITIATIVE_ID.eq(initiativeId)).execute();
        if (!practiceSlugs.isEmpty()) {
            tx.insertInto(INITIATIVE_PRACTICE, INITIATIVE_PRACTICE.INITIATIVE_ID, INITIATIVE_PRACTICE.PRACTICE_ID)
                    .select(tx.select(DSL.val(initiativeId), PRACTICE.ID).from(PRACTICE).where(PRACTICE.SLUG.in(practiceSlugs)))
                    .execute();
        }
    }

    public static void replaceOrganisations(DSLContext tx, long initiativeId, Collection<String> organisationSlugs) {
        tx.deleteFrom(INITIATIVE_ORGANISATION).where(INITIATIVE_ORGANISATION.INITIATIVE_ID.eq(initiativeId)).execute();
        if (!organisationSlugs.isEmpty()) {
            tx.insertInto(INITIATIVE_ORGANISATION, INITIATIVE_ORGANISATION.INITIATIVE_ID, INITIATIVE_ORGANISATION.ORGANISATION_ID)
                    .select(tx.select(DSL.val(initiativeId), ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.SLUG.in(organisationSlugs)))
                    .execute();
        }
    }
}
