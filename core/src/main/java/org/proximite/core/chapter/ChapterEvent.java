package org.proximite.core.chapter;

import java.time.OffsetDateTime;

/**
 * One line of the chapters' history.
 *
 * @param chapterId null when the jar was too broken to tell
 * @param source the jar's file name
 * @param succeeded whether the action succeeded
 * @param message what happened, or why it failed
 */
public record ChapterEvent(
        long id,
        String chapterId,
        String source,
        ChapterAction action,
        boolean succeeded,
        String fromVersion,
        String toVersion,
        String message,
        String actor,
        OffsetDateTime occurredAt) {}
