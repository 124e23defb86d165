/**
 * Import from the web: text, Markdown or HTML pasted or uploaded by an editor is read, repaired
 * (text garbled by a wrong encoding), cut into paragraphs each with its language, shown for the
 * editor to decide on (accepted as repaired, refused, or rewritten by hand: {@code
 * ParagraphDecisions}), then saved as a new draft practice or initiative with one text per
 * language, through the editing services and so the content writer and its outbox; the first
 * revision of each text notes the import and the decisions ({@code ImportNote}). Reading,
 * repairing and telling languages live in {@code reading}, {@code repair} and {@code language}.
 */
package org.proximite.core.textimport;
