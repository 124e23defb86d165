/**
 * The editor of practices and initiatives, written once: {@link org.proximite.web.editing.ItemEditorView}
 * holds what every item has (address, default language, archived), the texts side by side with
 * each language's state ({@link org.proximite.web.editing.ItemTextColumns}), saving with the
 * core's field problems shown on their fields and the first one brought into view, the choice
 * between one's own text and the one saved meanwhile where both changed a field
 * ({@link org.proximite.web.editing.ConflictDialog}), the question before unsaved changes are
 * lost, and who else has the item open ({@link org.proximite.web.editing.PresenceNotice}). Each
 * kind's editor adds only its own fields.
 */
package org.proximite.web.editing;
