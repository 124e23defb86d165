package org.proximite.core.backup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;
import org.jooq.Field;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A column's value as a bundle writes it, the same whatever the database: texts as JSON strings,
 * whole numbers as JSON numbers, booleans as JSON booleans, dates as {@code 2026-03-01},
 * timestamps in UTC with microseconds ({@code 2026-03-01T09:30:00.000000Z}), bytes in base64,
 * and no value as {@code null}.
 */
final class ColumnValues {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    static final Set<Class<?>> SUPPORTED = Set.of(String.class, Long.class, Integer.class, Boolean.class, LocalDate.class,
            OffsetDateTime.class, byte[].class);

    private ColumnValues() {}

    static void write(JsonGenerator json, Field<?> field, Object value) {
        json.writeName(BundleTables.name(field));
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            case LocalDate date -> json.writeString(date.toString());
            case OffsetDateTime time -> json.writeString(TIMESTAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
            case byte[] bytes -> json.writeString(Base64.getEncoder().encodeToString(bytes));
            default -> throw new IllegalStateException("column " + field.getName() + " has a type bundles do not carry: " + value.getClass());
        }
    }

    /**
     * The value of {@code field} that {@code node} holds.
     *
     * @throws IllegalArgumentException when the node is not a value of the column's type
     */
    static Object read(JsonNode node, Field<?> field) {
        if (node == null || node.isNull()) {
            if (!field.getDataType().nullable()) {
                throw new IllegalArgumentException("no value");
            }
            return null;
        }
        Class<?> type = field.getType();
        if (type == Long.class && node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (type == Integer.class && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (type == Boolean.class && node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            String text = node.stringValue();
            try {
                if (type == String.class) {
                    return text;
                }
                if (type == LocalDate.class) {
                    return LocalDate.parse(text);
                }
                if (type == OffsetDateTime.class) {
                    return OffsetDateTime.parse(text);
                }
                if (type == byte[].class) {
                    return Base64.getDecoder().decode(text);
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("not a value of its type");
            }
        }
        throw new IllegalArgumentException("not a value of its type");
    }
}
