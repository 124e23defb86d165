package org.proximite.core.editing;

/** No practice or initiative has this slug. */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(String kind, String slug) {
        super("No " + kind + " with slug '" + slug + "'");
    }
}
