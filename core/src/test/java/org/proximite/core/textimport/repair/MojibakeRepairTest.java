package org.proximite.core.textimport.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proximite.core.textimport.language.ParagraphLanguage;

/** Garbled text is repaired, whatever code page garbled it; clean text is never touched. */
class MojibakeRepairTest {

    private static RepairedText repair(String text) {
        return MojibakeRepair.repair(text, read -> ParagraphLanguage.of(read).orElse(null));
    }

    /**
     * What a program that reads UTF-8 with this code page shows; a byte the code page leaves
     * undefined shows as the control character of the same number, as browsers do.
     */
    private static String garble(String clean, String codePage) {
        Charset charset = Charset.forName(codePage);
        StringBuilder shown = new StringBuilder();
        for (byte b : clean.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, charset);
            shown.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return shown.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "windows-1252 | Le projet « Partenaires pour la sécurité en Guinée » a réformé l’État — et l’École.",
        "windows-1250 | Ces trois journées ont été l’occasion de rencontres à Conakry.",
        "ISO-8859-1   | Déjà l’été, où êtes-vous ? À bientôt, ÇA VA, Élise.",
        "ISO-8859-2   | Les élèves ont créé une pièce de théâtre.",
        "ISO-8859-16  | Au cours des cinq dernières années, la mise en œuvre a réussi.",
        "windows-1252 | The project’s participants said “thank you” – and left…",
        "windows-1252 | A informação e a participação: São Tomé, ação, irmã, Água, Órgão, Ética.",
        "windows-1252 | Javier Carrasco Solís, señor Muñoz, año 2020."
    })
    void repairsTextGarbledByEachCodePageWhenEveryByteSurvived(String codePage, String clean) {
        String garbled = garble(clean, codePage);
        assertThat(garbled).isNotEqualTo(clean);

        RepairedText repaired = repair(garbled);

        assertThat(repaired.text()).isEqualTo(clean);
        assertThat(repaired.suspect()).isFalse();
    }

    @Test
    void repairsTextGarbledTwice() {
        String twice = garble(garble("Ces journées ont été réussies, l’État était là.", "windows-1252"), "windows-1252");

        assertThat(repair(twice).text()).isEqualTo("Ces journées ont été réussies, l’État était là.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // ’ is E2 80 99: the two last bytes lost
        "ont été lâoccasion de rencontres, dâun climat de confiance | ont été l’occasion de rencontres, d’un climat de confiance",
        "the projectâs participants and the projectâs goal was reached | the project’s participants and the project’s goal was reached",
        // œ is C5 93, í is C3 AD: the second byte lost
        "la mise en Ćuvre du projet avec les partenaires | la mise en œuvre du projet avec les partenaires",
        "le cĹur du projet et la mise en Ĺuvre des actions | le cœur du projet et la mise en œuvre des actions",
        "a presentation by Javier Carrasco SolĂs of the institute | a presentation by Javier Carrasco Solís of the institute",
        // É is C3 89 and à is C3 A0: 0x89 dropped by Windows-1252, the no-break space became a space
        "Ã\u0089tat de droit : le rÃ´le de la police Ã  la frontiÃ¨re | État de droit : le rôle de la police à la frontière",
        "Ãtat de droit et sécurité : le rôle de la police pour les citoyens | État de droit et sécurité : le rôle de la police pour les citoyens",
        // ” is E2 80 9D, and 0x9D is undefined in Windows-1252
        "He said â€œthank youâ€ to all the participants of the fair | He said “thank you” to all the participants of the fair"
    })
    void repairsSequencesWhoseBytesWereLostAndSaysItGuessed(String garbled, String clean) {
        RepairedText repaired = repair(garbled);

        assertThat(repaired.text()).isEqualTo(clean);
        assertThat(repaired.repairs()).anyMatch(Repair::guessed);
    }

    @Test
    void leavesACleanCorpusOfFrenchPortugueseAndEnglishExactlyAsItIs() throws IOException {
        String corpus;
        try (InputStream in = getClass().getResourceAsStream("/org/proximite/core/textimport/clean-corpus.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(corpus.lines().count()).isGreaterThan(20);
        corpus.lines().forEach(line -> {
            RepairedText repaired = repair(line);
            assertThat(repaired.text()).as("clean line").isEqualTo(line);
            assertThat(repaired.repairs()).as("repairs of %s", line).isEmpty();
        });
    }

    @Test
    void saysWhereEachRepairStandsInTheOriginal() {
        RepairedText repaired = repair("Les journĂ©es de lâĂ©vĂ©nement ont été réussies pour tous les participants.");

        assertThat(repaired.text()).isEqualTo("Les journées de l’événement ont été réussies pour tous les participants.");
        assertThat(repaired.repairs()).containsExactly(
                new Repair(9, "Ă©", "é", false),
                new Repair(18, "â", "’", true),
                new Repair(19, "Ă©", "é", false),
                new Repair(22, "Ă©", "é", false));
    }

    @Test
    void flagsWhatItCannotRepair() {
        assertThat(repair("LA GUINĂE ET LE MALI").suspect()).isTrue();
        assertThat(repair("LA GUINĂE ET LE MALI").text()).isEqualTo("LA GUINĂE ET LE MALI");
        assertThat(repair("Un texte lisible, avec \uFFFD au milieu.").suspect()).isTrue();
    }
}
