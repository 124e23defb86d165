package org.proximite.core.editing;

/**
 * Someone else saved the item after this copy was loaded: saving it would overwrite their work,
 * so nothing was saved. The caller keeps the user's text and asks them to reload.
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
