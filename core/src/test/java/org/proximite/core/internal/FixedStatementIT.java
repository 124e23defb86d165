package org.proximite.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.LANGUAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.testing.TestDatabase;

/**
 * A fixed statement runs the SQL jOOQ wrote the first time, with each run's values in their
 * places, on both databases.
 */
class FixedStatementIT {

    /** Two languages' names changed, the second's code before its name in the shape, after it in the SQL. */
    private static final FixedStatement RENAME = FixedStatement.of(values -> {
        var code = values.next(LANGUAGE.CODE);
        return DSL.update(LANGUAGE).set(LANGUAGE.NATIVE_NAME, values.next(LANGUAGE.NATIVE_NAME)).where(LANGUAGE.CODE.eq(code));
    });

    private static final FixedStatement.Rows INSERT = FixedStatement.ofRows(2, FixedStatementIT::insert);

    private static Query insert(int rows, FixedStatement.Values values) {
        var insert = DSL.insertInto(LANGUAGE, LANGUAGE.CODE, LANGUAGE.NATIVE_NAME);
        for (int row = 0; row < rows; row++) {
            insert = insert.values(values.next(LANGUAGE.CODE), values.next(LANGUAGE.NATIVE_NAME));
        }
        return insert;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void valuesGoWhereTheShapeTookThemWhateverTheirPlaceInTheSql(TestDatabase database) {
        List<String> sql = new ArrayList<>();
        DSLContext dsl = listened(database.freshDsl(), sql);
        INSERT.with(dsl, 2, "x1", "Un", "x2", "Deux").execute();

        RENAME.with(dsl, "x1", "Premier").execute();
        RENAME.with(dsl, "x2", "Second").execute();

        assertThat(names(dsl, "x1", "x2")).containsExactly("Premier", "Second");
        // The values are parameters: both runs send the same SQL, which names neither value.
        assertThat(sql.get(1)).isEqualTo(sql.get(2)).doesNotContain("Premier", "x1");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void moreRowsThanTheFixedOnesAreWrittenAsAnyStatement(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        INSERT.with(dsl, 1, "y0", "Zéro").execute();
        INSERT.with(dsl, 5, IntStream.range(1, 6).boxed().flatMap(i -> java.util.stream.Stream.<Object>of("y" + i, "Nom " + i)).toArray()).execute();

        assertThat(names(dsl, "y0", "y1", "y2", "y3", "y4", "y5")).containsExactly("Zéro", "Nom 1", "Nom 2", "Nom 3", "Nom 4", "Nom 5");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWrongNumberOfValuesIsRefusedBeforeAnythingRuns(TestDatabase database) {
        DSLContext dsl = database.freshDsl();
        assertThatThrownBy(() -> RENAME.with(dsl, "x1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 2 values, not 1");
    }

    private static List<String> names(DSLContext dsl, String... codes) {
        return List.of(codes).stream()
                .map(code -> dsl.select(LANGUAGE.NATIVE_NAME).from(LANGUAGE).where(LANGUAGE.CODE.eq(code)).fetchOne(LANGUAGE.NATIVE_NAME))
                .toList();
    }

    private static DSLContext listened(DSLContext dsl, List<String> sql) {
        var configuration = dsl.configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                sql.add(ctx.sql());
            }
        });
        return configuration.dsl();
    }
}
