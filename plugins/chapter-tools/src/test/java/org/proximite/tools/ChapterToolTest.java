package org.proximite.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChapterToolTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private int run(Locale locale, String... args) {
        return ChapterTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), locale);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A new chapter from the template, with its country placeholder filled in so that it passes. */
    private Path newChapter(String id) throws IOException {
        Path chapter = dir.resolve(id);
        assertThat(run("new", id, chapter.toString())).isZero();
        Path descriptor = chapter.resolve("src/main/resources/chapter/chapter.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("country: XX", "country: SN"));
        out.reset();
        return chapter;
    }

    @Test
    void aNewChapterFromTheTemplatePassesTheChecksExceptItsCountryPlaceholder() {
        Path chapter = dir.resolve("senegal");

        assertThat(run("new", "senegal", chapter.toString())).isZero();
        assertThat(chapter.resolve("src/main/resources/chapter/chapter.yaml")).content().contains("id: senegal");

        int status = run("validate", chapter.toString());

        assertThat(output())
                .contains("chapter/chapter.yaml [country]: 'XX' is not an ISO 3166-1 alpha-2 country code such as GN")
                .contains("1 problem(s) found");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aFixedChapterPasses() throws Exception {
        Path chapter = newChapter("senegal");

        assertThat(run("validate", chapter.toString())).isZero();
        assertThat(output()).contains("No problem found").doesNotContain("Note:");
    }

    @Test
    void refusesAMalformedIdAndNeverOverwrites() {
        assertThat(run("new", "Sénégal!")).isEqualTo(2);
        Path chapter = dir.resolve("x");
        assertThat(run("new", "senegal", chapter.toString())).isZero();
        assertThat(run("new", "senegal", chapter.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not be written");
    }

    @Test
    void validatingAFolderChecksTheManifestItsPomWrites() throws Exception {
        Path chapter = newChapter("senegal");
        Path pom = chapter.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<plugin.requires>&gt;=0.1.0 &amp; &lt;1.0.0</plugin.requires>",
                "<plugin.requires>&gt;=0.1.0</plugin.requires>").replace("<version>1.0.0</version>", "<version>1.0</version>"));

        assertThat(run("validate", chapter.toString())).isEqualTo(1);
        assertThat(output())
                .contains("- Plugin-Version '1.0' is not a semantic version MAJOR.MINOR.PATCH")
                .contains("- Plugin-Requires '>=0.1.0' has no upper bound")
                .contains("2 problem(s) found");
    }

    @Test
    void saysPlainlyWhenItCouldNotCheckTheManifest() throws Exception {
        Path chapter = newChapter("senegal");
        Files.delete(chapter.resolve("pom.xml"));

        assertThat(run("validate", chapter.toString())).isZero();
        assertThat(output()).contains("Note: The manifest was not checked: there is no pom.xml in this folder.");
    }

    @Test
    void aSlugTheChapterItDependsOnAlreadyUsesIsRefusedNamingThatChapter() throws Exception {
        Path guinea = jar(newChapter("guinea"), "guinea", "1.0.0");
        Path chapter = newChapter("senegal");
        Path pom = chapter.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<!-- To adapt the Guinea chapter's practices, add:\n              ", "")
                .replace("&lt;2.0.0</Plugin-Dependencies> -->", "&lt;2.0.0</Plugin-Dependencies>"));

        assertThat(run("validate", chapter.toString(), "--depends-on", guinea.toString())).isEqualTo(1);
        assertThat(output()).contains("- chapter/practices/example-practice.yaml [slug]: 'example-practice' is already used by the chapter 'guinea'");
    }

    @Test
    void aMistypedDependencyGetsTheIdItWasMeantFor() throws Exception {
        Path guinea = jar(newChapter("guinea"), "guinea", "1.0.0");
        Path chapter = newChapter("senegal");
        Path pom = chapter.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<!-- To adapt the Guinea chapter's practices, add:\n              <Plugin-Dependencies>guinea@",
                "<Plugin-Dependencies>guniea@").replace("&lt;2.0.0</Plugin-Dependencies> -->", "&lt;2.0.0</Plugin-Dependencies>"));

        run("validate", chapter.toString(), "--depends-on", guinea.toString());

        assertThat(output()).contains("- it needs the chapter 'guniea' (>=1.0.0 & <2.0.0), which was not given; did you mean 'guinea'?");
    }

    @Test
    void speaksTheAuthorsLanguage() {
        Path chapter = dir.resolve("senegal");
        run("new", "senegal", chapter.toString());
        out.reset();

        run(Locale.FRENCH, "validate", chapter.toString());

        assertThat(output()).contains("- chapter/chapter.yaml [country] : « XX » n'est pas un code de pays ISO 3166-1 alpha-2 comme GN");
    }

    /** The template's build must run offline where Proximité was built: every plugin pinned at the versions Proximité uses. */
    @Test
    void theTemplatePinsEveryPluginOfItsBuildAtTheVersionsProximiteBuildsWith() throws Exception {
        Path chapter = newChapter("senegal");
        Map<String, String> pinned = new HashMap<>();
        NodeList plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(chapter.resolve("pom.xml").toFile())
                .getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList version = plugin.getElementsByTagName("version");
            if (version.getLength() > 0) {
                pinned.put(plugin.getElementsByTagName("artifactId").item(0).getTextContent(), version.item(0).getTextContent());
            }
        }

        for (String plugin : List.of("maven-clean-plugin", "maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin",
                "maven-jar-plugin", "maven-install-plugin", "maven-deploy-plugin")) {
            String built = System.getProperty(plugin + ".version");
            assertThat(built).as("the version this build uses for " + plugin).isNotBlank();
            assertThat(pinned).as("the template's pom").containsEntry(plugin, built);
        }
    }

    /** The chapter's resources built into a jar, as its pom would. */
    private Path jar(Path chapter, String id, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", id);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Requires", ">=0.1.0 & <1.0.0");
        Path resources = chapter.resolve("src/main/resources");
        Path jar = dir.resolve(id + "-" + version + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(file, manifest);
                Stream<Path> files = Files.walk(resources)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(resources.relativize(path).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(path));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
