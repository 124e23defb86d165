package org.proximite.core.chapter;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.format.Reason;

/**
 * One line of the chapters' history.
 *
 * @param chapterId null when the jar was too broken to tell
 * @param source the jar's file name
 * @param succeeded whether the action succeeded
 * @param message what happened, or why it failed, in English (for the log and older rows)
 * @param reasons the same as codes with parameters, to show in the reader's language
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
        List<Reason> reasons,
        String actor,
        OffsetDateTime occurredAt) {}
