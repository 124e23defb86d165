package org.proximite.chapter.format.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.TestChapter;

/** A jar's id and version become file names and order upgrades: only a slug and a semantic version pass. */
class ChapterJarTest {

    @TempDir
    Path dir;

    private Path jarWith(String attribute, String value) throws IOException {
        Map<String, String> manifest = new HashMap<>();
        manifest.put(attribute, value);
        return TestChapter.jar(dir.resolve("chapter-" + System.nanoTime() + ".jar"), manifest, Map.of("chapter/chapter.yaml", "id: sample\n".getBytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"banana", "1.0", "1.0.0/../../../plugins/evil", "..", "../1.0.0", "1.0.0\\..\\x", "01.0.0", "1.0.0+build.5",
        "1.0.0-", "1.0.0-rc..1", "1 .0.0", "v1.0.0"})
    void aVersionThatIsNotSemanticIsRefused(String version) throws IOException {
        Path jar = jarWith("Plugin-Version", version);

        assertThatThrownBy(() -> ChapterJar.inspect(jar))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("manifest.version.malformed");
                    assertThat(e.getMessage()).contains("is not a semantic version MAJOR.MINOR.PATCH");
                });
    }

    @Test
    void aThousandCharacterVersionIsRefusedWithoutFloodingTheMessage() throws IOException {
        Path jar = jarWith("Plugin-Version", "1.0.0-" + "a".repeat(994));

        assertThatThrownBy(() -> ChapterJar.inspect(jar))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("manifest.version.malformed");
                    assertThat(e.getMessage()).hasSizeLessThan(300);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "Guinea", "a/b", "guinea bissau", "x"})
    void anIdThatIsNotASlugIsRefused(String id) throws IOException {
        Path jar = jarWith("Plugin-Id", id);

        assertThatThrownBy(() -> ChapterJar.inspect(jar))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo("manifest.id.malformed"));
    }

    @Test
    void aPreReleaseVersionPassesAndNamesTheInstalledFile() throws Exception {
        ChapterJar jar = ChapterJar.inspect(jarWith("Plugin-Version", "1.1.0-rc.1"));

        assertThat(jar.version()).isEqualTo("1.1.0-rc.1");
        assertThat(jar.installedFileName()).isEqualTo("sample-1.1.0-rc.1.jar");
    }

    @Test
    void aJarWithoutManifestIsRefused() throws IOException {
        Path jar = dir.resolve("bare.jar");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("chapter/chapter.yaml"));
            out.write("id: sample\n".getBytes());
            out.closeEntry();
        }

        assertThatThrownBy(() -> ChapterJar.inspect(jar))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo("jar.manifest.missing"));
    }
}
