package org.proximite.core.edition;

/**
 * What an edition covers: the whole guide, or one chapter's content.
 *
 * @param chapterId the chapter, or null for the whole guide
 */
public record EditionScope(String chapterId) {

    /** The key the scope is stored and numbered under for the whole guide. */
    static final String GUIDE = "guide";

    public static EditionScope wholeGuide() {
        return new EditionScope(null);
    }

    public static EditionScope chapter(String chapterId) {
        if (chapterId == null || chapterId.isBlank()) {
            throw new IllegalArgumentException("a chapter scope needs a chapter id");
        }
        return new EditionScope(chapterId);
    }

    public boolean isWholeGuide() {
        return chapterId == null;
    }

    /** {@code guide}, or the chapter's id: numbers run per key. */
    String key() {
        return isWholeGuide() ? GUIDE : chapterId;
    }
}
