package org.proximite.core.internal;

import static org.jooq.impl.DSL.select;
import static org.proximite.db.jooq.Tables.CHAPTER;

import org.jooq.Condition;
import org.jooq.Field;

/** Content written on the site, or brought by a chapter that is active (not disabled). */
public final class ChapterVisibility {

    private ChapterVisibility() {}

    public static Condition fromActiveChapter(Field<String> chapterId) {
        return chapterId.isNull().or(chapterId.in(select(CHAPTER.ID).from(CHAPTER).where(CHAPTER.STATE.eq("ACTIVE"))));
    }
}
