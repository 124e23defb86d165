package org.proximite.chapter.format;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of content item, each with the text fields it has in every language. Practices and
 * initiatives share everything else (slug, chapter, languages with fallback, status, versions,
 * themes, resources); only their own non-text fields differ.
 */
public enum ItemKind {

    /** A reusable way of working; sections after EMMIE. */
    PRACTICE("practices", List.of(
            TextField.plain("title", true, TextField.TITLE_LENGTH),
            TextField.plain("summary", true, TextField.SUMMARY_LENGTH),
            TextField.markdown("body", TextField.BODY_LENGTH),
            TextField.markdown("effect", TextField.SECTION_LENGTH),
            TextField.markdown("mechanism", TextField.SECTION_LENGTH),
            TextField.markdown("context", TextField.SECTION_LENGTH),
            TextField.markdown("implementation", TextField.SECTION_LENGTH),
            TextField.markdown("cost", TextField.SECTION_LENGTH))),

    /** Something that happened, somewhere, at some time, applying practices. */
    INITIATIVE("initiatives", List.of(
            TextField.plain("title", true, TextField.TITLE_LENGTH),
            TextField.plain("summary", true, TextField.SUMMARY_LENGTH),
            TextField.markdown("body", TextField.BODY_LENGTH),
            TextField.markdown("outcomes", TextField.SECTION_LENGTH)));

    private final String folder;
    private final List<TextField> textFields;

    ItemKind(String folder, List<TextField> textFields) {
        this.folder = folder;
        this.textFields = textFields;
    }

    /** The fields every language of an item of this kind has, in the order editors show them. */
    public List<TextField> textFields() {
        return textFields;
    }

    public Optional<TextField> textField(String name) {
        return textFields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The folder of a chapter where items of this kind live, and the word in addresses. */
    public String folder() {
        return folder;
    }
}
