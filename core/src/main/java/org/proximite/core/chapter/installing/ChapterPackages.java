package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** Keeps each installed chapter's jar in the database, beside its content: the record every node follows. */
final class ChapterPackages {

    private ChapterPackages() {}

    /** Runs inside the import's transaction: the jar is saved with its content, or not at all. */
    static void store(DSLContext tx, ChapterPackage jar, byte[] bytes, String actor, OffsetDateTime now) {
        // Only the installed jar is kept: it is what a restart or another instance loads.
        tx.deleteFrom(CHAPTER_PACKAGE).where(CHAPTER_PACKAGE.CHAPTER_ID.eq(jar.pluginId())).execute();
        tx.insertInto(CHAPTER_PACKAGE)
                .set(CHAPTER_PACKAGE.CHAPTER_ID, jar.pluginId())
                .set(CHAPTER_PACKAGE.VERSION, jar.version())
                .set(CHAPTER_PACKAGE.SHA256, jar.sha256())
                .set(CHAPTER_PACKAGE.FILE_NAME, jar.fileName())
                .set(CHAPTER_PACKAGE.CONTENT, bytes)
                .set(CHAPTER_PACKAGE.STORED_AT, now)
                .set(CHAPTER_PACKAGE.STORED_BY, actor)
                .set(CHAPTER_PACKAGE.PROVIDER, jar.provider())
                .set(CHAPTER_PACKAGE.SIGNER, jar.signer())
                .execute();
        tx.update(CHAPTER)
                .set(CHAPTER.SIGNATURE, jar.signature().name())
                .set(CHAPTER.HAS_CODE, jar.hasCode())
                .set(CHAPTER.REQUIRES, jar.requires())
                .set(CHAPTER.STATE_REASON, (String) null)
                .set(CHAPTER.STATE_REASONS, (String) null)
                .where(CHAPTER.ID.eq(jar.pluginId()))
                .execute();
    }
}
