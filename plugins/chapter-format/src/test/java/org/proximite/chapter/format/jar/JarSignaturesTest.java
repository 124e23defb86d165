package org.proximite.chapter.format.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.testing.TestPublisher;
import org.proximite.chapter.format.TestChapter;

/** Standard JAR signatures on chapter jars, signed as publishers sign them with jarsigner. */
class JarSignaturesTest {

    @TempDir
    static Path dir;

    static TestPublisher trusted;
    static TestPublisher stranger;
    static Path unsigned;
    static Path signed;

    @BeforeAll
    static void signAChapter() throws Exception {
        trusted = TestPublisher.create(dir, "Trusted Publisher");
        stranger = TestPublisher.create(dir, "Unknown Publisher");
        unsigned = TestChapter.in(dir.resolve("sample")).jar(dir.resolve("sample.jar"), Map.of());
        signed = trusted.sign(unsigned, dir.resolve("sample-signed.jar"));
    }

    /** A copy of the jar, every entry as it is (signature files too), but for the changes given. */
    private static Path copy(Path jar, Path target, Map<String, String> changes) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(changes.containsKey(entry.getName()) ? changes.get(entry.getName()).getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            for (var added : changes.entrySet()) {
                if (in.getEntry(added.getKey()) == null) {
                    out.putNextEntry(new ZipEntry(added.getKey()));
                    out.write(added.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    @Test
    void aJarSignedByATrustedPublisherIsSigned() {
        assertThat(JarSignatures.verify(signed, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.SIGNED);
    }

    @Test
    void aJarSignedBySomeoneElseIsInvalid() throws Exception {
        Path other = stranger.sign(unsigned, dir.resolve("sample-stranger.jar"));

        assertThat(JarSignatures.verify(other, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.INVALID);
    }

    @Test
    void oneChangedByteAfterSigningIsSeen() throws Exception {
        String practice = "chapter/practices/local-security-council.yaml";
        String text;
        try (ZipFile jar = new ZipFile(signed.toFile())) {
            text = new String(jar.getInputStream(jar.getEntry(practice)).readAllBytes(), StandardCharsets.UTF_8);
        }
        Path tampered = copy(signed, dir.resolve("sample-tampered.jar"), Map.of(practice, text.replaceFirst("sécurité", "sécuritè")));

        assertThat(JarSignatures.verify(tampered, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.MODIFIED);
    }

    @Test
    void aFileAddedAfterSigningIsSeen() throws Exception {
        Path added = copy(signed, dir.resolve("sample-added.jar"), Map.of("chapter/practices/extra.yaml", "themes: [x]"));

        assertThat(JarSignatures.verify(added, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.MODIFIED);
    }

    @Test
    void anUnsignedJarIsUnsigned() {
        assertThat(JarSignatures.verify(unsigned, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.UNSIGNED);
    }
}
