package org.proximite.core.backup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.proximite.core.backup.BundleTables.SelfReference;
import org.proximite.core.backup.Manifest.TableFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Writes one table's rows from its file, in batches, with the values they had (generated ids
 * included). Rows of a table that refers to itself (a theme and its parent) are written parents
 * first. Reads the file's SHA-256 again as it goes, in case the file changed since it was checked.
 */
final class TableLoader {

    private static final int BATCH_ROWS = 250;
    private static final long BATCH_CHARS = 4L * 1024 * 1024;

    private final DSLContext tx;
    private final Table<?> table;
    private final Field<?>[] fields;
    private final String name;

    TableLoader(DSLContext tx, Table<?> table) {
        this.tx = tx;
        this.table = table;
        this.fields = table.fields();
        this.name = BundleTables.name(table);
    }

    /** Writes every row of {@code file}; {@code written} hears the number of rows of each batch written. */
    void load(VerifiedBundle bundle, TableFile file, LongConsumer written) throws IOException {
        SelfReference self = BundleTables.selfReference(table);
        List<Row> held = new ArrayList<>();
        long chars = 0;
        try (VerifiedBundle.HashedLines lines = bundle.lines(file)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                held.add(new Row(lines.number(), values(line, lines.number())));
                chars += line.length();
                if (self == null && (held.size() >= BATCH_ROWS || chars >= BATCH_CHARS)) {
                    insert(held);
                    written.accept(held.size());
                    held.clear();
                    chars = 0;
                }
            }
            if (!lines.sha256().equals(file.sha256())) {
                throw new BackupRefusedException(BackupRefusedException.CHECKSUM, file.file());
            }
        }
        if (self != null) {
            held = parentsFirst(held, self);
        }
        for (int from = 0; from < held.size(); from += BATCH_ROWS) {
            List<Row> batch = held.subList(from, Math.min(held.size(), from + BATCH_ROWS));
            insert(batch);
            written.accept(batch.size());
        }
    }

    private Object[] values(String line, long number) {
        JsonNode row;
        try {
            row = ManifestJson.JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BackupRefusedException(BackupRefusedException.ROW, name, number, "JSON");
        }
        if (row == null || !row.isObject() || row.size() != fields.length) {
            throw new BackupRefusedException(BackupRefusedException.ROW, name, number, "columns");
        }
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String column = BundleTables.name(fields[i]);
            if (!row.has(column)) {
                throw new BackupRefusedException(BackupRefusedException.ROW, name, number, column);
            }
            try {
                values[i] = ColumnValues.read(row.get(column), fields[i]);
            } catch (IllegalArgumentException e) {
                throw new BackupRefusedException(BackupRefusedException.ROW, name, number, column);
            }
        }
        return values;
    }

    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = tx.batch(tx.insertInto(table).columns(fields).values(new Object[fields.length]));
        for (Row row : rows) {
            batch = batch.bind(row.values());
        }
        try {
            batch.execute();
        } catch (DataAccessException e) {
            throw new BackupRefusedException(BackupRefusedException.ROW, name, rows.get(0).line() + "-" + rows.get(rows.size() - 1).line(),
                    e.sqlState());
        }
    }

    /** Rows ordered so that each comes after the row it refers to; a cycle or a missing parent is refused. */
    private List<Row> parentsFirst(List<Row> rows, SelfReference self) {
        int column = List.of(fields).indexOf(self.column());
        int key = List.of(fields).indexOf(self.referenced());
        Map<Object, List<Row>> children = new HashMap<>();
        List<Row> ordered = new ArrayList<>();
        for (Row row : rows) {
            Object parent = row.values()[column];
            if (parent == null) {
                ordered.add(row);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
            }
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            Object id = ordered.get(i).values()[key];
            if (seen.add(id)) {
                ordered.addAll(children.getOrDefault(id, List.of()));
            }
        }
        if (ordered.size() != rows.size()) {
            Row orphan = rows.stream().filter(row -> !ordered.contains(row)).findFirst().orElseThrow();
            throw new BackupRefusedException(BackupRefusedException.ROW, name, orphan.line(), BundleTables.name(self.column()));
        }
        return ordered;
    }

    private record Row(long line, Object[] values) {}
}
