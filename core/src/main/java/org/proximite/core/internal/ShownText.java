package org.proximite.core.internal;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.proximite.db.jooq.Tables.CONTENT_TEXT;
import static org.proximite.db.jooq.Tables.CONTENT_REVISION_FIELD;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.proximite.db.jooq.tables.ContentItem;
import org.proximite.db.jooq.tables.ContentText;

/**
 * The one fallback rule: an item is shown in the language asked when it has a text in it, else in
 * its default language, with a notice. For readers only published texts count, so an item whose
 * default text was never published is not shown to them at all, and they read the published
 * version of a text, not the draft being worked on.
 *
 * <p>Joins the shown text and its title and summary to a query over {@code content_item}; each
 * use takes its own aliases from {@code name}, so a query can show several kinds of item.
 */
public final class ShownText {

    private final ContentItem item;
    private final String asked;
    private final boolean readers;
    private final ContentText text;
    private final Fields title;
    private final Fields summary;

    /**
     * One field of the shown text, of its current version (editors) or of the version readers see
     * (readers: its published version), found by the primary key of the revisions' fields.
     */
    private record Fields(Table<?> table, Field<Long> itemId, Field<String> language, Field<String> name, Field<String> value,
            Field<Integer> version) {

        static Fields of(String alias) {
            var fields = CONTENT_REVISION_FIELD.as(alias);
            return new Fields(fields, fields.ITEM_ID, fields.LANGUAGE_CODE, fields.FIELD_NAME, fields.FIELD_VALUE, fields.VERSION);
        }

        /** The field's row of this text: for readers, of its published version, for editors of its current one. */
        Condition ofText(ContentItem item, ContentText text, boolean readers) {
            return itemId.eq(item.ID).and(language.eq(text.LANGUAGE_CODE)).and(version.eq(readers ? text.PUBLISHED_VERSION : text.VERSION));
        }
    }

    private ShownText(ContentItem item, String asked, boolean readers, String name) {
        this.item = item;
        this.asked = asked;
        this.readers = readers;
        this.text = CONTENT_TEXT.as(name + "_text");
        this.title = Fields.of(name + "_title");
        this.summary = Fields.of(name + "_summary");
    }

    /**
     * @param readers true to count published texts only (readers), false for every text (editors)
     */
    public static ShownText of(ContentItem item, String asked, boolean readers, String name) {
        return new ShownText(item, asked, readers, name);
    }

    public <R extends Record> SelectJoinStep<R> joinTo(SelectJoinStep<R> query) {
        var other = CONTENT_TEXT.as(text.getName() + "_asked");
        Condition askedExists = exists(selectOne().from(other)
                .where(other.ITEM_ID.eq(item.ID))
                .and(other.LANGUAGE_CODE.eq(asked))
                .and(published(other)));
        Field<String> shownLanguage = when(askedExists, inline(asked)).otherwise(item.DEFAULT_LANGUAGE);
        return query
                .join(text).on(text.ITEM_ID.eq(item.ID)).and(text.LANGUAGE_CODE.eq(shownLanguage)).and(published(text))
                .leftJoin(title.table()).on(title.ofText(item, text, readers)).and(title.name().eq("title"))
                .leftJoin(summary.table()).on(summary.ofText(item, text, readers)).and(summary.name().eq("summary"));
    }

    private Condition published(ContentText candidate) {
        return readers ? candidate.PUBLISHED_VERSION.isNotNull() : noCondition();
    }

    /** The language the text is shown in. */
    public Field<String> language() {
        return text.LANGUAGE_CODE;
    }

    public Field<String> title() {
        return title.value();
    }

    public Field<String> summary() {
        return summary.value();
    }

    /** Whether the shown text is not in the language asked. */
    public boolean isFallback(Record row) {
        return !asked.equals(row.get(text.LANGUAGE_CODE));
    }
}
