package org.proximite.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A statement that an editor's save runs every time with other values, written once with jOOQ
 * and rendered once for each SQL dialect, then run with its values. The database gets the same
 * SQL and parameters as from the statement written in place, but jOOQ does not write it again at
 * every save: on the embedded database, that writing was a third of a save's time.
 *
 * <p>The statement's shape takes its values from {@link Values#next}, in the order the caller of
 * {@link #with} gives them. The rendering is kept by dialect: every context of the application
 * has the same settings.
 */
public final class FixedStatement {

    /** Where a statement's shape takes its values. */
    public interface Values {

        /** The statement's next value, for {@code column}. */
        <T> Field<T> next(Field<T> column);
    }

    private final QueryPart shape;
    private final List<String> names;
    private final ConcurrentMap<SQLDialect, Rendered> rendered = new ConcurrentHashMap<>();

    /** The SQL, and for each of its parameters in their order in the SQL, its type and the index of its value in the caller's. */
    private record Rendered(String sql, List<DataType<?>> types, int[] valueIndexes) {}

    private FixedStatement(Function<Values, ? extends QueryPart> shape) {
        List<String> named = new ArrayList<>();
        this.shape = shape.apply(new Values() {
            @Override
            public <T> Field<T> next(Field<T> column) {
                String name = "v" + named.size();
                named.add(name);
                return DSL.param(name, column);
            }
        });
        this.names = List.copyOf(named);
    }

    /** The statement of this shape. */
    public static FixedStatement of(Function<Values, ? extends QueryPart> shape) {
        return new FixedStatement(shape);
    }

    /** The statement with these values, in the order its shape takes them, to run in {@code tx}. */
    public Query with(DSLContext tx, Object... values) {
        return tx.query(rendered(tx).sql(), bound(tx, values));
    }

    /** The query with these values, in the order its shape takes them, its columns read as {@code columns}. */
    public ResultQuery<Record> fetchWith(DSLContext tx, List<Field<?>> columns, Object... values) {
        return tx.resultQuery(rendered(tx).sql(), bound(tx, values)).coerce(columns);
    }

    private Object[] bound(DSLContext tx, Object[] values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("The statement takes " + names.size() + " values, not " + values.length);
        }
        Rendered sql = rendered(tx);
        Object[] params = new Object[values.length];
        for (int i = 0; i < params.length; i++) {
            params[i] = DSL.val(values[sql.valueIndexes()[i]], sql.types().get(i));
        }
        return params;
    }

    private Rendered rendered(DSLContext tx) {
        return rendered.computeIfAbsent(tx.dialect(), dialect -> {
            // In the order they appear in the SQL, which needs not be the order the shape took them.
            List<Param<?>> params = tx.extractParams(shape).values().stream().filter(param -> !param.isInline()).toList();
            if (params.size() != names.size()) {
                throw new IllegalStateException("A fixed statement's values are all parameters: " + tx.render(shape));
            }
            int[] valueIndexes = params.stream().mapToInt(param -> names.indexOf(param.getParamName())).toArray();
            return new Rendered(tx.render(shape), params.stream().<DataType<?>>map(Param::getDataType).toList(), valueIndexes);
        });
    }

    /**
     * A statement of several rows (a multi-row insert, a list of ids), rendered once for each
     * number of rows up to {@code fixedRows}; more rows, as a chapter's install writes, are written
     * by jOOQ with their values, as any statement. {@code shape} takes the number of rows and the
     * values, all of a row before the next's.
     */
    public static Rows ofRows(int fixedRows, RowsShape shape) {
        return new Rows(fixedRows, shape);
    }

    /** The shape of a statement of {@code rows} rows. */
    public interface RowsShape {

        Query of(int rows, Values values);
    }

    /** A statement of several rows; see {@link #ofRows}. */
    public static final class Rows {

        private final int fixedRows;
        private final RowsShape shape;
        private final ConcurrentMap<Integer, FixedStatement> fixed = new ConcurrentHashMap<>();

        private Rows(int fixedRows, RowsShape shape) {
            this.fixedRows = fixedRows;
            this.shape = shape;
        }

        /** The statement of {@code rows} rows with these values, to run in {@code tx}. */
        public Query with(DSLContext tx, int rows, Object... values) {
            if (rows <= fixedRows) {
                return fixed.computeIfAbsent(rows, count -> of(each -> shape.of(count, each))).with(tx, values);
            }
            int[] next = {0};
            Query query = shape.of(rows, new Values() {
                @Override
                public <T> Field<T> next(Field<T> column) {
                    return DSL.val(values[next[0]++], column);
                }
            });
            query.attach(tx.configuration());
            return query;
        }
    }
}
