package org.proximite.core.backup;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.proximite.chapter.format.jar.HostVersion;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.backup.BackupProgress.Step;
import org.proximite.core.backup.Manifest.TableFile;
import org.proximite.core.internal.OneSnapshot;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the whole instance as a bundle: every exported table, read in one snapshot (a change made
 * meanwhile is either wholly in the bundle or not at all), one JSON Lines file per table, rows by
 * primary key, then the manifest. Two exports of the same content differ only by the manifest's
 * {@code createdAt}: zip entries carry a fixed date.
 */
@Service
public class BackupExport {

    /** The date of every entry in the zip: the earliest a zip can say, so that it never differs. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int PROGRESS_EVERY = 500;

    private final DSLContext dsl;
    private final Clock clock;

    public BackupExport(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Writes the bundle to {@code out} (which it does not close) and returns its manifest.
     *
     * @param progress told of the rows written, every few hundred rows and at the end
     * @throws org.proximite.core.actor.NotAllowedException when the actor is not an admin
     */
    public Manifest export(OutputStream out, Actor actor, Consumer<BackupProgress> progress) throws IOException {
        actor.require(Role.ADMIN);
        try {
            return OneSnapshot.read(dsl, tx -> write(tx, out, progress));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Manifest write(DSLContext tx, OutputStream out, Consumer<BackupProgress> progress) {
        List<Table<?>> tables = BundleTables.exported();
        long total = 0;
        for (Table<?> table : tables) {
            total += tx.fetchCount(table);
        }
        progress.accept(new BackupProgress(Step.EXPORTING, 0, total));
        Counter counter = new Counter(total, progress);
        List<TableFile> files = new ArrayList<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(nonClosing(out), 1 << 16));
            for (Table<?> table : tables) {
                files.add(writeTable(tx, table, zip, counter));
            }
            Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, HostVersion.get(),
                    ColumnValues.TIMESTAMP.format(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)), SchemaChangesets.of(tx), files);
            zip.putNextEntry(entry(Manifest.FILE));
            zip.write(ManifestJson.write(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
            zip.close();
            progress.accept(new BackupProgress(Step.DONE, counter.done, total));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableFile writeTable(DSLContext tx, Table<?> table, ZipOutputStream zip, Counter counter) throws IOException {
        String file = BundleTables.file(table);
        zip.putNextEntry(entry(file));
        MessageDigest sha256 = sha256();
        Field<?>[] fields = table.fields();
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        long rows = 0;
        try (Cursor<? extends Record> cursor = tx.select(fields).from(table).orderBy(BundleTables.order(table, tx.dialect()))
                .fetchSize(500).fetchLazy()) {
            for (Record row : cursor) {
                line.reset();
                try (JsonGenerator json = ManifestJson.JSON.createGenerator(line)) {
                    json.writeStartObject();
                    for (int i = 0; i < fields.length; i++) {
                        ColumnValues.write(json, fields[i], row.get(i));
                    }
                    json.writeEndObject();
                }
                line.write('\n');
                byte[] bytes = line.toByteArray();
                sha256.update(bytes);
                zip.write(bytes);
                rows++;
                counter.add();
            }
        }
        zip.closeEntry();
        return new TableFile(BundleTables.name(table), file, BundleTables.columns(table), rows, HexFormat.of().formatHex(sha256.digest()));
    }

    static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Rows written so far, told to the listener every few hundred. */
    private static final class Counter {
        private final long total;
        private final Consumer<BackupProgress> progress;
        private long done;

        Counter(long total, Consumer<BackupProgress> progress) {
            this.total = total;
            this.progress = progress;
        }

        void add() {
            done++;
            if (done % PROGRESS_EVERY == 0) {
                progress.accept(new BackupProgress(Step.EXPORTING, done, total));
            }
        }
    }
}
