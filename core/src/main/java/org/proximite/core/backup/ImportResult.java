package org.proximite.core.backup;

/** What an import wrote: tables, rows, and the application version and time the bundle declares. */
public record ImportResult(int tables, long rows, String applicationVersion, String createdAt) {}
