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
}
