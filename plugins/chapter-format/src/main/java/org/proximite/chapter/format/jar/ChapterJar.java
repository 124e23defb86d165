package org.proximite.chapter.format.jar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;

/**
 * What the host learns from a chapter jar before PF4J or any of its code touches it: its
 * fingerprint and the plugin attributes of its manifest. A jar whose id is not a slug or whose
 * version is not a semantic version never becomes one: both end up in file names.
 *
 * @param pluginClass null for a content-only chapter
 */
public record ChapterJar(Path path, String sha256, String pluginId, String version, String requires, String pluginClass, String dependencies,
        boolean carriesClasses) {

    /**
     * Reads the jar's manifest and hashes the file.
     *
     * @throws IOException when the file cannot be read as a jar
     * @throws ChapterRefusedException when its manifest is missing, or its id or version unusable
     */
    public static ChapterJar inspect(Path path) throws IOException, ChapterRefusedException {
        String sha256 = sha256(path);
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new ChapterRefusedException("jar.manifest.missing");
            }
            ChapterManifest attributes = ChapterManifest.of(manifest.getMainAttributes());
            List<Reason> problems = attributes.identityProblems();
            if (!problems.isEmpty()) {
                throw new ChapterRefusedException(problems);
            }
            // Code is code whether or not a Plugin-Class names it: classes or an extension index count.
            boolean carriesClasses = jar.stream().anyMatch(entry -> entry.getName().endsWith(".class")
                    || entry.getName().equals("META-INF/extensions.idx") || entry.getName().startsWith("META-INF/services/"));
            return new ChapterJar(path, sha256, attributes.pluginId(), attributes.version(), attributes.requires(),
                    attributes.pluginClass(), attributes.dependencies(), carriesClasses);
        }
    }

    public ChapterManifest manifest() {
        return new ChapterManifest(pluginId, version, requires, dependencies, pluginClass);
    }

    public boolean hasCode() {
        return carriesClasses || pluginClass != null && !pluginClass.isBlank() && !"org.pf4j.Plugin".equals(pluginClass.strip());
    }

    /** {@code Plugin-Dependencies: guinea@>=1.0.0 & <2.0.0, other}: chapter id to accepted versions ({@code *} for any). */
    public Map<String, String> dependencyRanges() {
        return ChapterManifest.parseDependencies(dependencies);
    }

    public static Map<String, String> parseDependencies(String declared) {
        return ChapterManifest.parseDependencies(declared);
    }

    /** The name the host keeps the jar under: built from its checked id and version only. */
    public String installedFileName() {
        return pluginId + "-" + version + ".jar";
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
