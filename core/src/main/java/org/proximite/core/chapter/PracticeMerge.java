package org.proximite.core.chapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.api.PracticeEntry.PracticeText;

/**
 * Three-way merge of a practice's texts when a chapter is upgraded over edits made on the site:
 * a field the site did not touch takes the new version; a field the chapter did not change keeps
 * the site's text; a field both changed differently is a conflict that a person settles.
 */
final class PracticeMerge {

    static final List<String> FIELDS = List.of("title", "summary", "body", "effect", "mechanism", "context", "implementation", "cost");

    private PracticeMerge() {}

    static List<TextConflict> conflicts(String slug, PracticeEntry previous, PracticeEntry incoming, Map<String, PracticeText> local) {
        List<TextConflict> conflicts = new ArrayList<>();
        for (String language : languages(previous, incoming, local)) {
            for (String field : FIELDS) {
                String before = field(previous.texts().get(language), field);
                String after = field(incoming.texts().get(language), field);
                String here = field(local.get(language), field);
                if (!Objects.equals(before, after) && !Objects.equals(before, here) && !Objects.equals(after, here)) {
                    conflicts.add(new TextConflict(TextConflict.key(slug, language, field), slug, language, field, before, after, here));
                }
            }
        }
        return conflicts;
    }

    /** The texts to save: merged field by field, conflicts settled by {@code resolutions}. */
    static Map<String, PracticeText> merge(String slug, PracticeEntry previous, PracticeEntry incoming, Map<String, PracticeText> local,
            Map<String, TextConflict.Resolution> resolutions) {
        Map<String, PracticeText> merged = new LinkedHashMap<>();
        for (String language : languages(previous, incoming, local)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : FIELDS) {
                String before = field(previous.texts().get(language), field);
                String after = field(incoming.texts().get(language), field);
                String here = field(local.get(language), field);
                String value;
                if (Objects.equals(before, here)) {
                    value = after;
                } else if (Objects.equals(before, after) || Objects.equals(after, here)) {
                    value = here;
                } else {
                    value = resolutions.get(TextConflict.key(slug, language, field)) == TextConflict.Resolution.TAKE_CHAPTER ? after : here;
                }
                values.put(field, value);
            }
            if (values.get("title") != null && values.get("summary") != null) {
                merged.put(language, new PracticeText(values.get("title"), values.get("summary"), values.get("body"), values.get("effect"),
                        values.get("mechanism"), values.get("context"), values.get("implementation"), values.get("cost")));
            }
        }
        return merged;
    }

    private static List<String> languages(PracticeEntry previous, PracticeEntry incoming, Map<String, PracticeText> local) {
        java.util.LinkedHashSet<String> languages = new java.util.LinkedHashSet<>(previous.texts().keySet());
        languages.addAll(incoming.texts().keySet());
        languages.addAll(local.keySet());
        return List.copyOf(languages);
    }

    static String field(PracticeText text, String field) {
        if (text == null) {
            return null;
        }
        return switch (field) {
            // Titles and summaries are saved stripped: compare them stripped.
            case "title" -> text.title() == null ? null : text.title().strip();
            case "summary" -> text.summary() == null ? null : text.summary().strip();
            case "body" -> text.body();
            case "effect" -> text.effect();
            case "mechanism" -> text.mechanism();
            case "context" -> text.context();
            case "implementation" -> text.implementation();
            case "cost" -> text.cost();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
