package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.UI_MESSAGE;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Reads the interface texts that active chapters bring. */
@Service
public class UiMessageQueries {

    private final DSLContext dsl;

    public UiMessageQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Language code to key to text, for every active chapter's bundles. */
    public Map<String, Map<String, String>> byLanguage() {
        Map<String, Map<String, String>> bundles = new HashMap<>();
        dsl.select(UI_MESSAGE.LANGUAGE_CODE, UI_MESSAGE.MESSAGE_KEY, UI_MESSAGE.MESSAGE)
                .from(UI_MESSAGE)
                .join(CHAPTER).on(CHAPTER.ID.eq(UI_MESSAGE.CHAPTER_ID))
                .where(CHAPTER.STATE.eq(ChapterState.ACTIVE.name()))
                .forEach(row -> bundles.computeIfAbsent(row.value1(), language -> new HashMap<>()).put(row.value2(), row.value3()));
        return bundles;
    }
}
