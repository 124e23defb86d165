/**
 * Translation with translators' own tools, in XLIFF 2.0: a selection of practices and initiatives
 * exported from one language to another (one {@code <file>} per item, one {@code <unit>} per text
 * field, the target holding the current translation, the versions it was made from in the
 * metadata module), and the file imported back. An import is read safely (no DTD, no entity,
 * limits on size, units and depth), checked whole against the instance (languages, items, the
 * kind's fields and their lengths, the importer's scopes), then written in one transaction
 * through the content kernel's save, each changed text a draft; or nothing is written and the
 * report says every problem with a code. Reading and writing the format ({@link
 * org.proximite.core.xliff.XliffReader}, {@link org.proximite.core.xliff.XliffWriter}) know
 * nothing of the database.
 */
package org.proximite.core.xliff;
