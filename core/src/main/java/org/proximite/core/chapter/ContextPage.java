package org.proximite.core.chapter;

/**
 * A page about a chapter's country or partner, in one language.
 *
 * @param fallback true when it is not in the language asked for
 */
public record ContextPage(String slug, String title, String body, String language, boolean fallback) {}
