package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.INITIATIVE;
import static org.proximite.db.jooq.Tables.PRACTICE;

import org.jooq.DSLContext;
import org.proximite.chapter.api.ContentStatus;

/** What removing a chapter does to its practices and initiatives: the one place the lifecycle touches them. */
final class ChapterContentRemoval {

    private ChapterContentRemoval() {}

    /**
     * Runs in the removal's transaction {@code tx}.
     *
     * @param keepContent true to keep them archived (hidden from readers, visible to editors), false to delete them
     */
    static void removeContent(DSLContext tx, String chapterId, boolean keepContent) {
        if (keepContent) {
            tx.update(PRACTICE).set(PRACTICE.STATUS, ContentStatus.ARCHIVED.name()).where(PRACTICE.CHAPTER_ID.eq(chapterId)).execute();
            tx.update(INITIATIVE).set(INITIATIVE.STATUS, ContentStatus.ARCHIVED.name()).where(INITIATIVE.CHAPTER_ID.eq(chapterId)).execute();
        } else {
            tx.deleteFrom(PRACTICE).where(PRACTICE.CHAPTER_ID.eq(chapterId)).execute();
            tx.deleteFrom(INITIATIVE).where(INITIATIVE.CHAPTER_ID.eq(chapterId)).execute();
        }
    }
}
