/**
 * The content kernel: what practices and initiatives share, written once. Items (slug, chapter,
 * default language, archived, version), their texts per language (each with its own state,
 * version, author and the fingerprint of the source text it was written from), themes and
 * resources. {@link org.proximite.core.content.ContentWriter} is the one writer: it checks the
 * actor, writes, and appends every change to the outbox in the same transaction.
 * {@link org.proximite.core.content.ShownText} is the one fallback rule for readers.
 */
package org.proximite.core.content;
