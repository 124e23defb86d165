package org.proximite.core.edition;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An edition: a numbered snapshot of published content, in several languages.
 *
 * @param number its number within its scope (the guide's editions 1, 2…; a chapter's 1, 2…)
 * @param languages the languages it was made in, in order
 * @param reason why it failed, null otherwise
 * @param stepsDone files rendered so far (languages × formats in all), for the progress shown
 * @param files its stored files; empty unless it is ready
 */
public record Edition(
        long id,
        EditionScope scope,
        int number,
        List<String> languages,
        EditionState state,
        EditionReason reason,
        int stepsDone,
        int stepsTotal,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime finishedAt,
        List<EditionFile> files) {

    public Edition {
        languages = List.copyOf(languages);
        files = List.copyOf(files);
    }

    /**
     * How addresses name it: its number for the whole guide ({@code 3}), the chapter's id and the
     * number for a chapter's ({@code guinea-2}).
     */
    public String key() {
        return scope.isWholeGuide() ? String.valueOf(number) : scope.chapterId() + "-" + number;
    }

    /** Its file in that language and format, when it has one. */
    public Optional<EditionFile> file(String language, EditionFormat format) {
        return files.stream().filter(file -> file.language().equals(language) && file.format() == format).findFirst();
    }

    /** Scope and number named by {@link #key()}; empty for a key of no edition's form. */
    static Optional<ScopedNumber> parseKey(String key) {
        if (key == null || !key.matches("([a-z0-9][a-z0-9-]{0,62}-)?[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        int dash = key.lastIndexOf('-');
        return dash < 0 ? Optional.of(new ScopedNumber(EditionScope.GUIDE, Integer.parseInt(key)))
                : Optional.of(new ScopedNumber(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1))));
    }

    record ScopedNumber(String scopeKey, int number) {}
}
