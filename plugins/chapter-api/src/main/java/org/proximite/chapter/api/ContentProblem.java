package org.proximite.chapter.api;

/**
 * One thing wrong with a chapter's content, precise enough to fix without guessing.
 *
 * @param file the file inside the chapter, for example {@code chapter/practices/x.yaml}
 * @param field the field, as a dotted path ({@code fr.title}), or empty for the whole file
 * @param reason what is wrong, in English (the log and the validator's output)
 */
public record ContentProblem(String file, String field, String reason) {

    @Override
    public String toString() {
        return field.isEmpty() ? file + ": " + reason : file + " [" + field + "]: " + reason;
    }
}
