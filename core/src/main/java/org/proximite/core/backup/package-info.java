/**
 * Export and import of a whole instance as one portable bundle: a zip with a {@code manifest.json}
 * and one JSON Lines file per table, the same from H2 and PostgreSQL (see {@code docs/export-format.md}).
 * An export reads every table in one consistent snapshot; an import checks every file's SHA-256, the
 * format and the schema before it writes anything, then replaces the data of an instance where no
 * person has changed anything yet, in one transaction. This package writes the tables directly, not
 * through the content writer: a restore puts back rows and the outbox as they were, it does not make
 * new changes.
 */
package org.proximite.core.backup;
