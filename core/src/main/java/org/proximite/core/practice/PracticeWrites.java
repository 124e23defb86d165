package org.proximite.core.practice;

import static org.proximite.db.jooq.Tables.ITEM_RELATION;
import static org.proximite.db.jooq.Tables.PRACTICE_FIELDS;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.content.PracticeLinks;
import org.proximite.core.internal.Chunks;
import org.proximite.core.internal.ItemParts;

/**
 * The statements that write what only practices have, shared by editing and chapter import, for
 * one practice or many at once. They run inside the caller's transaction, next to the content
 * writer's.
 */
public final class PracticeWrites {

    private PracticeWrites() {}

    public static void writeFields(DSLContext tx, long itemId, EvidenceLevel evidenceLevel) {
        writeFields(tx, Map.of(itemId, evidenceLevel));
    }

    /** Each practice's evidence level, by item id. */
    public static void writeFields(DSLContext tx, Map<Long, EvidenceLevel> evidenceLevels) {
        ItemParts.delete(tx, PRACTICE_FIELDS.ITEM_ID, evidenceLevels.keySet());
        for (List<Map.Entry<Long, EvidenceLevel>> chunk : Chunks.of(evidenceLevels.entrySet())) {
            var insert = tx.insertInto(PRACTICE_FIELDS, PRACTICE_FIELDS.ITEM_ID, PRACTICE_FIELDS.EVIDENCE_LEVEL);
            for (Map.Entry<Long, EvidenceLevel> practice : chunk) {
                insert = insert.values(practice.getKey(), practice.getValue().name());
            }
            insert.execute();
        }
    }

    /** Replaces the practices this one is related to. */
    public static void replaceRelations(DSLContext tx, long itemId, Collection<String> relatedSlugs) {
        replaceRelations(tx, Map.of(itemId, relatedSlugs));
    }

    /** Replaces the related practices of several practices, by item id. */
    public static void replaceRelations(DSLContext tx, Map<Long, ? extends Collection<String>> relatedSlugs) {
        PracticeLinks.replace(tx, ITEM_RELATION.ITEM_ID, ITEM_RELATION.RELATED_ITEM_ID, relatedSlugs);
    }
}
