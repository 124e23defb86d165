package org.proximite.core.chapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;
import org.proximite.core.content.ItemText;

/**
 * Three-way merge of an item's texts when a chapter is upgraded over edits made on the site: a
 * field the site did not touch takes the new version; a field the chapter did not change keeps
 * the site's text; a field both changed differently is a conflict that a person settles (by
 * {@link TextConflict#key()}). The fields are those the kind describes, for every kind alike.
 */
final class TextMerge {

    private TextMerge() {}

    static List<TextConflict> conflicts(ItemKind kind, String slug, Map<String, ItemText> previous, Map<String, ItemText> incoming,
            Map<String, ItemText> local) {
        List<TextConflict> conflicts = new ArrayList<>();
        for (String language : languages(previous, incoming, local)) {
            for (TextField field : kind.textFields()) {
                String before = field(previous.get(language), field);
                String after = field(incoming.get(language), field);
                String here = field(local.get(language), field);
                if (!Objects.equals(before, after) && !Objects.equals(before, here) && !Objects.equals(after, here)) {
                    conflicts.add(new TextConflict(key(kind, slug, language, field.name()), slug, language, field.name(), before, after, here));
                }
            }
        }
        return conflicts;
    }

    /** The texts to save: merged field by field, conflicts settled by {@code resolutions}. */
    static Map<String, ItemText> merge(ItemKind kind, String slug, Map<String, ItemText> previous, Map<String, ItemText> incoming,
            Map<String, ItemText> local, Map<String, TextConflict.Resolution> resolutions) {
        Map<String, ItemText> merged = new LinkedHashMap<>();
        for (String language : languages(previous, incoming, local)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (TextField field : kind.textFields()) {
                String before = field(previous.get(language), field);
                String after = field(incoming.get(language), field);
                String here = field(local.get(language), field);
                String value;
                if (Objects.equals(before, here)) {
                    value = after;
                } else if (Objects.equals(before, after) || Objects.equals(after, here)) {
                    value = here;
                } else {
                    value = resolutions.get(key(kind, slug, language, field.name())) == TextConflict.Resolution.TAKE_CHAPTER ? after : here;
                }
                values.put(field.name(), value);
            }
            ItemText text = ItemText.of(kind, values);
            if (kind.textFields().stream().filter(TextField::required).allMatch(field -> text.get(field.name()) != null)) {
                merged.put(language, text);
            }
        }
        return merged;
    }

    /** Initiatives' keys start with {@code initiatives/}, so they never clash with a practice's. */
    private static String key(ItemKind kind, String slug, String language, String field) {
        return (kind == ItemKind.PRACTICE ? "" : kind.folder() + "/") + TextConflict.key(slug, language, field);
    }

    /** Plain fields are saved stripped: compare them stripped. */
    private static String field(ItemText text, TextField field) {
        if (text == null) {
            return null;
        }
        String value = text.get(field.name());
        return value != null && !field.markdown() ? value.strip() : value;
    }

    private static List<String> languages(Map<String, ItemText> previous, Map<String, ItemText> incoming, Map<String, ItemText> local) {
        LinkedHashSet<String> languages = new LinkedHashSet<>(previous.keySet());
        languages.addAll(incoming.keySet());
        languages.addAll(local.keySet());
        return List.copyOf(languages);
    }
}
