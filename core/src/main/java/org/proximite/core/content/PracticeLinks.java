package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.internal.Chunks;
import org.proximite.core.internal.ItemParts;

/**
 * Links from an item to practices named by slug (a practice's related practices, the practices an
 * initiative applied): written the same way whatever the link table, in the caller's transaction.
 */
public final class PracticeLinks {

    private PracticeLinks() {}

    /**
     * Replaces the links of {@code itemId} in the table of {@code from} and {@code to} with links to
     * the practices of these slugs; unknown slugs are left out (validation names them first).
     */
    public static <R extends Record> void replace(DSLContext tx, TableField<R, Long> from, TableField<R, Long> to, long itemId,
            Collection<String> practiceSlugs) {
        replace(tx, from, to, Map.of(itemId, practiceSlugs));
    }

    /** The same for several items at once, by item id: a few statements whatever their number. */
    public static <R extends Record> void replace(DSLContext tx, TableField<R, Long> from, TableField<R, Long> to,
            Map<Long, ? extends Collection<String>> practiceSlugsByItem) {
        Map<String, Long> practices = new HashMap<>();
        for (List<String> chunk : Chunks.of(ItemParts.allSlugs(practiceSlugsByItem))) {
            tx.select(CONTENT_ITEM.SLUG, CONTENT_ITEM.ID).from(CONTENT_ITEM)
                    .where(CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name())).and(CONTENT_ITEM.SLUG.in(chunk))
                    .forEach(row -> practices.put(row.value1(), row.value2()));
        }
        ItemParts.replaceLinks(tx, from, to, practiceSlugsByItem, practices);
    }
}
