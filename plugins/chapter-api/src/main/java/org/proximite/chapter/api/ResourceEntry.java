package org.proximite.chapter.api;

/**
 * A tool or resource for a practice: a link or a file.
 *
 * @param language the language of the resource, or null when it serves every language
 */
public record ResourceEntry(String kind, String language, String label, String url) {}
