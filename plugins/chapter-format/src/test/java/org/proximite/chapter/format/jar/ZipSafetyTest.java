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
import org.proximite.chapter.format.ChapterRefusedException;
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

        boolean absolute = name.startsWith("C:") || name.startsWith("/") || name.contains("\\");
        assertThatThrownBy(() -> ZipSafety.check(jar, Files.size(jar)))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(absolute ? "zip.entry.name.malformed" : "zip.entry.name.outside"))
                .hasMessageContaining(absolute ? "absolute or malformed" : "zip slip");
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
    void refusesAStoredEntryWhoseDataDoesNotMatchItsChecksum() throws IOException {
        byte[] data = "id: sample\nlanguages: [fr]\n".getBytes();
        Path jar = dir.resolve("stored.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("chapter/chapter.yaml");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        assertThatCode(() -> ZipSafety.check(jar, Files.size(jar))).doesNotThrowAnyException();
        // Change one byte of the stored data after the fact, as a forger would: "fr" becomes "fx".
        byte[] bytes = Files.readAllBytes(jar);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("[fr]") + 2;
        bytes[at] = 'x';
        Files.write(jar, bytes);

        assertThatThrownBy(() -> ZipSafety.check(jar, Files.size(jar)))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo("zip.entry.crc"))
                .hasMessageContaining("does not match its checksum");
    }

    @Test
    void refusesSomethingThatIsNotAZip() throws IOException {
        Path file = dir.resolve("not.jar");
        Files.writeString(file, "hello");

        assertThatThrownBy(() -> ZipSafety.check(file, 5)).hasMessageContaining("not a readable jar")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()));
    }
}
