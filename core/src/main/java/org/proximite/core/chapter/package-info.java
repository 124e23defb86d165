/**
 * Chapters: country or partner adaptations shipped as PF4J plugin jars. This package holds what
 * the others share: reading a chapter's files and checking them, importing its content in one
 * transaction, the history, the read models for readers and admins, and the codes of the
 * lifecycle's reasons. Installing is in {@code installing}, running in {@code running}.
 */
package org.proximite.core.chapter;
