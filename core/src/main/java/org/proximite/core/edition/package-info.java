/**
 * Editions: numbered, immutable snapshots of the published guide, or of one chapter, per language,
 * as a PDF and an offline copy. {@link org.proximite.core.edition.Editions} creates them (the
 * rendering runs in the background, its progress recorded), lists them and gives their files; the
 * snapshot reads published content through the readers' services only, every language in one
 * read-only transaction with one view of the database, and the formats are drawn
 * by the {@link org.proximite.core.edition.EditionRenderer}s the application provides. The files
 * live in the database, which several instances share: an edition made on one is downloadable
 * from all.
 */
package org.proximite.core.edition;
