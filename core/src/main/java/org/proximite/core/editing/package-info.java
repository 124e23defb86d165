/**
 * What editing content can go wrong with, said so that the UI can tell the user in their language:
 * field problems carry message keys, not sentences; a save merges what others changed in other
 * fields, and a field both changed is a conflict with both texts, never overwritten silently.
 * Beside content, what open editors keep in the database for every instance: unsaved drafts
 * ({@link org.proximite.core.editing.EditorAutosaves}) and who has which item open
 * ({@link org.proximite.core.editing.EditorPresence}).
 */
package org.proximite.core.editing;
