package org.proximite.core.editing;

import java.util.List;
import org.proximite.chapter.api.ChapterLayout;
import org.proximite.chapter.format.text.Mojibake;

/** Field checks shared by every editable item: required, length, slug form, garbled text. */
public final class TextChecks {

    private TextChecks() {}

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static void slug(String slug, List<FieldProblem> problems) {
        if (isBlank(slug)) {
            problems.add(new FieldProblem("slug", "validation.required"));
        } else if (!ChapterLayout.isValidSlug(slug)) {
            problems.add(new FieldProblem("slug", "validation.slug", ChapterLayout.SLUG_MAX_LENGTH));
        }
    }

    public static void required(String field, String value, int maxLength, List<FieldProblem> problems) {
        if (isBlank(value)) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else {
            optional(field, value, maxLength, problems);
        }
    }

    public static void optional(String field, String value, int maxLength, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "validation.tooLong", maxLength, value.length()));
        } else if (Mojibake.isSuspect(value)) {
            problems.add(new FieldProblem(field, "validation.garbled"));
        }
    }
}
