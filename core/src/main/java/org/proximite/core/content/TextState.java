package org.proximite.core.content;

/**
 * The state of one language's text of an item, as its editors work on it: written (draft), waiting
 * for a reviewer (in review), approved and shown to readers (published), or withdrawn (archived).
 * Readers see the last published version of a text, also while its next draft is in the works.
 */
public enum TextState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
