package org.proximite.core.content;

/**
 * One language's text of an item, with its own state and version.
 *
 * @param version the version the text has (0 for a language not saved yet); a save of this
 *     language is refused when the stored version differs
 * @param updatedAt when this language was last saved (null when not saved yet)
 * @param updatedBy who saved it last (null when not saved yet)
 * @param publishedVersion the version readers see, which may be older than {@code version} while
 *     the next draft is written; null when readers see none
 * @param sourceVersion for a translation, the version of the default language's text it was last
 *     written or reviewed against; null for the default language or when unknown
 */
public record LanguageText(TextState state, int version, ItemText text, java.time.OffsetDateTime updatedAt, String updatedBy,
        Integer publishedVersion, Integer sourceVersion) {

    /** A text whose readers see this very version when it is published. */
    public LanguageText(TextState state, int version, ItemText text, java.time.OffsetDateTime updatedAt, String updatedBy) {
        this(state, version, text, updatedAt, updatedBy, state == TextState.PUBLISHED ? version : null, null);
    }

    public static LanguageText draft(ItemText text) {
        return new LanguageText(TextState.DRAFT, 0, text, null, null, null, null);
    }

    public LanguageText withText(ItemText newText) {
        return new LanguageText(state, version, newText, updatedAt, updatedBy, publishedVersion, sourceVersion);
    }

    public LanguageText withState(TextState newState) {
        return new LanguageText(newState, version, text, updatedAt, updatedBy, publishedVersion, sourceVersion);
    }

    /** Whether readers see a version of this text (perhaps not this one). */
    public boolean isPublished() {
        return publishedVersion != null;
    }

    /** Whether readers see an older version than the one being worked on. */
    public boolean hasUnpublishedChanges() {
        return publishedVersion == null || publishedVersion != version;
    }
}
