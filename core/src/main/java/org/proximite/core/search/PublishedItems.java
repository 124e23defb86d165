package org.proximite.core.search;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;
import static org.proximite.db.jooq.Tables.CONTENT_THEME;
import static org.proximite.db.jooq.Tables.INITIATIVE_FIELDS;
import static org.proximite.db.jooq.Tables.PRACTICE_FIELDS;
import static org.proximite.db.jooq.Tables.THEME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.content.ContentTexts;
import org.proximite.core.content.TextState;
import org.proximite.core.internal.ItemVisibility;
import org.springframework.stereotype.Component;

/** Reads what readers may see, as the index wants it: a few statements per batch of items, never one per item. */
@Component
class PublishedItems {

    private final DSLContext dsl;
    private final Parser markdown = Parser.builder().build();
    private final TextContentRenderer plain = TextContentRenderer.builder().build();

    PublishedItems(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Ids of every item readers can see, in order: what a rebuild goes through, batch by batch. */
    List<Long> visibleIds() {
        return dsl.select(CONTENT_ITEM.ID).from(CONTENT_ITEM).where(ItemVisibility.forReaders(CONTENT_ITEM)).orderBy(CONTENT_ITEM.ID)
                .fetch(CONTENT_ITEM.ID);
    }

    List<IndexedItem> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : load(CONTENT_ITEM.ID.in(ids));
    }

    /** The items readers can see among these; the others are missing (the index then forgets them). */
    List<IndexedItem> bySlugs(String kind, java.util.Collection<String> slugs) {
        return load(CONTENT_ITEM.KIND.eq(kind.toUpperCase(Locale.ROOT)).and(CONTENT_ITEM.SLUG.in(slugs)));
    }

    List<IndexedItem> ofChapter(String chapterId) {
        return load(CONTENT_ITEM.CHAPTER_ID.eq(chapterId));
    }

    private List<IndexedItem> load(Condition which) {
        var rows = dsl.select(CONTENT_ITEM.ID, CONTENT_ITEM.KIND, CONTENT_ITEM.SLUG, CONTENT_ITEM.CHAPTER_ID, CONTENT_ITEM.DEFAULT_LANGUAGE,
                        PRACTICE_FIELDS.EVIDENCE_LEVEL, INITIATIVE_FIELDS.KIND)
                .from(CONTENT_ITEM)
                .leftJoin(PRACTICE_FIELDS).on(PRACTICE_FIELDS.ITEM_ID.eq(CONTENT_ITEM.ID))
                .leftJoin(INITIATIVE_FIELDS).on(INITIATIVE_FIELDS.ITEM_ID.eq(CONTENT_ITEM.ID))
                .where(which)
                .and(ItemVisibility.forReaders(CONTENT_ITEM))
                .orderBy(CONTENT_ITEM.ID)
                .fetch();
        List<Long> ids = rows.getValues(CONTENT_ITEM.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        var texts = ContentTexts.publishedOfItems(dsl, ids);
        Map<Long, List<String>> themes = new HashMap<>();
        dsl.select(CONTENT_THEME.ITEM_ID, THEME.SLUG)
                .from(CONTENT_THEME)
                .join(THEME).on(THEME.ID.eq(CONTENT_THEME.THEME_ID))
                .where(CONTENT_THEME.ITEM_ID.in(ids))
                .forEach(row -> themes.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        List<IndexedItem> items = new ArrayList<>();
        for (var row : rows) {
            ItemKind kind = ItemKind.valueOf(row.value2());
            Map<String, IndexedItem.Text> published = new LinkedHashMap<>();
            texts.getOrDefault(row.value1(), Map.of()).forEach((language, text) -> {
                if (text.state() == TextState.PUBLISHED && text.text().title() != null) {
                    published.put(language, new IndexedItem.Text(text.text().title(), body(kind, text.text().fields())));
                }
            });
            items.add(new IndexedItem(kind.name().toLowerCase(Locale.ROOT), row.value3(), row.value4(), row.value5(), row.value6(),
                    row.value7(), themes.getOrDefault(row.value1(), List.of()), published));
        }
        return items;
    }

    /** Every field but the title, in the kind's order, as plain text. */
    private String body(ItemKind kind, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        for (TextField field : kind.textFields()) {
            String value = fields.get(field.name());
            if (value == null || field.name().equals("title")) {
                continue;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(field.markdown() ? plain.render(markdown.parse(value)).strip() : value);
        }
        return body.toString();
    }
}
