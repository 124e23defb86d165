package org.proximite.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;

/**
 * Writes whose result nobody waits for (a text's fields, its revision, the item's last change, the
 * outbox's lines) can be sent together: inside {@link #together}, {@link #run} keeps them, in
 * order, and they go to the database together at its end, in one round trip, instead of one
 * round trip each (on H2, embedded, one after the other). Outside, {@link #run} executes at once.
 * What is kept must not be read back before the end of the work.
 */
public final class DeferredWrites {

    private static final ThreadLocal<List<Query>> HELD = new ThreadLocal<>();

    private DeferredWrites() {}

    /** Executes the write now, or keeps it for the end of the surrounding {@link #together}. */
    public static void run(Query write) {
        List<Query> held = HELD.get();
        if (held != null) {
            held.add(write);
        } else {
            write.execute();
        }
    }

    /** Whether {@link #run} keeps writes for the end of a surrounding {@link #together} rather than executing them at once. */
    public static boolean holding() {
        return HELD.get() != null;
    }

    /** Runs {@code work}, then sends every write it kept in one round trip, in {@code tx}. */
    public static <T> T together(DSLContext tx, Supplier<T> work) {
        if (HELD.get() != null) {
            return work.get();
        }
        List<Query> held = new ArrayList<>();
        HELD.set(held);
        T result;
        try {
            result = work.get();
        } finally {
            HELD.remove();
        }
        if (held.size() == 1 || tx.dialect().family() == SQLDialect.H2) {
            // An embedded database has no round trip to save, and parses a prepared statement it saw
            // before from its cache.
            held.forEach(Query::execute);
        } else if (!held.isEmpty()) {
            executeAsOne(tx, held);
        }
        return result;
    }

    /**
     * Sends the writes as one prepared statement of several, separated by semicolons, with their
     * parameters: PostgreSQL's driver sends them all, then waits once for their answers. Unlike a
     * JDBC batch of different statements, whose values are written into the SQL, the statement's
     * text is the same for the same writes, so the driver prepares it once and the server plans
     * each part once.
     */
    private static void executeAsOne(DSLContext tx, List<Query> writes) {
        // "{0};\n{1};\n…": jOOQ writes each in its place, with its parameters, in one pass.
        String template = IntStream.range(0, writes.size()).mapToObj(index -> "{" + index + "}").collect(Collectors.joining(";\n"));
        tx.execute(template, writes.toArray(QueryPart[]::new));
    }
}
