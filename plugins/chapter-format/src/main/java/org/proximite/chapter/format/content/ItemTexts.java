package org.proximite.chapter.format.content;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One language's texts of an item, by field name, to and from the chapter SDK's records
 * ({@code PracticeText}, {@code InitiativeText}) whose components carry the names that
 * {@link org.proximite.chapter.format.ItemKind} describes: so reading and checking iterate that
 * description instead of naming each field again.
 */
final class ItemTexts {

    /** The field whose text comes from {@code SLUG.LANG.md}, not from the YAML. */
    static final String BODY = "body";

    private ItemTexts() {}

    static Map<String, String> values(Record text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : text.getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), (String) component.getAccessor().invoke(text));
            } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + text.getClass().getSimpleName(), e);
            }
        }
        return values;
    }

    static <T extends Record> T create(Class<T> type, Map<String, String> values) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(Arrays.stream(components).map(component -> values.get(component.getName())).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " from " + values.keySet(), e);
        }
    }
}
