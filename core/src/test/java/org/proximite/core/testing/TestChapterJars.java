package org.proximite.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.io.ByteArrayOutputStream;

/** Real chapter jars for tests: the Guinea chapter as built, and variants of it. */
public final class TestChapterJars {

    private TestChapterJars() {}

    /** The Guinea chapter jar built by this build. */
    public static Path guinea() {
        return built("guinea.jar");
    }

    /** The Guinea-Bissau example chapter, which depends on Guinea. */
    public static Path guineaBissau() {
        return built("guinea-bissau.jar");
    }

    private static Path built(String name) {
        String folder = System.getProperty("proximite.test.chapters", "target/test-chapters");
        Path jar = Path.of(folder, name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The chapter jar is missing at " + jar.toAbsolutePath() + ": run the Maven build");
        }
        return jar;
    }

    /**
     * A copy of a chapter jar with manifest attributes and files changed.
     *
     * @param manifest changes to the main manifest attributes (a null value removes the attribute)
     * @param files changes to files by path (a null value removes the file)
     */
    public static Path variant(Path source, Path target, Map<String, String> manifest, Map<String, String> files) throws IOException {
        return variant(source, target, manifest, files, UnaryOperator.identity());
    }

    /** Like the other variant, with a function that may rewrite every text file (path-independent). */
    public static Path variant(Path source, Path target, Map<String, String> manifest, Map<String, String> files,
            UnaryOperator<String> rewriteText) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Manifest newManifest;
        try (JarFile jar = new JarFile(source.toFile())) {
            newManifest = new Manifest(jar.getManifest());
            for (var entries1 = jar.entries(); entries1.hasMoreElements(); ) {
                JarEntry entry = entries1.nextElement();
                if (entry.isDirectory() || entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().endsWith(".yaml") || entry.getName().endsWith(".md")) {
                        bytes = rewriteText.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    entries.put(entry.getName(), bytes);
                }
            }
        }
        Attributes attributes = newManifest.getMainAttributes();
        manifest.forEach((name, value) -> {
            if (value == null) {
                attributes.remove(new Attributes.Name(name));
            } else {
                attributes.putValue(name, value);
            }
        });
        files.forEach((name, content) -> {
            if (content == null) {
                entries.remove(name);
            } else {
                entries.put(name, content.getBytes(StandardCharsets.UTF_8));
            }
        });
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target);
                JarOutputStream jar = new JarOutputStream(out, newManifest)) {
            for (var entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return target;
    }

    /** The text of one file inside a jar. */
    public static String read(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry(name);
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A generated content chapter, id {@code bench}, of {@code practices} practices in French and English with Markdown bodies. */
    public static byte[] generated(int PRACTICES, String version, String titleSuffix) throws Exception {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", "bench");
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Requires", ">=0.1.0 & <1.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            put(jar, "chapter/chapter.yaml", """
                    id: bench
                    country: SN
                    defaultLanguage: fr
                    languages: [fr, en]
                    name: {fr: Chapitre de mesure, en: Benchmark chapter}
                    """);
            put(jar, "chapter/themes.yaml", """
                    themes:
                      - slug: bench-theme
                        label: {fr: Thème de mesure, en: Benchmark theme}
                    """);
            for (int i = 0; i < PRACTICES; i++) {
                put(jar, "chapter/practices/practice-" + i + ".yaml", """
                        themes: [bench-theme]
                        evidenceLevel: practice-based
                        related: [practice-%d]
                        fr:
                          title: "Pratique numéro %d%s"
                          summary: "Une pratique générée pour mesurer l’import, avec des accents : é, è, ç."
                          effect: "Aucun effet mesuré : texte de mesure."
                          implementation: |
                            1. Réunir les acteurs.
                            2. Convenir d’un plan.
                        en:
                          title: "Practice number %d%s"
                          summary: "A practice generated to measure the import."
                          effect: "No measured effect: benchmark text."
                        """.formatted((i + 1) % PRACTICES, i, titleSuffix, i, titleSuffix));
                put(jar, "chapter/practices/practice-" + i + ".fr.md", "## Étapes\n\n- réunir\n- écouter\n- agir\n\n" + "Texte. ".repeat(40));
                put(jar, "chapter/practices/practice-" + i + ".en.md", "## Steps\n\n- gather\n- listen\n- act\n\n" + "Text. ".repeat(40));
            }
        }
        return bytes.toByteArray();
    }

    private static void put(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
