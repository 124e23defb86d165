package org.proximite.core.backup;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Identity;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Moves a table's generated ids past the rows an import wrote with their own ids, so that the next
 * row an editor creates gets a new id, on PostgreSQL (the column's sequence) and H2 alike.
 */
final class IdentityRestart {

    private IdentityRestart() {}

    static void after(DSLContext tx, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        Field<?> id = identity.getField();
        Long max = tx.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            tx.fetch("SELECT setval(pg_get_serial_sequence({0}, {1}), {2}, false)", DSL.inline(BundleTables.name(table)),
                    DSL.inline(BundleTables.name(id)), DSL.inline(next));
        } else {
            tx.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", DSL.name(table.getName()), DSL.name(id.getName()), DSL.inline(next));
        }
    }
}
