package org.proximite.chapter.format.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.ContentProblem;

/**
 * Typed access to one YAML mapping of a chapter file. Every missing or wrongly typed field becomes
 * a {@link ContentProblem} naming the file and the field, instead of an exception.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final Map<?, ?> values;
    private final List<ContentProblem> problems;

    YamlFields(String file, String path, Map<?, ?> values, List<ContentProblem> problems) {
        this.file = file;
        this.path = path;
        this.values = values;
        this.problems = problems;
    }

    static YamlFields root(String file, Object document, List<ContentProblem> problems) {
        if (document instanceof Map<?, ?> map) {
            return new YamlFields(file, "", map, problems);
        }
        problems.add(new ContentProblem(file, "", "expected a YAML mapping of fields"));
        return new YamlFields(file, "", Map.of(), problems);
    }

    String file() {
        return file;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String reason) {
        problems.add(new ContentProblem(file, field(key), reason));
    }

    List<String> keys() {
        return values.keySet().stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String string(String key, boolean required) {
        Object value = values.get(key);
        if (value == null) {
            if (required) {
                problem(key, "is required");
            }
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        problem(key, "must be a text");
        return null;
    }

    Integer integer(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            return number;
        }
        problem(key, "must be a whole number");
        return null;
    }

    LocalDate date(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            problem(key, "must be a date written YYYY-MM-DD");
            return null;
        }
    }

    List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        problem(key, "must be a list of texts");
        return List.of();
    }

    List<YamlFields> objects(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list");
            return List.of();
        }
        List<YamlFields> objects = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                objects.add(new YamlFields(file, field(key) + "[" + i + "]", map, problems));
            } else {
                problems.add(new ContentProblem(file, field(key) + "[" + i + "]", "expected a mapping of fields"));
            }
        }
        return objects;
    }

    YamlFields object(String key) {
        Object value = values.get(key);
        if (value instanceof Map<?, ?> map) {
            return new YamlFields(file, field(key), map, problems);
        }
        if (value != null) {
            problem(key, "expected a mapping of fields");
        }
        return null;
    }

    /** A mapping from language code to text, such as {@code {fr: Guinée, en: Guinea}}. */
    Map<String, String> localized(String key, boolean required) {
        Object value = values.get(key);
        Map<String, String> texts = new LinkedHashMap<>();
        if (value == null) {
            if (required) {
                problem(key, "is required (a text per language)");
            }
            return texts;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(key, "must map language codes to texts");
            return texts;
        }
        map.forEach((language, text) -> {
            if (language instanceof String code && text instanceof String string) {
                texts.put(code, string);
            } else {
                problem(key + "." + language, "must be a text");
            }
        });
        return texts;
    }

    Map<String, Integer> integers(String key) {
        Object value = values.get(key);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        if (value == null) {
            return numbers;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(key, "must map names to whole numbers");
            return numbers;
        }
        map.forEach((name, number) -> {
            if (name instanceof String code && number instanceof Integer count) {
                numbers.put(code, count);
            } else {
                problem(key + "." + name, "must be a whole number");
            }
        });
        return numbers;
    }
}
