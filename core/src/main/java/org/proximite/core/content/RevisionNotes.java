package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_REVISION;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Writes a note on the revisions a save just made, in the save's transaction. */
public final class RevisionNotes {

    private RevisionNotes() {}

    /**
     * Notes the current revision of each of the item's texts that has a note in its language: right
     * after a save, those it wrote. Runs after the save's deferred writes went out (they have once
     * the item's write returned). One statement for every language.
     *
     * @param notes the notes by language; none, nothing is written
     */
    public static void noteCurrentRevisions(DSLContext tx, long itemId, Map<String, RevisionNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        notes.forEach((language, note) -> {
            codes.put(language, note.code());
            parameters.put(language, note.storedParameters());
        });
        tx.update(CONTENT_REVISION)
                .set(CONTENT_REVISION.NOTE_CODE, DSL.case_(CONTENT_REVISION.LANGUAGE_CODE).mapValues(codes))
                .set(CONTENT_REVISION.NOTE_PARAMETERS, DSL.case_(CONTENT_REVISION.LANGUAGE_CODE).mapValues(parameters))
                .where(CONTENT_REVISION.ITEM_ID.eq(itemId))
                .and(CONTENT_REVISION.LANGUAGE_CODE.in(notes.keySet()))
                .and(DSL.row(CONTENT_REVISION.LANGUAGE_CODE, CONTENT_REVISION.VERSION).in(
                        DSL.select(CONTENT_TEXT.LANGUAGE_CODE, CONTENT_TEXT.VERSION).from(CONTENT_TEXT).where(CONTENT_TEXT.ITEM_ID.eq(itemId))))
                .execute();
    }
}
