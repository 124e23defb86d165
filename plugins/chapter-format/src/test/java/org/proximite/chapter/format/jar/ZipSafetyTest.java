package org.proximite.chapter.format.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipSafetyTest {

    @TempDir
    Path dir;

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve("test-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "chapter/../../evil.txt", "../plugins-evil/x.jar", "/etc/passwd", "C:/Windows/evil", "chapter\\..\\evil"})
    void refusesEntriesThatCouldLeaveTheFolder(String name) throws IOException {
        Path jar = zip(Map.of("chapter/chapter.yaml", "id: x".getBytes(), name, "boom".getBytes()));

        assertThatThrownBy(() -> ZipSafety.check(jar, Files.size(jar)))
                .isInstanceOf(UnsafeChapterException.class)
                .hasMessageContaining(name.startsWith("C:") || name.startsWith("/") || name.contains("\\") ? "absolute or malformed" : "zip slip");
    }

    @Test
    void refusesAnEntryThatInflatesPastItsLimit() throws IOException {
        Path jar = zip(Map.of("chapter/big.md", new byte[(int) ZipSafety.MAX_ENTRY_BYTES + 1]));

        assertThatThrownBy(() -> ZipSafety.check(jar, Files.size(jar))).hasMessageContaining("inflates to more than");
    }

    @Test
    void refusesAHighCompressionRatio() throws IOException {
        Path jar = zip(Map.of("chapter/zeros.md", new byte[5 * 1024 * 1024]));

        assertThat(Files.size(jar)).isLessThan(100_000);
        assertThatThrownBy(() -> ZipSafety.check(jar, Files.size(jar))).hasMessageContaining("zip bomb");
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        for (int i = 0; i <= ZipSafety.MAX_ENTRIES; i++) {
            entries.put("chapter/f" + i + ".md", new byte[] {'x'});
        }
        Path jar = zip(entries);

        assertThatThrownBy(() -> ZipSafety.check(jar, Files.size(jar))).hasMessageContaining("more than " + ZipSafety.MAX_ENTRIES + " entries");
    }

    @Test
    void acceptsAnOrdinaryChapter() throws IOException {
        Path jar = zip(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(), "chapter/chapter.yaml", "id: x\n".getBytes()));

        assertThatCode(() -> ZipSafety.check(jar, Files.size(jar))).doesNotThrowAnyException();
    }

    @Test
    void refusesSomethingThatIsNotAZip() throws IOException {
        Path file = dir.resolve("not.jar");
        Files.writeString(file, "hello");

        assertThatThrownBy(() -> ZipSafety.check(file, 5)).hasMessageContaining("not a readable jar");
    }
}
