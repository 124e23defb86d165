/**
 * What editing content can go wrong with, said so that the UI can tell the user in their language:
 * field problems carry message keys, not sentences, and a stale copy is refused, never merged
 * silently.
 */
package org.proximite.core.editing;
