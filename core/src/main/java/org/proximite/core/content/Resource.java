package org.proximite.core.content;

/** A tool or resource of an item: a link or a file, in one language or in all (language null). */
public record Resource(String kind, String language, String label, String url) {}
