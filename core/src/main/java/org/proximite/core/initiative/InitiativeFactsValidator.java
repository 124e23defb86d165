package org.proximite.core.initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.TextChecks;

/** The checks of what only initiatives have; the database is not asked here. */
final class InitiativeFactsValidator {

    static final int LOCALITY_LENGTH = 200;

    private InitiativeFactsValidator() {}

    static List<FieldProblem> problems(InitiativeFacts facts, Map<String, Integer> participantsByGroup) {
        List<FieldProblem> problems = new ArrayList<>();
        if (TextChecks.isBlank(facts.kind())) {
            problems.add(new FieldProblem("kind", "validation.required"));
        } else if (!ChapterLayout.isValidSlug(facts.kind())) {
            problems.add(new FieldProblem("kind", "validation.slug", ChapterLayout.SLUG_MAX_LENGTH));
        }
        if (facts.countryCode() != null && !facts.countryCode().isEmpty() && !facts.countryCode().matches("[A-Z]{2}")) {
            problems.add(new FieldProblem("countryCode", "validation.countryCode"));
        }
        TextChecks.optional("locality", facts.locality(), LOCALITY_LENGTH, problems);
        if (facts.startDate() != null && facts.endDate() != null && facts.endDate().isBefore(facts.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.endBeforeStart"));
        }
        if (facts.year() != null && (facts.year() < 1900 || facts.year() > 2200)) {
            problems.add(new FieldProblem("year", "validation.year"));
        }
        if (facts.participantsTotal() != null && facts.participantsTotal() < 0) {
            problems.add(new FieldProblem("participantsTotal", "validation.notNegative"));
        }
        participantsByGroup.forEach((group, count) -> {
            if (count == null || count < 0) {
                problems.add(new FieldProblem("participants." + group, "validation.notNegative"));
            }
        });
        return problems;
    }
}
