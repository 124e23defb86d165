package org.proximite.web.content;

import com.vaadin.flow.component.Component;
import org.proximite.chapter.format.ItemKind;

/**
 * The name of an item's text field in the reader's language, the same on the page, in the editor
 * and in an adaptation: {@code editor.title} for the fields every kind has, else
 * {@code <kind>.section.<field>}.
 */
public final class FieldLabels {

    private FieldLabels() {}

    public static String of(Component component, ItemKind kind, String field) {
        return component.getTranslation(key(kind, field));
    }

    public static String key(ItemKind kind, String field) {
        return switch (field) {
            case "title", "summary", "body" -> "editor." + field;
            default -> KindKeys.of(kind, "section." + field);
        };
    }
}
