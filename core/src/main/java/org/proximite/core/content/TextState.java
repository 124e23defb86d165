package org.proximite.core.content;

/** The state of one language's text of an item. Readers see only published texts. */
public enum TextState {
    PUBLISHED,
    DRAFT
}
