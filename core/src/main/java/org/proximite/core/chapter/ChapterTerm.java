package org.proximite.core.chapter;

/** A chapter's word for a concept, in the reader's language or its default language. */
public record ChapterTerm(String chapterId, String key, String label, String note, String language) {}
