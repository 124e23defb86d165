package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_SOURCE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.SourceRules;
import org.proximite.chapter.format.TextField;
import org.proximite.core.editing.FieldProblem;

/**
 * An item's sources, read and checked the same way for practices and initiatives: in the order of
 * their reference numbers, each with a title, a web address a reader can open, and dates that are
 * not in the future.
 */
public final class ContentSources {

    public static final int NOTE_LENGTH = 1000;

    private ContentSources() {}

    public static List<Source> of(DSLContext context, long itemId) {
        return context.selectFrom(CONTENT_SOURCE)
                .where(CONTENT_SOURCE.ITEM_ID.eq(itemId))
                .orderBy(CONTENT_SOURCE.POSITION)
                .fetch(row -> new Source(row.getTitle(), row.getAuthor(), row.getPublished(), row.getUrl(), row.getConsulted(),
                        row.getLanguageCode(), row.getNote()));
    }

    /** The sources of the item of the surrounding query ({@code content_item}), in their order: a field to read with it. */
    static Field<List<Source>> ofItem() {
        return DSL.multiset(DSL.select(CONTENT_SOURCE.TITLE, CONTENT_SOURCE.AUTHOR, CONTENT_SOURCE.PUBLISHED, CONTENT_SOURCE.URL,
                                CONTENT_SOURCE.CONSULTED, CONTENT_SOURCE.LANGUAGE_CODE, CONTENT_SOURCE.NOTE)
                        .from(CONTENT_SOURCE)
                        .where(CONTENT_SOURCE.ITEM_ID.eq(CONTENT_ITEM.ID))
                        .orderBy(CONTENT_SOURCE.POSITION))
                .as("sources").convertFrom(rows -> rows.map(row -> new Source(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7())));
    }

    /** What is wrong with each source, on its field ({@code sources[0].url}). */
    public static List<FieldProblem> problems(List<Source> sources, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String field = "sources[" + i + "]";
            if (source.title() == null || source.title().isBlank()) {
                problems.add(new FieldProblem(field + ".title", "validation.required"));
            } else if (source.title().length() > TextField.TITLE_LENGTH * 2) {
                problems.add(new FieldProblem(field + ".title", "validation.tooLong", TextField.TITLE_LENGTH * 2, source.title().length()));
            }
            if (source.author() != null && source.author().length() > TextField.TITLE_LENGTH) {
                problems.add(new FieldProblem(field + ".author", "validation.tooLong", TextField.TITLE_LENGTH, source.author().length()));
            }
            if (source.note() != null && source.note().length() > NOTE_LENGTH) {
                problems.add(new FieldProblem(field + ".note", "validation.tooLong", NOTE_LENGTH, source.note().length()));
            }
            if (source.url() != null && !SourceRules.isWebAddress(source.url())) {
                problems.add(new FieldProblem(field + ".url", "validation.url"));
            }
            LocalDate published = null;
            if (source.date() != null) {
                published = SourceRules.firstDay(source.date()).orElse(null);
                if (published == null) {
                    problems.add(new FieldProblem(field + ".date", "validation.sourceDate"));
                } else if (published.isAfter(today)) {
                    problems.add(new FieldProblem(field + ".date", "validation.future"));
                }
            }
            if (source.consulted() != null) {
                if (source.consulted().isAfter(today)) {
                    problems.add(new FieldProblem(field + ".consulted", "validation.future"));
                } else if (source.url() == null) {
                    problems.add(new FieldProblem(field + ".consulted", "validation.consultedWithoutUrl"));
                } else if (published != null && source.consulted().isBefore(published)) {
                    problems.add(new FieldProblem(field + ".consulted", "validation.consultedBeforePublished"));
                }
            }
        }
        return problems;
    }
}
