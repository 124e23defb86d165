package org.proximite.core.textimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.core.textimport.reading.ImportFormat;

/**
 * The text the project started from, copied from the web and partly garbled (UTF-8 read as
 * Latin-10, some bytes lost), comes out of the import as its clean version, paragraph by
 * paragraph, and with no mark of a wrong decoding left.
 */
class SeedRepairTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedRepairTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyGarbledParagraphOfTheSeedComesOutExactlyAsTheCleanText() throws IOException {
        List<String> garbled = resource("seed-garbled.txt").lines().toList();
        List<String> clean = resource("seed-repaired.txt").lines().toList();
        assertThat(garbled).hasSameSizeAs(clean);

        for (int i = 0; i < garbled.size(); i++) {
            assertThat(PreviewReader.paragraph(garbled.get(i)).text()).as("line %d", i + 1).isEqualTo(clean.get(i));
        }
    }

    @Test
    void theWholeSeedImportedAsTextHasNoMarkOfAWrongDecodingLeft() throws IOException {
        ImportPreview preview = PreviewReader.read(resource("seed-garbled.txt"), ImportFormat.TEXT);

        assertThat(preview.paragraphs()).hasSize(12);
        assertThat(preview.paragraphs()).allSatisfy(paragraph -> {
            assertThat(MojibakeMarks.first(paragraph.text())).as(paragraph.text()).isNull();
            assertThat(paragraph.suspect()).isFalse();
        });
        assertThat(String.join("\n", preview.paragraphs().stream().map(ImportedParagraph::text).toList()))
                .contains("journées", "l’occasion", "l’événement", "pièces", "succès", "œuvre", "Solís", "project’s", "d’autres")
                .doesNotContain("Ă", "Ć", "â");
        assertThat(preview.repairs()).isGreaterThan(50);
        assertThat(preview.guessedRepairs()).isEqualTo(12);
    }

    @Test
    void theMarksCheckFindsEveryKindOfGarblingInTheSeed() throws IOException {
        assertThat(resource("seed-garbled.txt").lines().filter(MojibakeMarks::in).count()).isEqualTo(6);
        assertThat(MojibakeMarks.in("la mise en Ćuvre")).isTrue();
        assertThat(MojibakeMarks.in("Carrasco SolĂs")).isTrue();
        assertThat(MojibakeMarks.in("the projectâs goal")).isTrue();
    }

    @Test
    void theCleanLinesOfTheSeedAreLeftAlone() throws IOException {
        resource("seed-garbled.txt").lines().filter(line -> !MojibakeMarks.in(line)).forEach(line -> {
            ImportedParagraph paragraph = PreviewReader.paragraph(line);
            assertThat(paragraph.text()).isEqualTo(line);
            assertThat(paragraph.repairs()).isEmpty();
        });
    }
}
