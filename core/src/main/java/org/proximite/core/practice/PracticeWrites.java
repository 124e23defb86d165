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
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;
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

    /** Replaces the practice's outcomes; its sources must be written first, as they cite them by number. */
    public static void replaceOutcomes(DSLContext tx, long itemId, List<PracticeOutcome> outcomes) {
        tx.deleteFrom(PRACTICE_OUTCOME).where(PRACTICE_OUTCOME.ITEM_ID.eq(itemId)).execute();
        for (int position = 0; position < outcomes.size(); position++) {
            PracticeOutcome outcome = outcomes.get(position);
            tx.insertInto(PRACTICE_OUTCOME)
                    .set(PRACTICE_OUTCOME.ITEM_ID, itemId)
                    .set(PRACTICE_OUTCOME.OUTCOME, outcome.outcome())
                    .set(PRACTICE_OUTCOME.POSITION, position)
                    .set(PRACTICE_OUTCOME.DIRECTION, outcome.direction().name())
                    .set(PRACTICE_OUTCOME.EVIDENCE_LEVEL, outcome.level().name())
                    .execute();
            for (int number : new java.util.TreeSet<>(outcome.sources())) {
                tx.insertInto(PRACTICE_OUTCOME_SOURCE)
                        .set(PRACTICE_OUTCOME_SOURCE.ITEM_ID, itemId)
                        .set(PRACTICE_OUTCOME_SOURCE.OUTCOME, outcome.outcome())
                        .set(PRACTICE_OUTCOME_SOURCE.SOURCE_POSITION, number)
                        .execute();
            }
        }
    }

    /** The practice's outcomes in their order, each with the numbers of the references it cites, in one statement. */
    public static List<PracticeOutcome> outcomes(DSLContext context, long itemId) {
        Map<String, PracticeOutcome> outcomes = new java.util.LinkedHashMap<>();
        Map<String, List<Integer>> cited = new java.util.HashMap<>();
        context.select(PRACTICE_OUTCOME.OUTCOME, PRACTICE_OUTCOME.DIRECTION, PRACTICE_OUTCOME.EVIDENCE_LEVEL,
                        PRACTICE_OUTCOME_SOURCE.SOURCE_POSITION)
                .from(PRACTICE_OUTCOME)
                .leftJoin(PRACTICE_OUTCOME_SOURCE).on(PRACTICE_OUTCOME_SOURCE.ITEM_ID.eq(PRACTICE_OUTCOME.ITEM_ID)
                        .and(PRACTICE_OUTCOME_SOURCE.OUTCOME.eq(PRACTICE_OUTCOME.OUTCOME)))
                .where(PRACTICE_OUTCOME.ITEM_ID.eq(itemId))
                .orderBy(PRACTICE_OUTCOME.POSITION, PRACTICE_OUTCOME_SOURCE.SOURCE_POSITION)
                .forEach(row -> {
                    List<Integer> numbers = cited.computeIfAbsent(row.value1(), key -> new ArrayList<>());
                    if (row.value4() != null) {
                        numbers.add(row.value4());
                    }
                    outcomes.putIfAbsent(row.value1(), new PracticeOutcome(row.value1(), OutcomeDirection.valueOf(row.value2()),
                            EvidenceLevel.valueOf(row.value3()), List.of()));
                });
        return outcomes.values().stream()
                .map(outcome -> new PracticeOutcome(outcome.outcome(), outcome.direction(), outcome.level(), cited.get(outcome.outcome())))
                .toList();
    }

    /** Replaces the practices this one is related to. */
    public static void replaceRelations(DSLContext tx, long itemId, Collection<String> relatedSlugs) {
        PracticeLinks.replace(tx, ITEM_RELATION.ITEM_ID, ITEM_RELATION.RELATED_ITEM_ID, itemId, relatedSlugs);
    }
}
