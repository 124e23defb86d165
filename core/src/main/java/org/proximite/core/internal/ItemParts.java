package org.proximite.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/** Statements on the tables that hold parts of items (themes, resources, links, a kind's fields), for many items at once. */
public final class ItemParts {

    private ItemParts() {}

    /** Deletes the rows of these items from the table of {@code itemId}, in a few statements whatever their number. */
    public static void delete(DSLContext tx, TableField<?, Long> itemId, Collection<Long> itemIds) {
        for (List<Long> chunk : Chunks.of(itemIds)) {
            tx.deleteFrom(itemId.getTable()).where(itemId.in(chunk)).execute();
        }
    }

    /**
     * Replaces the links of these items, in the table of {@code from} and {@code to}, with links to
     * the targets named by slug; slugs not in {@code idsBySlug} are left out (validation names them
     * first).
     */
    public static <R extends Record> void replaceLinks(DSLContext tx, TableField<R, Long> from, TableField<R, Long> to,
            Map<Long, ? extends Collection<String>> slugsByItem, Map<String, Long> idsBySlug) {
        delete(tx, from, slugsByItem.keySet());
        record Link(long from, long to) {}
        List<Link> links = new ArrayList<>();
        slugsByItem.forEach((itemId, slugs) -> new LinkedHashSet<>(slugs).stream()
                .filter(idsBySlug::containsKey)
                .forEach(slug -> links.add(new Link(itemId, idsBySlug.get(slug)))));
        for (List<Link> chunk : Chunks.of(links)) {
            var insert = tx.insertInto(from.getTable(), from, to);
            for (Link link : chunk) {
                insert = insert.values(link.from(), link.to());
            }
            insert.execute();
        }
    }

    /** One part of an item, at its place among the item's parts of that kind (from 0). */
    public record Placed<T>(long itemId, int position, T part) {}

    /** The parts of several items, by item id, as rows in each item's order: what a multi-row insert writes. */
    public static <T> List<Placed<T>> placed(Map<Long, ? extends List<T>> partsByItem) {
        List<Placed<T>> rows = new ArrayList<>();
        partsByItem.forEach((itemId, parts) -> {
            for (int position = 0; position < parts.size(); position++) {
                rows.add(new Placed<>(itemId, position, parts.get(position)));
            }
        });
        return rows;
    }

    /** All the slugs named, once. */
    public static List<String> allSlugs(Map<Long, ? extends Collection<String>> slugsByItem) {
        return slugsByItem.values().stream().flatMap(Collection::stream).distinct().toList();
    }
}
