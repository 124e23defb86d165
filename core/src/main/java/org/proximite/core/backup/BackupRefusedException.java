package org.proximite.core.backup;

import java.util.List;

/**
 * A bundle cannot be imported (or an export or import cannot start); nothing was written.
 * {@link #code()} is a message key ({@code backup.refused.checksum}, …) and {@link #arguments()}
 * its parameters.
 */
public class BackupRefusedException extends RuntimeException {

    /** Not a zip, or a zip cut short: its directory cannot be read. */
    public static final String UNREADABLE = "backup.refused.unreadable";
    /** {@code manifest.json} is missing, not JSON, or lacks a field (the parameter names it). */
    public static final String MANIFEST = "backup.refused.manifest";
    /** A format or format version this application does not read: found, supported. */
    public static final String FORMAT = "backup.refused.format";
    /** Made by a database schema other than this instance's: the bundle's last change set, this instance's. */
    public static final String SCHEMA = "backup.refused.schema";
    /** A table this instance has is missing from the bundle, or the bundle has one it does not know (the parameter). */
    public static final String TABLES = "backup.refused.tables";
    /** A table's columns differ from this instance's: the table. */
    public static final String COLUMNS = "backup.refused.columns";
    /** A file is missing or its SHA-256 differs from the manifest's: the file. */
    public static final String CHECKSUM = "backup.refused.checksum";
    /** A file holds another number of rows than the manifest says: the file, declared, found. */
    public static final String ROW_COUNT = "backup.refused.rowCount";
    /** A row cannot be read or written: the table, the line, the column or constraint. */
    public static final String ROW = "backup.refused.row";
    /** The instance already holds changes made by people: their number, the number of editions. */
    public static final String NOT_EMPTY = "backup.refused.notEmpty";
    /** Another import runs on this instance. */
    public static final String BUSY = "backup.refused.busy";

    private final String code;
    private final List<String> arguments;

    public BackupRefusedException(String code, Object... arguments) {
        super("Bundle refused: " + code + " " + List.of(arguments));
        this.code = code;
        this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
