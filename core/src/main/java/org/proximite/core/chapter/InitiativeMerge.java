package org.proximite.core.chapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;

/**
 * The three-way merge of {@link PracticeMerge}, for initiatives' texts (title, summary, body,
 * outcomes). Conflict keys start with {@code initiatives/}, so they never clash with a practice's.
 */
final class InitiativeMerge {

    static final List<String> FIELDS = List.of("title", "summary", "body", "outcomes");
    static final String KEY_PREFIX = "initiatives/";

    private InitiativeMerge() {}

    static List<TextConflict> conflicts(String slug, InitiativeEntry previous, InitiativeEntry incoming, Map<String, InitiativeText> local) {
        List<TextConflict> conflicts = new ArrayList<>();
        for (String language : languages(previous, incoming, local)) {
            for (String field : FIELDS) {
                String before = field(previous.texts().get(language), field);
                String after = field(incoming.texts().get(language), field);
                String here = field(local.get(language), field);
                if (!Objects.equals(before, after) && !Objects.equals(before, here) && !Objects.equals(after, here)) {
                    conflicts.add(new TextConflict(KEY_PREFIX + TextConflict.key(slug, language, field), slug, language, field, before, after, here));
                }
            }
        }
        return conflicts;
    }

    static Map<String, InitiativeText> merge(String slug, InitiativeEntry previous, InitiativeEntry incoming, Map<String, InitiativeText> local,
            Map<String, TextConflict.Resolution> resolutions) {
        Map<String, InitiativeText> merged = new LinkedHashMap<>();
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
                    value = resolutions.get(KEY_PREFIX + TextConflict.key(slug, language, field)) == TextConflict.Resolution.TAKE_CHAPTER ? after : here;
                }
                values.put(field, value);
            }
            if (values.get("title") != null && values.get("summary") != null) {
                merged.put(language, new InitiativeText(values.get("title"), values.get("summary"), values.get("body"), values.get("outcomes")));
            }
        }
        return merged;
    }

    private static List<String> languages(InitiativeEntry previous, InitiativeEntry incoming, Map<String, InitiativeText> local) {
        LinkedHashSet<String> languages = new LinkedHashSet<>(previous.texts().keySet());
        languages.addAll(incoming.texts().keySet());
        languages.addAll(local.keySet());
        return List.copyOf(languages);
    }

    private static String field(InitiativeText text, String field) {
        if (text == null) {
            return null;
        }
        return switch (field) {
            case "title" -> text.title() == null ? null : text.title().strip();
            case "summary" -> text.summary() == null ? null : text.summary().strip();
            case "body" -> text.body();
            case "outcomes" -> text.outcomes();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
