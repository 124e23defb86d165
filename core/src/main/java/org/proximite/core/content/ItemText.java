package org.proximite.core.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.proximite.chapter.format.ItemKind;
import org.proximite.chapter.format.TextField;

/**
 * The text of an item in one language: its fields by name, as {@link ItemKind#textFields()}
 * describes them. Blank fields are absent; plain-text fields are stripped.
 */
public record ItemText(Map<String, String> fields) {

    public ItemText {
        Map<String, String> kept = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        fields = java.util.Collections.unmodifiableMap(kept);
    }

    public static final ItemText EMPTY = new ItemText(Map.of());

    /** The fields of the kind, plain ones stripped; unknown names are dropped. */
    public static ItemText of(ItemKind kind, Map<String, String> values) {
        Map<String, String> fields = new TreeMap<>();
        for (TextField field : kind.textFields()) {
            String value = values.get(field.name());
            if (value != null) {
                fields.put(field.name(), field.markdown() ? value : value.strip());
            }
        }
        return new ItemText(fields);
    }

    public String get(String field) {
        return fields.get(field);
    }

    public String title() {
        return fields.get("title");
    }

    public String summary() {
        return fields.get("summary");
    }

    public boolean isBlank() {
        return fields.isEmpty();
    }

    /** SHA-256 of the fields, to know later whether a translation's source changed. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            fields.forEach((name, value) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
