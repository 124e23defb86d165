package org.proximite.chapter.format.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Ces trois journĂ©es exceptionnelles",
        "la mise en Ćuvre du projet",
        "Javier Carrasco SolĂs",
        "ont Ă©tĂ© lâoccasion de rencontres",
        "qui ont contribuĂ© au succĂšs du projet",
        "the projectâ€™s participants",
        "rĂ©former le secteur"
    })
    void recognisesTextGarbledByAWrongEncoding(String garbled) {
        assertThat(Mojibake.isSuspect(garbled)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ces trois journées exceptionnelles ont été l’occasion de rencontres",
        "la mise en œuvre du projet « Partenaires pour la sécurité en Guinée »",
        "Javier Carrasco Solís, Instituto de Justicia Procesal Penal",
        "des pièces de théâtre, à l’âge de la tâche",
        "The project’s participants — more than 400 people",
        "Informação e participação: São Tomé, Ação"
    })
    void leavesCleanFrenchEnglishSpanishAndPortugueseAlone(String clean) {
        assertThat(Mojibake.isSuspect(clean)).isFalse();
    }

    @Test
    void repairsTextWhoseBytesAllSurvived() {
        assertThat(Mojibake.repair("rĂ©former le secteur de la sĂ©curitĂ©")).contains("réformer le secteur de la sécurité");
    }

    @Test
    void cannotRepairTextThatLostBytes() {
        assertThat(Mojibake.repair("ont Ă©tĂ© lâoccasion")).isEmpty();
    }

    @Test
    void cleanTextIsItsOwnRepair() {
        assertThat(Mojibake.repair("sécurité")).contains("sécurité");
    }
}
