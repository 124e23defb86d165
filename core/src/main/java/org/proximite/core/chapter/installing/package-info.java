/**
 * Installing chapters: an uploaded jar is inspected (archive, manifest, host versions,
 * dependencies, signature, content), planned against what is installed, stored with its plan in
 * the database, and applied once, under a lock that holds across every instance on the database.
 * Applying commits the content, the jar, the history and an outbox event together, then brings
 * this instance's node in line; refusals and the decisions a plan asks for are
 * {@link org.proximite.chapter.format.Reason reasons} with codes. Shipped and operator chapters
 * come in the same way, at start-up.
 */
package org.proximite.core.chapter.installing;
