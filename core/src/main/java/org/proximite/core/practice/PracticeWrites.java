package org.proximite.core.practice;

import static org.proximite.db.jooq.Tables.PRACTICE_TEXT;
import static org.proximite.db.jooq.Tables.PRACTICE_THEME;
import static org.proximite.db.jooq.Tables.THEME;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.api.PracticeEntry.PracticeText;

/**
 * The statements that write a practice's texts and themes, shared by editing and chapter import.
 * They run inside the caller's transaction.
 */
public final class PracticeWrites {

    private PracticeWrites() {}

    /** The practice's texts per language, as saved. */
    public static Map<String, PracticeText> readTexts(DSLContext dsl, long practiceId) {
        return new java.util.TreeMap<>(dsl.selectFrom(PRACTICE_TEXT)
                .where(PRACTICE_TEXT.PRACTICE_ID.eq(practiceId))
                .fetchMap(PRACTICE_TEXT.LANGUAGE_CODE, PracticeQueries::text));
    }

    /** Replaces all texts of the practice; blank languages are dropped. */
    public static void replaceTexts(DSLContext tx, long practiceId, Map<String, PracticeText> texts) {
        tx.deleteFrom(PRACTICE_TEXT).where(PRACTICE_TEXT.PRACTICE_ID.eq(practiceId)).execute();
        var insert = tx.insertInto(PRACTICE_TEXT,
                PRACTICE_TEXT.PRACTICE_ID, PRACTICE_TEXT.LANGUAGE_CODE, PRACTICE_TEXT.TITLE, PRACTICE_TEXT.SUMMARY,
                PRACTICE_TEXT.BODY, PRACTICE_TEXT.EFFECT, PRACTICE_TEXT.MECHANISM, PRACTICE_TEXT.CONTEXT,
                PRACTICE_TEXT.IMPLEMENTATION, PRACTICE_TEXT.COST);
        boolean any = false;
        for (var entry : texts.entrySet()) {
            PracticeText text = entry.getValue();
            if (PracticeDraftValidator.isBlank(text)) {
                continue;
            }
            insert = insert.values(practiceId, entry.getKey(), text.title().strip(), text.summary().strip(),
                    text.body(), text.effect(), text.mechanism(), text.context(), text.implementation(), text.cost());
            any = true;
        }
        if (any) {
            insert.execute();
        }
    }

    /** Replaces the practice's themes with the themes of the given slugs. */
    public static void replaceThemes(DSLContext tx, long practiceId, Collection<String> themeSlugs) {
        tx.deleteFrom(PRACTICE_THEME).where(PRACTICE_THEME.PRACTICE_ID.eq(practiceId)).execute();
        if (!themeSlugs.isEmpty()) {
            tx.insertInto(PRACTICE_THEME, PRACTICE_THEME.PRACTICE_ID, PRACTICE_THEME.THEME_ID)
                    .select(tx.select(org.jooq.impl.DSL.val(practiceId), THEME.ID).from(THEME).where(THEME.SLUG.in(themeSlugs)))
                    .execute();
        }
    }
}
