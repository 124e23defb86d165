package org.proximite.core.editing;

/**
 * Someone else saved the item after this copy was loaded and the two cannot be merged (the same
 * field changed by both: {@link ConflictException}; or a save that raced this one), so nothing
 * was saved. The caller keeps the user's text and asks them to reload or save again.
 */
public class StaleEditException extends RuntimeException {

    private final String slug;

    public StaleEditException(String slug) {
        super("'" + slug + "' was changed by someone else since it was opened");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
