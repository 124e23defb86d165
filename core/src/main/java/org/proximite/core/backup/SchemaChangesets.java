package org.proximite.core.backup;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The database schema's version: the change sets Liquibase ran, as {@code author:id}, in the order
 * they ran. Two databases with the same list have the same tables and columns.
 */
final class SchemaChangesets {

    private SchemaChangesets() {}

    static List<String> of(DSLContext dsl) {
        // Unquoted, the name reads DATABASECHANGELOG on H2 and databasechangelog on PostgreSQL, as Liquibase creates it.
        return dsl.fetch("SELECT author, id FROM databasechangelog ORDER BY orderexecuted, id")
                .map(row -> row.get(0, String.class) + ":" + row.get(1, String.class));
    }
}
