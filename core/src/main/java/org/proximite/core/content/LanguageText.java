package org.proximite.core.content;

/**
 * One language's text of an item, with its own state and version.
 *
 * @param version the version the text has (0 for a language not saved yet); a save of this
 *     language is refused when the stored version differs
 * @param updatedAt when this language was last saved (null when not saved yet)
 * @param updatedBy who saved it last (null when not saved yet)
 */
public record LanguageText(TextState state, int version, ItemText text, java.time.OffsetDateTime updatedAt, String updatedBy) {

    public static LanguageText draft(ItemText text) {
        return new LanguageText(TextState.DRAFT, 0, text, null, null);
    }

    public LanguageText withText(ItemText newText) {
        return new LanguageText(state, version, newText, updatedAt, updatedBy);
    }

    public LanguageText withState(TextState newState) {
        return new LanguageText(newState, version, text, updatedAt, updatedBy);
    }
}
