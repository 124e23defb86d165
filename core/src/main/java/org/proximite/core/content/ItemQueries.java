package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.internal.ItemVisibility;
import org.proximite.core.internal.ShownText;
import org.proximite.db.jooq.tables.ContentItem;
import org.springframework.stereotype.Service;

/** What reading practices and initiatives share: the item, its shown text, its resources and sources, links to items. */
@Service
public class ItemQueries {

    private final DSLContext dsl;

    public ItemQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The shared part of an item as a page shows it. */
    public record StoredItem(long id, ItemKind kind, String slug, String chapterId, String defaultLanguage, boolean archived, int version,
            OffsetDateTime updatedAt, String updatedBy) {}

    /** The item if the reader (or editor) may see it. */
    public Optional<StoredItem> find(ItemKind kind, String slug, boolean editors) {
        return dsl.selectFrom(CONTENT_ITEM)
                .where(CONTENT_ITEM.KIND.eq(kind.name()))
                .and(CONTENT_ITEM.SLUG.eq(slug))
                .and(ItemVisibility.of(CONTENT_ITEM, editors))
                .fetchOptional(row -> new StoredItem(row.getId(), kind, row.getSlug(), row.getChapterId(), row.getDefaultLanguage(),
                        row.getArchived(), row.getVersion(), row.getUpdatedAt(), row.getUpdatedBy()));
    }

    /** Whether an item of this kind has this slug, whatever its state or chapter. */
    public boolean exists(ItemKind kind, String slug) {
        return dsl.fetchExists(CONTENT_ITEM, CONTENT_ITEM.KIND.eq(kind.name()).and(CONTENT_ITEM.SLUG.eq(slug)));
    }

    /** The text to show for the item, in the language asked or with the fallback notice. */
    public Optional<ShownPage> shownText(StoredItem item, String asked, boolean editors) {
        var texts = editors ? ContentTexts.of(dsl, item.id()) : ContentTexts.publishedOf(dsl, item.id());
        return ShownPage.choose(texts, asked, item.defaultLanguage(), editors);
    }

    public List<Resource> resources(long itemId) {
        return ContentResources.of(dsl, itemId);
    }

    /** The item's sources, in the order of their reference numbers. */
    public List<Source> sources(long itemId) {
        return ContentSources.of(dsl, itemId);
    }

    /**
     * Links to the items of a kind whose id is in {@code ids} (a sub-select), titled by the
     * fallback rule, each with the language of its title, sorted by title.
     */
    public List<ContentLink> links(ItemKind kind, Select<? extends Record1<Long>> ids, String language, boolean editors) {
        ContentItem item = CONTENT_ITEM.as("linked");
        ShownText shown = ShownText.of(item, language, !editors, "linked");
        var query = shown.joinTo(dsl.select(item.SLUG, shown.title(), shown.language()).from(item));
        return query.where(item.KIND.eq(kind.name()))
                .and(item.ID.in(ids))
                .and(ItemVisibility.of(item, editors))
                .orderBy(shown.title().asc(), item.SLUG)
                .fetch(row -> new ContentLink(row.value1(), row.value2(), row.value3()));
    }

    /** The number of items a list condition matches, for its pages. */
    public long count(ContentItem item, Condition condition) {
        return dsl.selectCount().from(item).where(condition).fetchSingle().value1();
    }
}
