package org.proximite.chapter.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with a chapter's files, precise enough to fix without guessing: where it is and
 * why, as a {@link Reason}. The reason's first argument is the place ({@code file [field]}), so
 * that the reason alone, shown in any language, still says where.
 *
 * @param file the file inside the chapter, for example {@code chapter/practices/x.yaml}
 * @param field the field, as a dotted path ({@code fr.title}), or empty for the whole file
 * @param reason what is wrong
 */
public record ChapterProblem(String file, String field, Reason reason) {

    public ChapterProblem {
        field = field == null ? "" : field;
    }

    /** A problem at this place, with the code's own arguments after the place. */
    public static ChapterProblem of(String file, String field, String code, Object... arguments) {
        List<Object> all = new ArrayList<>(arguments.length + 1);
        all.add(place(file, field));
        all.addAll(List.of(arguments));
        return new ChapterProblem(file, field, Reason.of(code, all.toArray()));
    }

    /** How a place is written in every message: {@code chapter/x.yaml [fr.title]}. */
    public static String place(String file, String field) {
        return field == null || field.isEmpty() ? file : file + " [" + field + "]";
    }

    public String code() {
        return reason.code();
    }

    public String message(Locale locale) {
        return reason.message(locale);
    }

    @Override
    public String toString() {
        return reason.toString();
    }
}
