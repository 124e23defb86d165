package org.proximite.chapter.format.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What the host learns from a chapter jar before PF4J or any of its code touches it: its
 * fingerprint and the plugin attributes of its manifest.
 *
 * @param pluginClass null for a content-only chapter
 */
public record ChapterJar(Path path, String sha256, String pluginId, String version, String requires, String pluginClass, String dependencies,
        boolean carriesClasses) {

    /** Reads the jar's manifest and hashes the file. */
    public static ChapterJar inspect(Path path) throws IOException {
        String sha256 = sha256(path);
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new IOException("it has no META-INF/MANIFEST.MF");
            }
            Attributes attributes = manifest.getMainAttributes();
            String id = attributes.getValue("Plugin-Id");
            String version = attributes.getValue("Plugin-Version");
            if (id == null || id.isBlank() || version == null || version.isBlank()) {
                throw new IOException("its manifest lacks Plugin-Id or Plugin-Version");
            }
            // Code is code whether or not a Plugin-Class names it: classes or an extension index count.
            boolean carriesClasses = jar.stream().anyMatch(entry -> entry.getName().endsWith(".class")
                    || entry.getName().equals("META-INF/extensions.idx") || entry.getName().startsWith("META-INF/services/"));
            return new ChapterJar(path, sha256, id.strip(), version.strip(), attributes.getValue("Plugin-Requires"),
                    attributes.getValue("Plugin-Class"), attributes.getValue("Plugin-Dependencies"), carriesClasses);
        }
    }

    public boolean hasCode() {
        return carriesClasses || pluginClass != null && !pluginClass.isBlank() && !"org.pf4j.Plugin".equals(pluginClass.strip());
    }

    /** {@code Plugin-Dependencies: guinea@>=1.0.0 & <2.0.0, other}: chapter id to accepted versions ({@code *} for any). */
    public Map<String, String> dependencyRanges() {
        return parseDependencies(dependencies);
    }

    public static Map<String, String> parseDependencies(String declared) {
        Map<String, String> ranges = new LinkedHashMap<>();
        if (declared != null) {
            for (String item : declared.split(",")) {
                String[] parts = item.strip().split("@", 2);
                if (!parts[0].isBlank()) {
                    ranges.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "*");
                }
            }
        }
        return ranges;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public static String sha256(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
