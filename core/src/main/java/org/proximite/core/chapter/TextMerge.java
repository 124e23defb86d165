package org.proximite.core.chapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.chapter.api.PracticeEntry.PracticeText;

/**
 * Three-way merge of an item's texts when a chapter is upgraded over edits made on the site: a
 * field the site did not touch takes the new version; a field the chapter did not change keeps
 * the site's text; a field both changed differently is a conflict that a person settles (by
 * {@link TextConflict#key()}).
 *
 * @param <T> the texts of one language
 */
final class TextMerge<T> {

    static final TextMerge<PracticeText> PRACTICES = new TextMerge<>("",
            List.of("title", "summary", "body", "effect", "mechanism", "context", "implementation", "cost"),
            (text, field) -> switch (field) {
                case "title" -> text.title();
                case "summary" -> text.summary();
                case "body" -> text.body();
                case "effect" -> text.effect();
                case "mechanism" -> text.mechanism();
                case "context" -> text.context();
                case "implementation" -> text.implementation();
                case "cost" -> text.cost();
                default -> throw new IllegalArgumentException(field);
            },
            values -> new PracticeText(values.get("title"), values.get("summary"), values.get("body"), values.get("effect"),
                    values.get("mechanism"), values.get("context"), values.get("implementation"), values.get("cost")));

    /** Initiatives' keys start with {@code initiatives/}, so they never clash with a practice's. */
    static final TextMerge<InitiativeText> INITIATIVES = new TextMerge<>("initiatives/",
            List.of("title", "summary", "body", "outcomes"),
            (text, field) -> switch (field) {
                case "title" -> text.title();
                case "summary" -> text.summary();
                case "body" -> text.body();
                case "outcomes" -> text.outcomes();
                default -> throw new IllegalArgumentException(field);
            },
            values -> new InitiativeText(values.get("title"), values.get("summary"), values.get("body"), values.get("outcomes")));

    private final String keyPrefix;
    private final List<String> fields;
    private final BiFunction<T, String, String> getter;
    private final Function<Map<String, String>, T> builder;

    private TextMerge(String keyPrefix, List<String> fields, BiFunction<T, String, String> getter, Function<Map<String, String>, T> builder) {
        this.keyPrefix = keyPrefix;
        this.fields = fields;
        this.getter = getter;
        this.builder = builder;
    }

    List<TextConflict> conflicts(String slug, Map<String, T> previous, Map<String, T> incoming, Map<String, T> local) {
        List<TextConflict> conflicts = new ArrayList<>();
        for (String language : languages(previous, incoming, local)) {
            for (String field : fields) {
                String before = field(previous.get(language), field);
                String after = field(incoming.get(language), field);
                String here = field(local.get(language), field);
                if (!Objects.equals(before, after) && !Objects.equals(before, here) && !Objects.equals(after, here)) {
                    conflicts.add(new TextConflict(key(slug, language, field), slug, language, field, before, after, here));
                }
            }
        }
        return conflicts;
    }

    /** The texts to save: merged field by field, conflicts settled by {@code resolutions}. */
    Map<String, T> merge(String slug, Map<String, T> previous, Map<String, T> incoming, Map<String, T> local,
            Map<String, TextConflict.Resolution> resolutions) {
        Map<String, T> merged = new LinkedHashMap<>();
        for (String language : languages(previous, incoming, local)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : fields) {
                String before = field(previous.get(language), field);
                String after = field(incoming.get(language), field);
                String here = field(local.get(language), field);
                String value;
                if (Objects.equals(before, here)) {
                    value = after;
                } else if (Objects.equals(before, after) || Objects.equals(after, here)) {
                    value = here;
                } else {
                    value = resolutions.get(key(slug, language, field)) == TextConflict.Resolution.TAKE_CHAPTER ? after : here;
                }
                values.put(field, value);
            }
            if (values.get("title") != null && values.get("summary") != null) {
                merged.put(language, builder.apply(values));
            }
        }
        return merged;
    }

    private String key(String slug, String language, String field) {
        return keyPrefix + TextConflict.key(slug, language, field);
    }

    /** Titles and summaries are saved stripped: compare them stripped. */
    private String field(T text, String field) {
        if (text == null) {
            return null;
        }
        String value = getter.apply(text, field);
        return value != null && (field.equals("title") || field.equals("summary")) ? value.strip() : value;
    }

    private static <T> List<String> languages(Map<String, T> previous, Map<String, T> incoming, Map<String, T> local) {
        LinkedHashSet<String> languages = new LinkedHashSet<>(previous.keySet());
        languages.addAll(incoming.keySet());
        languages.addAll(local.keySet());
        return List.copyOf(languages);
    }
}
