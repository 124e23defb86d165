package org.proximite.core.content;

/**
 * The default language's text a translation is written from: its fingerprint and its version. The
 * default language's fields changed since that version are the translation's outdated fields.
 *
 * @param fingerprint null when the item has no text in its default language
 * @param version null when the item has no text in its default language
 */
public record TextSource(String fingerprint, Integer version) {

    /** No source: the default language itself, or an item without a default text yet. */
    public static final TextSource NONE = new TextSource(null, null);

    static TextSource of(LanguageText text) {
        return text == null ? NONE : new TextSource(text.text().fingerprint(), text.version());
    }
}
