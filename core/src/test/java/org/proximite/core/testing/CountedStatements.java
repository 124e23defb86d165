package org.proximite.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** A fresh database whose statements are counted: how many a read or a write takes, whatever it reads or writes. */
public final class CountedStatements {

    private final AtomicInteger statements = new AtomicInteger();
    private final DSLContext dsl;

    public CountedStatements(TestDatabase database) {
        this.dsl = database.freshDsl().configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                statements.incrementAndGet();
            }
        }).dsl();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** How many statements {@code work} took. */
    public <E extends Exception> int of(Work<E> work) throws E {
        int before = statements.get();
        work.run();
        return statements.get() - before;
    }

    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }
}
