package org.proximite.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.TextChecks;

/**
 * The checks every item's texts pass, by the kind's description of its fields: required fields,
 * lengths, garbled text. Field names in problems are {@code language.field}.
 */
public final class TextValidation {

    private TextValidation() {}

    /** Problems of the texts of every language; the default language must have a text. */
    public static List<FieldProblem> problems(ItemKind kind, String defaultLanguage, Map<String, ItemText> texts) {
        return problems(kind, defaultLanguage, texts, language -> true);
    }

    /**
     * The same, checking the fields of only the languages {@code toCheck} accepts: an editor's save
     * checks the languages it changed, the others were checked when they were saved.
     */
    public static List<FieldProblem> problems(ItemKind kind, String defaultLanguage, Map<String, ItemText> texts,
            java.util.function.Predicate<String> toCheck) {
        List<FieldProblem> problems = new ArrayList<>();
        ItemText main = texts.get(defaultLanguage);
        if (main == null || main.isBlank()) {
            problems.add(new FieldProblem(defaultLanguage + ".title", "validation.defaultLanguageRequired"));
        }
        texts.forEach((language, text) -> {
            if (!text.isBlank() && toCheck.test(language)) {
                problems.addAll(problems(kind, language, text));
            }
        });
        return problems;
    }

    /** Problems of one language's text. */
    public static List<FieldProblem> problems(ItemKind kind, String language, ItemText text) {
        List<FieldProblem> problems = new ArrayList<>();
        for (TextField field : kind.textFields()) {
            String name = language + "." + field.name();
            if (field.required()) {
                TextChecks.required(name, text.get(field.name()), field.maxLength(), problems);
            } else {
                TextChecks.optional(name, text.get(field.name()), field.maxLength(), problems);
            }
        }
        return problems;
    }

    /** Problems of a slug: required, and of the form chapters use. */
    public static List<FieldProblem> slugProblems(String slug) {
        List<FieldProblem> problems = new ArrayList<>();
        TextChecks.slug(slug, problems);
        return problems;
    }
}
