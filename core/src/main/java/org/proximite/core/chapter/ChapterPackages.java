package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.proximite.chapter.format.jar.SignatureStatus;

/** Keeps each installed chapter's jar in the database, beside its content. */
final class ChapterPackages {

    private ChapterPackages() {}

    /** Runs inside the import's transaction: the jar is saved with its content, or not at all. */
    static void store(DSLContext tx, String chapterId, String version, String sha256, String fileName, byte[] bytes,
            SignatureStatus signature, boolean hasCode, String requires, String actor, OffsetDateTime now) {
        // Only the installed jar is kept: it is what a restart or a second instance loads.
        tx.deleteFrom(CHAPTER_PACKAGE).where(CHAPTER_PACKAGE.CHAPTER_ID.eq(chapterId)).execute();
        tx.insertInto(CHAPTER_PACKAGE)
                .set(CHAPTER_PACKAGE.CHAPTER_ID, chapterId)
                .set(CHAPTER_PACKAGE.VERSION, version)
                .set(CHAPTER_PACKAGE.SHA256, sha256)
                .set(CHAPTER_PACKAGE.FILE_NAME, fileName)
                .set(CHAPTER_PACKAGE.CONTENT, bytes)
                .set(CHAPTER_PACKAGE.STORED_AT, now)
                .set(CHAPTER_PACKAGE.STORED_BY, actor)
                .execute();
        tx.update(CHAPTER)
                .set(CHAPTER.SIGNATURE, signature.name())
                .set(CHAPTER.HAS_CODE, hasCode)
                .set(CHAPTER.REQUIRES, requires)
                .set(CHAPTER.STATE_REASON, (String) null)
                .where(CHAPTER.ID.eq(chapterId))
                .execute();
    }
}
