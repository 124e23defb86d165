package org.proximite.chapter.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A small chapter that passes every check, written as an author's folder (a {@code pom.xml} and
 * {@code src/main/resources/chapter/}), that tests change one file at a time and build into real
 * jars.
 */
public final class TestChapter {

    public static final String REQUIRES = ">=0.1.0 & <1.0.0";

    private static final Map<String, String> FILES = Map.of(
            "chapter/chapter.yaml", """
                    id: sample
                    country: SN
                    defaultLanguage: fr
                    languages: [fr, en]
                    name: {fr: Chapitre d'exemple, en: Sample chapter}
                    """,
            "chapter/themes.yaml", """
                    themes:
                      - slug: dialogue-and-trust
                        label: {fr: Dialogue et confiance, en: Dialogue and trust}
                    """,
            "chapter/organisations.yaml", """
                    organisations:
                      - slug: partnersglobal
                        name: PartnersGlobal
                        kind: international-ngo
                    """,
            "chapter/practices/local-security-council.yaml", """
                    themes: [dialogue-and-trust]
                    evidenceLevel: practice-based
                    fr:
                      title: "Conseil local de sécurité"
                      summary: "Un conseil où la police et les habitants parlent ensemble."
                      implementation: |
                        1. Réunir.
                        2.\tÉcouter.
                    en:
                      title: "Local security council"
                      summary: "A council where the police and residents talk."
                    """,
            "chapter/practices/local-security-council.fr.md", "## Pourquoi\n\nParce que.\n",
            "chapter/initiatives/share-fair.yaml", """
                    kind: event
                    year: 2019
                    organisations: [partnersglobal]
                    practices: [local-security-council]
                    fr: {title: "Foire d'échanges", summary: "Deux jours d'échanges."}
                    en: {title: "Share fair", summary: "Two days of exchanges."}
                    """);

    private final Path folder;

    private TestChapter(Path folder) {
        this.folder = folder;
    }

    /** Writes the chapter into the folder, with a pom.xml as {@code bin/chapter new} writes one. */
    public static TestChapter in(Path folder) throws IOException {
        TestChapter chapter = new TestChapter(folder);
        FILES.forEach((name, text) -> chapter.write(name, text));
        chapter.pom(REQUIRES, null);
        return chapter;
    }

    /** The folder holding {@code pom.xml}. */
    public Path folder() {
        return folder;
    }

    /** The folder holding {@code chapter/}. */
    public Path content() {
        return folder.resolve("src/main/resources");
    }

    public TestChapter write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestChapter write(String name, byte[] bytes) {
        try {
            Path file = content().resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public TestChapter delete(String name) throws IOException {
        Files.delete(content().resolve(name));
        return this;
    }

    /** A pom.xml written as the template writes one, with these values; null leaves an entry out. */
    public TestChapter pom(String requires, String dependencies) {
        String entries = "              <Plugin-Id>${plugin.id}</Plugin-Id>\n"
                + "              <Plugin-Version>${plugin.version}</Plugin-Version>\n"
                + (requires == null ? "" : "              <Plugin-Requires>${plugin.requires}</Plugin-Requires>\n")
                + (dependencies == null ? "" : "              <Plugin-Dependencies>" + xml(dependencies) + "</Plugin-Dependencies>\n");
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.proximite.chapters</groupId>
                  <artifactId>sample</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <plugin.id>sample</plugin.id>
                    <plugin.version>${project.version}</plugin.version>
                    <plugin.requires>%s</plugin.requires>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-jar-plugin</artifactId>
                        <configuration>
                          <archive>
                            <manifestEntries>
                %s            </manifestEntries>
                          </archive>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(xml(requires == null ? "" : requires), entries);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("pom.xml"), pom);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The chapter built into a jar, with the default manifest changed as given (a null value removes an attribute). */
    public Path jar(Path target, Map<String, String> manifest) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(content())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(content().relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return jar(target, manifest, entries);
    }

    /** A jar with the default chapter manifest changed as given, and exactly these entries. */
    public static Path jar(Path target, Map<String, String> manifest, Map<String, byte[]> entries) throws IOException {
        Manifest written = new Manifest();
        Attributes attributes = written.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Map<String, String> values = new LinkedHashMap<>(Map.of("Plugin-Id", "sample", "Plugin-Version", "1.0.0", "Plugin-Requires", REQUIRES));
        values.putAll(manifest);
        values.forEach((name, value) -> {
            if (value != null) {
                attributes.putValue(name, value);
            }
        });
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, written)) {
            for (var entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return target;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
