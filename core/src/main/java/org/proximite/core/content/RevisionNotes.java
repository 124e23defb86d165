package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Writes a note on the revisions a save just made, in the save's transaction. */
public final class RevisionNotes {

    private RevisionNotes() {}

    /**
     * Notes the current revision of each of the item's texts: right after a save, those it wrote.
     * Runs after the save's deferred writes went out (they have once the item's write returned).
     */
    public static void noteCurrentRevisions(DSLContext tx, long itemId, RevisionNote note) {
        tx.update(CONTENT_REVISION)
                .set(CONTENT_REVISION.NOTE_CODE, note.code())
                .set(CONTENT_REVISION.NOTE_PARAMETERS, note.storedParameters())
                .where(CONTENT_REVISION.ITEM_ID.eq(itemId))
                .and(DSL.row(CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION).in(
                        DSL.select(CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.VERSION).from(CONTENT_TEXT).where(CONTENT_TEXT.ITEM_ID.eq(itemId))))
                .execute();
    }
}
