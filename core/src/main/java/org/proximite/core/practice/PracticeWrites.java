package org.proximite.core.practice;

import static org.proximite.db.jooq.Tables.ITEM_RELATION;
import static org.proximite.db.jooq.Tables.PRACTICE_FIELDS;

import java.util.Collection;
import org.jooq.DSLContext;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.content.PracticeLinks;

/**
 * The statements that write what only practices have, shared by editing and chapter import.
 * They run inside the caller's transaction, next to the content writer's.
 */
public final class PracticeWrites {

    private PracticeWrites() {}

    public static void writeFields(DSLContext tx, long itemId, EvidenceLevel evidenceLevel) {
        tx.insertInto(PRACTICE_FIELDS).set(PRACTICE_FIELDS.ITEM_ID, itemId).set(PRACTICE_FIELDS.EVIDENCE_LEVEL, evidenceLevel.name())
                .onConflict(PRACTICE_FIELDS.ITEM_ID).doUpdate().set(PRACTICE_FIELDS.EVIDENCE_LEVEL, evidenceLevel.name())
                .execute();
    }

    /** Replaces the practices this one is related to. */
    public static void replaceRelations(DSLContext tx, long itemId, Collection<String> relatedSlugs) {
        PracticeLinks.replace(tx, ITEM_RELATION.ITEM_ID, ITEM_RELATION.RELATED_ITEM_ID, itemId, relatedSlugs);
    }
}
