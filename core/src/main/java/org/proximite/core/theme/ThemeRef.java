package org.proximite.core.theme;

/** A theme as a link: its slug and its label in the reader's language (or a fallback). */
public record ThemeRef(String slug, String label) {}
