package org.proximite.core.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeEntry;
import org.proximite.core.editing.FieldProblem;

/**
 * The editor's checks of a practice's outcomes, the rules chapters follow too: each outcome known
 * and rated once, with a direction and a level; a level above practice-based rests on at least one
 * of the practice's sources; the practice's level is the summary (the highest) of its outcomes'.
 */
final class OutcomeValidation {

    private OutcomeValidation() {}

    static List<FieldProblem> problems(List<PracticeOutcome> outcomes, int sourceCount, EvidenceLevel practiceLevel) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            PracticeOutcome outcome = outcomes.get(i);
            String field = "outcomes[" + i + "]";
            if (outcome.outcome() == null || !OutcomeEntry.OUTCOMES.contains(outcome.outcome())) {
                problems.add(new FieldProblem(field + ".outcome", "validation.required"));
            } else if (!seen.add(outcome.outcome())) {
                problems.add(new FieldProblem(field + ".outcome", "validation.outcomeTwice"));
            }
            if (outcome.direction() == null) {
                problems.add(new FieldProblem(field + ".direction", "validation.required"));
            }
            if (outcome.level() == null) {
                problems.add(new FieldProblem(field + ".level", "validation.required"));
            } else if (outcome.level() != EvidenceLevel.PRACTICE_BASED && outcome.sources().isEmpty()) {
                problems.add(new FieldProblem(field + ".sources", "validation.outcomeNeedsSource"));
            }
            outcome.sources().stream().filter(number -> number < 1 || number > sourceCount).findFirst()
                    .ifPresent(number -> problems.add(new FieldProblem(field + ".sources", "validation.unknownSource", number)));
        }
        outcomes.stream().map(PracticeOutcome::level).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .filter(summary -> practiceLevel != null && summary != practiceLevel)
                .ifPresent(summary -> problems.add(new FieldProblem("evidenceLevel", "validation.levelNotSummary", summary.code())));
        return problems;
    }
}
