package org.proximite.core.backup;

import java.util.List;

/**
 * What a bundle says about itself ({@code manifest.json}): its format and version, the
 * application and database schema it was made by, when, and each table's file with its row count
 * and SHA-256. {@code createdAt} is the only value that differs between two exports of the same
 * content by the same application.
 */
public record Manifest(String format, int formatVersion, String applicationVersion, String createdAt, List<String> schema,
        List<TableFile> tables) {

    /** The name of the format, in every manifest. */
    public static final String FORMAT = "proximite-bundle";
    /** The version of the format this application writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The manifest's name in the zip. */
    public static final String FILE = "manifest.json";

    public Manifest {
        schema = List.copyOf(schema);
        tables = List.copyOf(tables);
    }

    /** One table: its name, its file in the zip, its columns in the order each row gives them, its rows and the SHA-256 of its file. */
    public record TableFile(String name, String file, List<String> columns, long rows, String sha256) {

        public TableFile {
            columns = List.copyOf(columns);
        }
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableFile::rows).sum();
    }
}
