package org.proximite.core.content;

/**
 * A link to a practice or an initiative, titled in the reader's language if it can be.
 *
 * @param language the language the title is written in: the one asked, or the item's default language when it has no text in it,
 *     so that a page can mark a title in another language than its own
 */
public record ContentLink(String slug, String title, String language) {}
