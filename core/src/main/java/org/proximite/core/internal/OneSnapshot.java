package org.proximite.core.internal;

import java.sql.Connection;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Reads in one read-only transaction that sees the database as it was when its first statement
 * ran, whatever other transactions commit meanwhile: REPEATABLE READ on PostgreSQL (a snapshot
 * for the whole transaction), SNAPSHOT on H2 (its REPEATABLE READ would let rows inserted meanwhile
 * appear). A change committed during the read is either wholly in what it returns or not at all.
 */
public final class OneSnapshot {

    /** H2's own isolation level beyond JDBC's constants ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}). */
    private static final int H2_SNAPSHOT = 6;

    private OneSnapshot() {}

    /** Runs {@code read} with a context bound to the transaction; services built on it read the same snapshot. */
    public static <T> T read(DSLContext dsl, Function<DSLContext, T> read) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            int isolation = tx.dialect().family() == SQLDialect.H2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ;
            tx.connection(connection -> {
                connection.setTransactionIsolation(isolation);
                connection.setReadOnly(true);
            });
            return read.apply(tx);
        });
    }
}
