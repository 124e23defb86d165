package org.proximite.core.backup;

import java.util.ArrayList;
import java.util.List;
import org.proximite.core.backup.Manifest.TableFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The manifest as JSON: written with its fields in a fixed order, read with a refusal code for whatever is missing or wrong. */
final class ManifestJson {

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ManifestJson() {}

    static byte[] write(Manifest manifest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", manifest.format());
        root.put("formatVersion", manifest.formatVersion());
        root.put("applicationVersion", manifest.applicationVersion());
        root.put("createdAt", manifest.createdAt());
        ArrayNode schema = root.putArray("schema");
        manifest.schema().forEach(schema::add);
        ArrayNode tables = root.putArray("tables");
        for (TableFile table : manifest.tables()) {
            ObjectNode entry = tables.addObject();
            entry.put("name", table.name());
            entry.put("file", table.file());
            ArrayNode columns = entry.putArray("columns");
            table.columns().forEach(columns::add);
            entry.put("rows", table.rows());
            entry.put("sha256", table.sha256());
        }
        return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @throws BackupRefusedException when the manifest is not JSON, of another format or version, or lacks a field */
    static Manifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new BackupRefusedException(BackupRefusedException.MANIFEST, Manifest.FILE);
        }
        if (root == null || !root.isObject()) {
            throw new BackupRefusedException(BackupRefusedException.MANIFEST, Manifest.FILE);
        }
        String format = text(root, "format");
        JsonNode version = root.get("formatVersion");
        if (!Manifest.FORMAT.equals(format) || version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() != Manifest.FORMAT_VERSION) {
            String found = format + " " + (version == null ? "-" : version.asString());
            throw new BackupRefusedException(BackupRefusedException.FORMAT, found, Manifest.FORMAT + " " + Manifest.FORMAT_VERSION);
        }
        List<TableFile> tables = new ArrayList<>();
        for (JsonNode entry : array(root, "tables")) {
            if (!entry.isObject()) {
                throw new BackupRefusedException(BackupRefusedException.MANIFEST, "tables");
            }
            JsonNode rows = entry.get("rows");
            if (rows == null || !rows.isIntegralNumber() || !rows.canConvertToLong() || rows.longValue() < 0) {
                throw new BackupRefusedException(BackupRefusedException.MANIFEST, "rows");
            }
            tables.add(new TableFile(text(entry, "name"), text(entry, "file"), texts(entry, "columns"), rows.longValue(), text(entry, "sha256")));
        }
        return new Manifest(format, version.intValue(), text(root, "applicationVersion"), text(root, "createdAt"), texts(root, "schema"), tables);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isString()) {
            throw new BackupRefusedException(BackupRefusedException.MANIFEST, name);
        }
        return value.stringValue();
    }

    private static List<String> texts(JsonNode node, String name) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : array(node, name)) {
            if (!value.isString()) {
                throw new BackupRefusedException(BackupRefusedException.MANIFEST, name);
            }
            texts.add(value.stringValue());
        }
        return texts;
    }

    private static Iterable<JsonNode> array(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw new BackupRefusedException(BackupRefusedException.MANIFEST, name);
        }
        return value.values();
    }
}
