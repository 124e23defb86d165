package org.proximite.core.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;

import org.jooq.Condition;
import org.proximite.db.jooq.tables.ContentItem;

/**
 * Which items readers and editors see. Editors see every item of the site and of active chapters;
 * readers see items that are not archived, of active chapters, with at least one text that has a published version
 * ({@link ShownText} then picks the language).
 */
public final class ItemVisibility {

    private ItemVisibility() {}

    public static Condition of(ContentItem item, boolean editors) {
        return editors ? ChapterVisibility.fromActiveChapter(item.CHAPTER_ID) : forReaders(item);
    }

    /** Items with a text in this language (published, for readers). */
    public static Condition hasTextIn(ContentItem item, String language, boolean editors) {
        var text = CONTENT_TEXT.as("text_in_language");
        return exists(selectOne().from(text).where(text.ITEM_ID.eq(item.ID)).and(text.LANGUAGE_CODE.eq(language))
                .and(editors ? org.jooq.impl.DSL.noCondition() : text.PUBLISHED_VERSION.isNotNull()));
    }

    public static Condition forReaders(ContentItem item) {
        var text = CONTENT_TEXT.as("visible_text");
        return item.ARCHIVED.isFalse()
                .and(ChapterVisibility.fromActiveChapter(item.CHAPTER_ID))
                .and(exists(selectOne().from(text).where(text.ITEM_ID.eq(item.ID)).and(text.PUBLISHED_VERSION.isNotNull())));
    }
}
