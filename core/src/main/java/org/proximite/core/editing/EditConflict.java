package org.proximite.core.editing;

/**
 * One field that two people changed differently since the one saving loaded the item: both
 * texts, so that they can choose or combine them.
 *
 * @param language the text's language, or null for a field of the item itself (slug, themes, sources, resources, related practices,
 *     the kind's fields)
 * @param field the field's name, as {@code ItemKind.textFields()} names it, or {@code state}, {@code slug}, {@code themes}…
 * @param yours the value the person saving asked for (null when absent or not shown as text)
 * @param theirs the value stored now (null when absent or not shown as text)
 * @param currentVersion the version of that language's text (of the item, for its own fields) stored now: to save again from
 */
public record EditConflict(String language, String field, String yours, String theirs, int currentVersion) {

    /** The field as field problems name it: {@code fr.title}, or {@code themes} for a part of the item. */
    public String key() {
        return language == null ? field : language + "." + field;
    }
}
