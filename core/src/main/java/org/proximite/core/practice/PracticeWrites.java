package org.proximite.core.practice;

import static org.proximite.db.jooq.Tables.ITEM_RELATION;
import static org.proximite.db.jooq.Tables.PRACTICE_FIELDS;
import static org.proximite.db.jooq.Tables.PRACTICE_OUTCOME;
import static org.proximite.db.jooq.Tables.PRACTICE_OUTCOME_SOURCE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
import org.proximite.core.content.PracticeLinks;
import org.proximite.core.internal.Chunks;
import org.proximite.core.internal.FixedStatement;
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

    /** Replaces the practice's outcomes; its sources must be written first, as they cite them by number. */
    public static void replaceOutcomes(DSLContext tx, long itemId, List<PracticeOutcome> outcomes) {
        replaceOutcomes(tx, Map.of(itemId, outcomes));
    }

    /** Replaces the outcomes of several practices, by item id, each in its order, with the sources each cites. */
    public static void replaceOutcomes(DSLContext tx, Map<Long, List<PracticeOutcome>> outcomesByItem) {
        // The citations go with their outcomes (a foreign key that cascades).
        ItemParts.delete(tx, PRACTICE_OUTCOME.ITEM_ID, outcomesByItem.keySet());
        record Citation(long itemId, String outcome, int number) {}
        List<ItemParts.Placed<PracticeOutcome>> rows = ItemParts.placed(outcomesByItem);
        List<Citation> citations = new ArrayList<>();
        rows.forEach(row -> new java.util.TreeSet<>(row.part().sources())
                .forEach(number -> citations.add(new Citation(row.itemId(), row.part().outcome(), number))));
        for (List<ItemParts.Placed<PracticeOutcome>> chunk : Chunks.of(rows)) {
            var insert = tx.insertInto(PRACTICE_OUTCOME, PRACTICE_OUTCOME.ITEM_ID, PRACTICE_OUTCOME.OUTCOME, PRACTICE_OUTCOME.POSITION,
                    PRACTICE_OUTCOME.DIRECTION, PRACTICE_OUTCOME.EVIDENCE_LEVEL);
            for (ItemParts.Placed<PracticeOutcome> row : chunk) {
                insert = insert.values(row.itemId(), row.part().outcome(), row.position(), row.part().direction().name(),
                        row.part().level().name());
            }
            insert.execute();
        }
        for (List<Citation> chunk : Chunks.of(citations)) {
            var insert = tx.insertInto(PRACTICE_OUTCOME_SOURCE, PRACTICE_OUTCOME_SOURCE.ITEM_ID, PRACTICE_OUTCOME_SOURCE.OUTCOME,
                    PRACTICE_OUTCOME_SOURCE.SOURCE_POSITION);
            for (Citation citation : chunk) {
                insert = insert.values(citation.itemId(), citation.outcome(), citation.number());
            }
            insert.execute();
        }
    }

    /** The practice's outcomes in their order, each with the numbers of the references it cites, in one statement. */
    public static List<PracticeOutcome> outcomes(DSLContext context, long itemId) {
        return evidence(context, itemId).outcomes();
    }

    /** A practice's evidence as stored: its level and its outcomes. */
    record StoredEvidence(EvidenceLevel level, List<PracticeOutcome> outcomes) {}

    /**
     * The practice's evidence level and its outcomes in their order, each with the numbers of the
     * references it cites, in one statement.
     */
    static StoredEvidence evidence(DSLContext context, long itemId) {
        Map<String, PracticeOutcome> outcomes = new java.util.LinkedHashMap<>();
        Map<String, List<Integer>> cited = new java.util.HashMap<>();
        EvidenceLevel[] level = new EvidenceLevel[1];
        EVIDENCE.fetchWith(context, EVIDENCE_COLUMNS, itemId).forEach(row -> {
            level[0] = EvidenceLevel.valueOf(row.get(0, String.class));
            String outcome = row.get(1, String.class);
            if (outcome == null) {
                return;
            }
            List<Integer> numbers = cited.computeIfAbsent(outcome, key -> new ArrayList<>());
            if (row.get(4) != null) {
                numbers.add(row.get(4, Integer.class));
            }
            outcomes.putIfAbsent(outcome, new PracticeOutcome(outcome, OutcomeDirection.valueOf(row.get(2, String.class)),
                    EvidenceLevel.valueOf(row.get(3, String.class)), List.of()));
        });
        if (level[0] == null) {
            throw new org.proximite.core.editing.ContentNotFoundException("practice", String.valueOf(itemId));
        }
        return new StoredEvidence(level[0], outcomes.values().stream()
                .map(outcome -> new PracticeOutcome(outcome.outcome(), outcome.direction(), outcome.level(), cited.get(outcome.outcome())))
                .toList());
    }

    private static final List<org.jooq.Field<?>> EVIDENCE_COLUMNS = List.of(PRACTICE_FIELDS.EVIDENCE_LEVEL, PRACTICE_OUTCOME.OUTCOME,
            PRACTICE_OUTCOME.DIRECTION, PRACTICE_OUTCOME.EVIDENCE_LEVEL, PRACTICE_OUTCOME_SOURCE.SOURCE_POSITION);

    private static final FixedStatement EVIDENCE = FixedStatement.of(values -> DSL.select(EVIDENCE_COLUMNS)
            .from(PRACTICE_FIELDS)
            .leftJoin(PRACTICE_OUTCOME).on(PRACTICE_OUTCOME.ITEM_ID.eq(PRACTICE_FIELDS.ITEM_ID))
            .leftJoin(PRACTICE_OUTCOME_SOURCE).on(PRACTICE_OUTCOME_SOURCE.ITEM_ID.eq(PRACTICE_OUTCOME.ITEM_ID)
                    .and(PRACTICE_OUTCOME_SOURCE.OUTCOME.eq(PRACTICE_OUTCOME.OUTCOME)))
            .where(PRACTICE_FIELDS.ITEM_ID.eq(values.next(PRACTICE_FIELDS.ITEM_ID)))
            .orderBy(PRACTICE_OUTCOME.POSITION, PRACTICE_OUTCOME_SOURCE.SOURCE_POSITION));

    /** Replaces the practices this one is related to. */
    public static void replaceRelations(DSLContext tx, long itemId, Collection<String> relatedSlugs) {
        replaceRelations(tx, Map.of(itemId, relatedSlugs));
    }

    /** Replaces the related practices of several practices, by item id. */
    public static void replaceRelations(DSLContext tx, Map<Long, ? extends Collection<String>> relatedSlugs) {
        PracticeLinks.replace(tx, ITEM_RELATION.ITEM_ID, ITEM_RELATION.RELATED_ITEM_ID, relatedSlugs);
    }
}
