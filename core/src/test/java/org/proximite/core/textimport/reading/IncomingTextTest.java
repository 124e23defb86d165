package org.proximite.core.textimport.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What is given to the import is text in an encoding it reads, or a refusal with a code. */
class IncomingTextTest {

    private static void refused(byte[] bytes, String code) {
        assertThatThrownBy(() -> IncomingText.decode(bytes))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void readsUtf8WithOrWithoutAByteOrderMarkAndUtf16WithOne() {
        byte[] utf8 = "Sécurité à Conakry".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);

        assertThat(IncomingText.decode(utf8)).isEqualTo("Sécurité à Conakry");
        assertThat(IncomingText.decode(withMark)).isEqualTo("Sécurité à Conakry");
        assertThat(IncomingText.decode("Sécurité à Conakry".getBytes(StandardCharsets.UTF_16))).isEqualTo("Sécurité à Conakry");
    }

    @Test
    void readsATextFileSavedAsWindows1252() {
        byte[] legacy = "Les journées de l’événement".getBytes(Charset.forName("windows-1252"));

        assertThat(IncomingText.decode(legacy)).isEqualTo("Les journées de l’événement");
    }

    @Test
    void refusesBinaryFiles() {
        refused("text\u0000with a NUL".getBytes(StandardCharsets.UTF_8), ImportRefusedException.BINARY);
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, ImportRefusedException.BINARY);
        refused("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII), ImportRefusedException.BINARY);
        byte[] controls = new byte[400];
        Arrays.fill(controls, (byte) 0x01);
        refused(controls, ImportRefusedException.BINARY);
    }

    @Test
    void refusesWhatIsTooLargeWithItsSizeAndTheLimit() {
        byte[] huge = new byte[IncomingText.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');

        assertThatThrownBy(() -> IncomingText.decode(huge))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ImportRefusedException.TOO_LARGE);
                    assertThat(e.arguments()).containsExactly(2.0, 2.0);
                });
    }

    @Test
    void refusesBytesThatAreNoTextInAnyEncodingItReads() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80);
        }

        refused(noise, ImportRefusedException.UNDECODABLE);
        refused(new byte[] {'a', 'b', (byte) 0xC3, (byte) 0x28, (byte) 0x81}, ImportRefusedException.UNDECODABLE);
    }

    @Test
    void refusesNothingOrOnlySpaces() {
        refused(new byte[0], ImportRefusedException.EMPTY);
        refused(" \n\t\n".getBytes(StandardCharsets.UTF_8), ImportRefusedException.EMPTY);
    }
}
