package org.proximite.chapter.format.content;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of one language's texts of an item, by field name, read from the chapter SDK's
 * record ({@code PracticeText}, {@code InitiativeText}) whose components carry the names that
 * {@link org.proximite.chapter.format.ItemKind} describes: so the checks iterate that description
 * instead of naming each field again.
 */
final class ItemTexts {

    /** The field whose text comes from {@code SLUG.LANG.md}, not from the YAML. */
    static final String BODY = "body";

    private ItemTexts() {}

    static Map<String, String> values(Record text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : text.getClass().getRecordComponents()) {
            if (component.getType() == String.class) {
                try {
                    values.put(component.getName(), (String) component.getAccessor().invoke(text));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + text.getClass().getSimpleName(), e);
                }
            }
        }
        return values;
    }
}
