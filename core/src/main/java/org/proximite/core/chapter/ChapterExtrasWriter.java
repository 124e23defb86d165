package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_DEPENDENCY;
import static org.proximite.db.jooq.Tables.CHAPTER_PAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_PAGE_SOURCE;
import static org.proximite.db.jooq.Tables.CHAPTER_TERM;
import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.ITEM_ADAPTATION;
import static org.proximite.db.jooq.Tables.UI_MESSAGE;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.proximite.chapter.api.AdaptationEntry;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.TermEntry;
import org.proximite.core.content.Source;
import org.proximite.core.workflow.OutdatedAdaptations;

/**
 * Writes what a chapter brings besides its own practices and initiatives: its dependencies,
 * adaptations of other chapters' practices (with the version of each practice's text they stand
 * on), terms, interface texts and branding. Runs inside the import's transaction; every call
 * replaces what the chapter brought before.
 */
final class ChapterExtrasWriter {

    private ChapterExtrasWriter() {}

    static void write(DSLContext tx, String chapterId, ChapterContent content, Map<String, String> dependencies) {
        tx.update(CHAPTER)
                .set(CHAPTER.BRAND_COLOUR, content.branding() == null ? null : content.branding().colour())
                .where(CHAPTER.ID.eq(chapterId))
                .execute();
        tx.deleteFrom(CHAPTER_DEPENDENCY).where(CHAPTER_DEPENDENCY.CHAPTER_ID.eq(chapterId)).execute();
        dependencies.forEach((id, range) -> tx.insertInto(CHAPTER_DEPENDENCY)
                .set(CHAPTER_DEPENDENCY.CHAPTER_ID, chapterId)
                .set(CHAPTER_DEPENDENCY.DEPENDS_ON, id)
                .set(CHAPTER_DEPENDENCY.VERSION_RANGE, range)
                .execute());

        tx.deleteFrom(CHAPTER_PAGE).where(CHAPTER_PAGE.CHAPTER_ID.eq(chapterId)).execute();
        for (int position = 0; position < content.contextPages().size(); position++) {
            var page = content.contextPages().get(position);
            int order = position;
            page.texts().forEach((language, text) -> tx.insertInto(CHAPTER_PAGE)
                    .set(CHAPTER_PAGE.CHAPTER_ID, chapterId)
                    .set(CHAPTER_PAGE.SLUG, page.slug())
                    .set(CHAPTER_PAGE.POSITION, order)
                    .set(CHAPTER_PAGE.LANGUAGE_CODE, language)
                    .set(CHAPTER_PAGE.TITLE, text.title())
                    .set(CHAPTER_PAGE.BODY, text.body())
                    .execute());
        }
        tx.deleteFrom(CHAPTER_PAGE_SOURCE).where(CHAPTER_PAGE_SOURCE.CHAPTER_ID.eq(chapterId)).execute();
        var sources = ChapterEntries.sourcesByKey(content.sources());
        for (var page : content.contextPages()) {
            List<Source> references = ChapterEntries.references(page.sources(), List.of(), sources);
            for (int i = 0; i < references.size(); i++) {
                Source source = references.get(i);
                tx.insertInto(CHAPTER_PAGE_SOURCE)
                        .set(CHAPTER_PAGE_SOURCE.CHAPTER_ID, chapterId)
                        .set(CHAPTER_PAGE_SOURCE.PAGE_SLUG, page.slug())
                        .set(CHAPTER_PAGE_SOURCE.POSITION, i + 1)
                        .set(CHAPTER_PAGE_SOURCE.TITLE, source.title())
                        .set(CHAPTER_PAGE_SOURCE.AUTHOR, source.author())
                        .set(CHAPTER_PAGE_SOURCE.PUBLISHED, source.date())
                        .set(CHAPTER_PAGE_SOURCE.URL, source.url())
                        .set(CHAPTER_PAGE_SOURCE.CONSULTED, source.consulted())
                        .set(CHAPTER_PAGE_SOURCE.LANGUAGE_CODE, source.language())
                        .set(CHAPTER_PAGE_SOURCE.NOTE, source.note())
                        .execute();
            }
        }

        tx.deleteFrom(CHAPTER_TERM).where(CHAPTER_TERM.CHAPTER_ID.eq(chapterId)).execute();
        for (TermEntry term : content.terms()) {
            term.label().forEach((language, label) -> tx.insertInto(CHAPTER_TERM)
                    .set(CHAPTER_TERM.CHAPTER_ID, chapterId)
                    .set(CHAPTER_TERM.TERM_KEY, term.key())
                    .set(CHAPTER_TERM.LANGUAGE_CODE, language)
                    .set(CHAPTER_TERM.LABEL, label)
                    .set(CHAPTER_TERM.NOTE, term.note().get(language))
                    .execute());
        }

        tx.deleteFrom(UI_MESSAGE).where(UI_MESSAGE.CHAPTER_ID.eq(chapterId)).execute();
        content.uiMessages().forEach((language, messages) -> {
            var insert = tx.insertInto(UI_MESSAGE, UI_MESSAGE.CHAPTER_ID, UI_MESSAGE.LANGUAGE_CODE, UI_MESSAGE.MESSAGE_KEY, UI_MESSAGE.MESSAGE);
            for (var message : messages.entrySet()) {
                insert = insert.values(chapterId, language, message.getKey(), message.getValue());
            }
            if (!messages.isEmpty()) {
                insert.execute();
            }
        });

        tx.deleteFrom(ITEM_ADAPTATION).where(ITEM_ADAPTATION.CHAPTER_ID.eq(chapterId)).execute();
        for (AdaptationEntry adaptation : content.adaptations()) {
            Long practiceId = tx.select(CONTENT_ITEM.ID).from(CONTENT_ITEM)
                    .where(CONTENT_ITEM.KIND.eq("PRACTICE")).and(CONTENT_ITEM.SLUG.eq(adaptation.practice())).fetchOne(CONTENT_ITEM.ID);
            if (practiceId == null) {
                continue;
            }
            adaptation.rationale().forEach((language, rationale) -> insertField(tx, practiceId, chapterId, language, "rationale", rationale));
            adaptation.fields().forEach((language, fields) ->
                    fields.forEach((field, value) -> insertField(tx, practiceId, chapterId, language, field, value)));
        }
        // Each adaptation now stands on the adapted practice's text as readers see it: an upgrade starts it afresh.
        OutdatedAdaptations.recordBasis(tx, chapterId);
    }

    private static void insertField(DSLContext tx, long practiceId, String chapterId, String language, String field, String value) {
        tx.insertInto(ITEM_ADAPTATION)
                .set(ITEM_ADAPTATION.ITEM_ID, practiceId)
                .set(ITEM_ADAPTATION.CHAPTER_ID, chapterId)
                .set(ITEM_ADAPTATION.LANGUAGE_CODE, language)
                .set(ITEM_ADAPTATION.FIELD_NAME, field)
                .set(ITEM_ADAPTATION.FIELD_VALUE, value)
                .execute();
    }
}
