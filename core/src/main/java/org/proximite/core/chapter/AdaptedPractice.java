package org.proximite.core.chapter;

/**
 * A practice of another chapter that a chapter adapts.
 *
 * @param chapterId the chapter the practice belongs to
 * @param language the language the title is written in: the one asked, or the practice's default language when it has no text in it
 */
public record AdaptedPractice(String slug, String title, String chapterId, String language) {}
