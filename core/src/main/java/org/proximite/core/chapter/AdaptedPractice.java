package org.proximite.core.chapter;

/**
 * A practice of another chapter that a chapter adapts.
 *
 * @param chapterId the chapter the practice belongs to
 */
public record AdaptedPractice(String slug, String title, String chapterId) {}
