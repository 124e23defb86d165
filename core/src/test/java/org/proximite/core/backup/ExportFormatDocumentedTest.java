package org.proximite.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/** The bundle's documentation names every table the bundle holds or leaves out, and every column has a type the format describes. */
class ExportFormatDocumentedTest {

    private static final Path DOC = Path.of("..", "docs", "export-format.md");

    @Test
    void theDocumentNamesEveryTableExportedOrLeftOut() throws Exception {
        String doc = Files.readString(DOC);
        for (Table<?> table : BundleTables.exported()) {
            assertThat(doc).as("docs/export-format.md names " + BundleTables.name(table)).contains("`" + BundleTables.name(table) + "`");
        }
        for (String table : BundleTables.LEFT_OUT) {
            assertThat(doc).contains("| `" + table + "` |");
        }
    }

    @Test
    void everyExportedColumnHasATypeTheFormatDescribes() {
        for (Table<?> table : BundleTables.exported()) {
            for (Field<?> field : table.fields()) {
                assertThat(ColumnValues.SUPPORTED).as(table.getName() + "." + field.getName()).contains(field.getType());
            }
        }
    }

    @Test
    void tablesComeAfterTheTablesTheyReferTo() {
        var order = BundleTables.exported();
        for (Table<?> table : order) {
            table.getReferences().forEach(reference -> assertThat(order.indexOf(reference.getKey().getTable()))
                    .as(table.getName() + " after " + reference.getKey().getTable().getName()).isLessThanOrEqualTo(order.indexOf(table)));
        }
        assertThat(order.getFirst().getName()).isEqualToIgnoringCase("allowed_chapter_code");
    }
}
