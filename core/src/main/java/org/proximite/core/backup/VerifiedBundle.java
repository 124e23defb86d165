package org.proximite.core.backup;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.proximite.core.backup.BackupProgress.Step;
import org.proximite.core.backup.Manifest.TableFile;

/**
 * A bundle whose manifest, format, schema, tables, columns, row counts and SHA-256 sums were
 * checked, file by file, before anything is written; its table files can then be read line by line.
 */
final class VerifiedBundle implements Closeable {

    private final ZipFile zip;
    private final Manifest manifest;
    private final Map<String, TableFile> byName;

    private VerifiedBundle(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
        this.byName = manifest.tables().stream().collect(Collectors.toMap(TableFile::name, Function.identity()));
    }

    /**
     * Opens and checks the bundle at {@code path} against this instance's schema.
     *
     * @throws BackupRefusedException with the first problem found
     */
    static VerifiedBundle open(Path path, List<String> schema, java.util.function.Consumer<BackupProgress> progress) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BackupRefusedException(BackupRefusedException.UNREADABLE);
        }
        try {
            VerifiedBundle bundle = new VerifiedBundle(zip, manifest(zip));
            bundle.check(schema, progress);
            return bundle;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    TableFile file(String table) {
        return byName.get(table);
    }

    /** The lines of a table's file, decoded strictly as UTF-8, with the SHA-256 of what was read so far. */
    HashedLines lines(TableFile table) throws IOException {
        return new HashedLines(zip.getInputStream(zip.getEntry(table.file())));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.FILE);
        if (entry == null) {
            throw new BackupRefusedException(BackupRefusedException.MANIFEST, Manifest.FILE);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return ManifestJson.read(in.readNBytes(16 * 1024 * 1024));
        } catch (ZipException e) {
            throw new BackupRefusedException(BackupRefusedException.UNREADABLE);
        }
    }

    private void check(List<String> schema, java.util.function.Consumer<BackupProgress> progress) throws IOException {
        if (!manifest.schema().equals(schema)) {
            throw new BackupRefusedException(BackupRefusedException.SCHEMA, last(manifest.schema()), last(schema));
        }
        if (byName.size() != manifest.tables().size()) {
            throw new BackupRefusedException(BackupRefusedException.MANIFEST, "tables");
        }
        for (var table : BundleTables.exported()) {
            TableFile file = byName.get(BundleTables.name(table));
            if (file == null) {
                throw new BackupRefusedException(BackupRefusedException.TABLES, BundleTables.name(table));
            }
            if (!file.columns().equals(BundleTables.columns(table))) {
                throw new BackupRefusedException(BackupRefusedException.COLUMNS, file.name());
            }
            if (!file.file().equals(BundleTables.file(table))) {
                throw new BackupRefusedException(BackupRefusedException.MANIFEST, "file");
            }
        }
        for (TableFile file : manifest.tables()) {
            if (BundleTables.table(file.name()) == null || !BundleTables.exported().contains(BundleTables.table(file.name()))) {
                throw new BackupRefusedException(BackupRefusedException.TABLES, file.name());
            }
        }
        long total = manifest.totalRows();
        long done = 0;
        progress.accept(new BackupProgress(Step.CHECKING, 0, total));
        for (TableFile file : manifest.tables()) {
            if (zip.getEntry(file.file()) == null) {
                throw new BackupRefusedException(BackupRefusedException.CHECKSUM, file.file());
            }
            long rows = 0;
            try (HashedLines lines = lines(file)) {
                while (lines.next() != null) {
                    rows++;
                    if (rows % 1000 == 0) {
                        progress.accept(new BackupProgress(Step.CHECKING, done + rows, total));
                    }
                }
                if (!lines.sha256().equals(file.sha256())) {
                    throw new BackupRefusedException(BackupRefusedException.CHECKSUM, file.file());
                }
            }
            if (rows != file.rows()) {
                throw new BackupRefusedException(BackupRefusedException.ROW_COUNT, file.file(), file.rows(), rows);
            }
            done += rows;
        }
        progress.accept(new BackupProgress(Step.CHECKING, done, total));
    }

    private static String last(List<String> schema) {
        return schema.isEmpty() ? "-" : schema.get(schema.size() - 1);
    }

    /**
     * A table file's lines; the bytes read go through SHA-256. A file that is not UTF-8, or whose
     * compressed data is damaged, is refused as unreadable.
     */
    static final class HashedLines implements Closeable {

        private final MessageDigest sha256 = BackupExport.sha256();
        private final BufferedReader reader;
        private final InputStream raw;
        private long number;

        private HashedLines(InputStream in) {
            this.raw = in;
            DigestInputStream digesting = new DigestInputStream(in, sha256);
            this.reader = new BufferedReader(new InputStreamReader(digesting, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        }

        /** The next line without its line feed, or null at the end of the file. */
        String next() throws IOException {
            String line;
            try {
                line = reader.readLine();
            } catch (java.nio.charset.CharacterCodingException | ZipException | java.io.EOFException e) {
                throw new BackupRefusedException(BackupRefusedException.UNREADABLE);
            }
            if (line != null) {
                number++;
            }
            return line;
        }

        /** The number of the line last read, from 1. */
        long number() {
            return number;
        }

        /** The SHA-256 of every byte read so far, in hexadecimal. */
        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }

        @Override
        public void close() throws IOException {
            reader.close();
            raw.close();
        }
    }
}
