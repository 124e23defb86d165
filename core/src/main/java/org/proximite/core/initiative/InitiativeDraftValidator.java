package org.proximite.core.initiative;

import java.util.ArrayList;
import java.util.List;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.TextChecks;
import org.proximite.core.editing.TextLimits;

/** The checks an initiative passes before it is saved; the database is not asked here. */
final class InitiativeDraftValidator {

    private InitiativeDraftValidator() {}

    static List<FieldProblem> problems(InitiativeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.slug(draft.slug(), problems);
        if (TextChecks.isBlank(draft.kind())) {
            problems.add(new FieldProblem("kind", "validation.required"));
        } else if (!ChapterLayout.isValidSlug(draft.kind())) {
            problems.add(new FieldProblem("kind", "validation.slug", ChapterLayout.SLUG_MAX_LENGTH));
        }
        if (draft.countryCode() != null && !draft.countryCode().isEmpty() && !draft.countryCode().matches("[A-Z]{2}")) {
            problems.add(new FieldProblem("countryCode", "validation.countryCode"));
        }
        TextChecks.optional("locality", draft.locality(), TextLimits.LOCALITY, problems);
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.endBeforeStart"));
        }
        if (draft.year() != null && (draft.year() < 1900 || draft.year() > 2200)) {
            problems.add(new FieldProblem("year", "validation.year"));
        }
        if (draft.participantsTotal() != null && draft.participantsTotal() < 0) {
            problems.add(new FieldProblem("participantsTotal", "validation.notNegative"));
        }
        draft.participantsByGroup().forEach((group, count) -> {
            if (count == null || count < 0) {
                problems.add(new FieldProblem("participants." + group, "validation.notNegative"));
            }
        });
        if (draft.status() == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        }
        if (isBlank(draft.texts().get(draft.defaultLanguage()))) {
            problems.add(new FieldProblem(draft.defaultLanguage() + ".title", "validation.defaultLanguageRequired"));
        }
        draft.texts().forEach((language, text) -> {
            if (isBlank(text)) {
                return;
            }
            String prefix = language + ".";
            TextChecks.required(prefix + "title", text.title(), TextLimits.TITLE, problems);
            TextChecks.required(prefix + "summary", text.summary(), TextLimits.SUMMARY, problems);
            TextChecks.optional(prefix + "body", text.body(), TextLimits.BODY, problems);
            TextChecks.optional(prefix + "outcomes", text.outcomes(), TextLimits.SECTION, problems);
        });
        return problems;
    }

    static boolean isBlank(InitiativeText text) {
        return text == null
                || TextChecks.isBlank(text.title())
                        && TextChecks.isBlank(text.summary())
                        && TextChecks.isBlank(text.body())
                        && TextChecks.isBlank(text.outcomes());
    }
}
