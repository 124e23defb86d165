package org.proximite.chapter.format;

/**
 * One text field of an item, described once: the validator of chapters, the editors, the
 * three-way merge, the API and the database writes all ask this description.
 *
 * @param name the field's name, as chapters, the API and the database write it
 * @param markdown true for Markdown (sanitised when shown), false for plain text on one line
 * @param required whether a language's text needs it
 * @param maxLength the longest accepted value, in characters
 */
public record TextField(String name, boolean markdown, boolean required, int maxLength) {

    /** Lengths past which a text is refused, the same for editors, chapters and the database. */
    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int SECTION_LENGTH = 20_000;
    public static final int BODY_LENGTH = 100_000;
    /** Where an initiative took place. */
    public static final int LOCALITY_LENGTH = 200;

    public static TextField plain(String name, boolean required, int maxLength) {
        return new TextField(name, false, required, maxLength);
    }

    public static TextField markdown(String name, int maxLength) {
        return new TextField(name, true, false, maxLength);
    }
}
