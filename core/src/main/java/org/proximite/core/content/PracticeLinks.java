package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_ITEM;

import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.proximite.chapter.format.ItemKind;

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
        tx.deleteFrom(from.getTable()).where(from.eq(itemId)).execute();
        if (!practiceSlugs.isEmpty()) {
            tx.insertInto(from.getTable(), from, to)
                    .select(tx.select(DSL.val(itemId), CONTENT_ITEM.ID).from(CONTENT_ITEM)
                            .where(CONTENT_ITEM.KIND.eq(ItemKind.PRACTICE.name())).and(CONTENT_ITEM.SLUG.in(practiceSlugs)))
                    .execute();
        }
    }
}
