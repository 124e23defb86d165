package org.proximite.core.content;

/** A link to a practice or an initiative, titled in the reader's language if it can be. */
public record ContentLink(String slug, String title) {}
