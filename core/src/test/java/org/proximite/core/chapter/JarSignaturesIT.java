package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.jar.JarSignatures;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestPublisher;

/** Standard JAR signatures on real chapter jars, signed as publishers sign them. */
class JarSignaturesIT {

    @TempDir
    static Path dir;

    static TestPublisher trusted;
    static TestPublisher stranger;
    static Path signed;

    @BeforeAll
    static void signTheGuineaChapter() throws Exception {
        trusted = TestPublisher.create(dir, "Trusted Publisher");
        stranger = TestPublisher.create(dir, "Unknown Publisher");
        signed = trusted.sign(TestChapterJars.guinea(), dir.resolve("guinea-signed.jar"));
    }

    @Test
    void aJarSignedByATrustedPublisherIsSigned() {
        assertThat(JarSignatures.verify(signed, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.SIGNED);
    }

    @Test
    void aJarSignedBySomeoneElseIsInvalid() throws Exception {
        Path other = stranger.sign(TestChapterJars.guinea(), dir.resolve("guinea-stranger.jar"));

        assertThat(JarSignatures.verify(other, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.INVALID);
    }

    @Test
    void oneChangedByteAfterSigningIsSeen() throws Exception {
        Path tampered = TestChapterJars.variant(signed, dir.resolve("guinea-tampered.jar"), Map.of(), Map.of(),
                text -> text.replaceFirst("sécurité", "sécuritè"));

        assertThat(JarSignatures.verify(tampered, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.MODIFIED);
    }

    @Test
    void aFileAddedAfterSigningIsSeen() throws Exception {
        Path added = TestChapterJars.variant(signed, dir.resolve("guinea-added.jar"), Map.of(),
                Map.of("chapter/practices/extra.yaml", "themes: [x]"));

        assertThat(JarSignatures.verify(added, List.of(trusted.certificate()))).isEqualTo(SignatureStatus.MODIFIED);
    }

    @Test
    void anUnsignedJarIsUnsigned() {
        assertThat(JarSignatures.verify(TestChapterJars.guinea(), List.of(trusted.certificate()))).isEqualTo(SignatureStatus.UNSIGNED);
    }
}
