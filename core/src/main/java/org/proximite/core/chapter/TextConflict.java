package org.proximite.core.chapter;

/**
 * A field that coordinators edited on the site and that the new version of the chapter also
 * changes: the three versions, for a person to choose.
 *
 * @param key {@code slug/language/field}, to name the decision
 * @param previous the field as the installed version of the chapter wrote it
 * @param incoming the field as the new version writes it
 * @param local the field as it is on the site now
 */
public record TextConflict(String key, String slug, String language, String field, String previous, String incoming, String local) {

    static String key(String slug, String language, String field) {
        return slug + "/" + language + "/" + field;
    }

    /** How a person settled a conflict. */
    public enum Resolution {
        /** Take the new version's text. */
        TAKE_CHAPTER,
        /** Keep the text edited on the site. */
        KEEP_LOCAL
    }
}
