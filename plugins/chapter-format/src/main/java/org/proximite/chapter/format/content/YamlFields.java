package org.proximite.chapter.format.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.text.DidYouMean;

/**
 * Typed access to one YAML mapping of a chapter file. Every missing or wrongly typed field becomes
 * a {@link ChapterProblem} naming the file and the field, instead of an exception. It remembers
 * which fields were asked for, so that a field nobody reads (a typo, most often) is reported
 * rather than silently ignored. A file that could not be parsed answers nothing and reports
 * nothing more: its parse error is the one problem the author needs.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final Map<?, ?> values;
    private final List<ChapterProblem> problems;
    private final boolean readable;
    private final Set<String> asked = new LinkedHashSet<>();
    private final List<YamlFields> children = new ArrayList<>();

    private YamlFields(String file, String path, Map<?, ?> values, List<ChapterProblem> problems, boolean readable) {
        this.file = file;
        this.path = path;
        this.values = values;
        this.problems = problems;
        this.readable = readable;
    }

    static YamlFields root(String file, Object document, List<ChapterProblem> problems) {
        if (document instanceof Map<?, ?> map) {
            return new YamlFields(file, "", map, problems, true);
        }
        problems.add(ChapterProblem.of(file, "", "content.file.not-mapping"));
        return unreadable(file, problems);
    }

    /** A file whose problem was already reported: every field reads as absent, silently. */
    static YamlFields unreadable(String file, List<ChapterProblem> problems) {
        return new YamlFields(file, "", Map.of(), problems, false);
    }

    boolean isReadable() {
        return readable;
    }

    String file() {
        return file;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String code, Object... arguments) {
        problems.add(ChapterProblem.of(file, field(key), code, arguments));
    }

    List<String> keys() {
        return values.keySet().stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private Object get(String key) {
        asked.add(key);
        return values.get(key);
    }

    boolean has(String key) {
        return get(key) != null;
    }

    String string(String key, boolean required) {
        Object value = get(key);
        if (value == null) {
            if (required && readable) {
                problem(key, "content.field.required");
            }
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        problem(key, "content.field.not-text");
        return null;
    }

    Integer integer(String key) {
        Object value = get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            return number;
        }
        problem(key, "content.field.not-integer");
        return null;
    }

    /** A yes/no field; absent means false. */
    boolean flag(String key) {
        Object value = get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        problem(key, "content.field.not-boolean");
        return false;
    }

    LocalDate date(String key) {
        Object value = get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            problem(key, "content.field.not-date");
            return null;
        }
    }

    /**
     * A date that may be only a year or a month ({@code 2019}, {@code 2019-12}, {@code 2019-12-02}),
     * as written; whether it is one is for the checks to say.
     */
    String partialDate(String key) {
        Object value = get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof String || value instanceof Integer) {
            return value.toString();
        }
        problem(key, "content.field.not-date");
        return null;
    }

    List<String> strings(String key) {
        Object value = get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        problem(key, "content.field.not-texts");
        return List.of();
    }

    List<YamlFields> objects(String key) {
        Object value = get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "content.field.not-list");
            return List.of();
        }
        List<YamlFields> objects = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                objects.add(child(field(key) + "[" + i + "]", map));
            } else {
                problems.add(ChapterProblem.of(file, field(key) + "[" + i + "]", "content.field.not-mapping"));
            }
        }
        return objects;
    }

    YamlFields object(String key) {
        Object value = get(key);
        if (value instanceof Map<?, ?> map) {
            return child(field(key), map);
        }
        if (value != null) {
            problem(key, "content.field.not-mapping");
        }
        return null;
    }

    private YamlFields child(String childPath, Map<?, ?> map) {
        YamlFields child = new YamlFields(file, childPath, map, problems, readable);
        children.add(child);
        return child;
    }

    /** A mapping from language code to text, such as {@code {fr: Guinée, en: Guinea}}. */
    Map<String, String> localized(String key, boolean required) {
        Object value = get(key);
        Map<String, String> texts = new LinkedHashMap<>();
        if (value == null) {
            if (required && readable) {
                problem(key, "content.field.required.localized");
            }
            return texts;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(key, "content.field.not-localized");
            return texts;
        }
        map.forEach((language, text) -> {
            if (language instanceof String code && text instanceof String string) {
                texts.put(code, string);
            } else {
                problem(key + "." + language, "content.field.not-text");
            }
        });
        return texts;
    }

    Map<String, Integer> integers(String key) {
        Object value = get(key);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        if (value == null) {
            return numbers;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(key, "content.field.not-counts");
            return numbers;
        }
        map.forEach((name, number) -> {
            if (name instanceof String code && number instanceof Integer count) {
                numbers.put(code, count);
            } else {
                problem(key + "." + name, "content.field.not-integer");
            }
        });
        return numbers;
    }

    /**
     * Reports the fields of this mapping, and of the mappings read from it, that nothing asked
     * for: a misspelt field would otherwise vanish without a word.
     */
    void reportUnknownFields() {
        for (Object key : values.keySet()) {
            String name = String.valueOf(key);
            if (!asked.contains(name)) {
                DidYouMean.among(name, asked).ifPresentOrElse(
                        close -> problem(name, "content.field.unknown.close", close),
                        () -> problem(name, "content.field.unknown", String.join(", ", asked)));
            }
        }
        children.forEach(YamlFields::reportUnknownFields);
    }
}
