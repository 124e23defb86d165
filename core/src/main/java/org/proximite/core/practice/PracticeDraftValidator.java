package org.proximite.core.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.TextChecks;
import org.proximite.core.editing.TextLimits;

/** The checks a practice passes before it is saved; the database is not asked here. */
final class PracticeDraftValidator {

    private PracticeDraftValidator() {}

    static List<FieldProblem> problems(PracticeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.slug(draft.slug(), problems);
        if (draft.evidenceLevel() == null) {
            problems.add(new FieldProblem("evidenceLevel", "validation.required"));
        }
        if (draft.status() == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        }
        Map<String, PracticeText> texts = draft.texts();
        if (!texts.containsKey(draft.defaultLanguage()) || isBlank(texts.get(draft.defaultLanguage()))) {
            problems.add(new FieldProblem(draft.defaultLanguage() + ".title", "validation.defaultLanguageRequired"));
        }
        texts.forEach((language, text) -> {
            if (isBlank(text)) {
                return;
            }
            String prefix = language + ".";
            TextChecks.required(prefix + "title", text.title(), TextLimits.TITLE, problems);
            TextChecks.required(prefix + "summary", text.summary(), TextLimits.SUMMARY, problems);
            TextChecks.optional(prefix + "body", text.body(), TextLimits.BODY, problems);
            TextChecks.optional(prefix + "effect", text.effect(), TextLimits.SECTION, problems);
            TextChecks.optional(prefix + "mechanism", text.mechanism(), TextLimits.SECTION, problems);
            TextChecks.optional(prefix + "context", text.context(), TextLimits.SECTION, problems);
            TextChecks.optional(prefix + "implementation", text.implementation(), TextLimits.SECTION, problems);
            TextChecks.optional(prefix + "cost", text.cost(), TextLimits.SECTION, problems);
        });
        return problems;
    }

    static boolean isBlank(PracticeText text) {
        return text == null
                || TextChecks.isBlank(text.title())
                        && TextChecks.isBlank(text.summary())
                        && TextChecks.isBlank(text.body())
                        && TextChecks.isBlank(text.effect())
                        && TextChecks.isBlank(text.mechanism())
                        && TextChecks.isBlank(text.context())
                        && TextChecks.isBlank(text.implementation())
                        && TextChecks.isBlank(text.cost());
    }
}
