package org.proximite.core.content;

/**
 * What every item has besides its texts and its kind's own fields.
 *
 * @param archived hidden from readers, kept for editors
 * @param editedLocally whether coordinators edited a chapter's item here (upgrades merge it)
 */
public record ItemHeader(String slug, String chapterId, String defaultLanguage, boolean archived, boolean editedLocally) {}
