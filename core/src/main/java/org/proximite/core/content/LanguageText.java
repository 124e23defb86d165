package org.proximite.core.content;

/**
 * One language's text of an item, with its own state and version.
 *
 * @param version the version the text has (0 for a language not saved yet); a save of this
 *     language is refused when the stored version differs
 */
public record LanguageText(TextState state, int version, ItemText text) {

    public static LanguageText draft(ItemText text) {
        return new LanguageText(TextState.DRAFT, 0, text);
    }

    public LanguageText withText(ItemText newText) {
        return new LanguageText(state, version, newText);
    }
}
