package org.proximite.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the rows of a statement that writes many at once into parts that stay well within what
 * PostgreSQL's driver and H2 accept in one statement (PostgreSQL stops at 32,767 parameters).
 */
public final class Chunks {

    /** Rows per statement: at eight columns, 4,000 parameters. */
    public static final int ROWS = 500;

    private Chunks() {}

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ROWS)));
        }
        return chunks;
    }
}
