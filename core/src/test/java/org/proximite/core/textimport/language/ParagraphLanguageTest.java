package org.proximite.core.textimport.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParagraphLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | Le projet a le plaisir d’annoncer le lancement de son Guide des Bonnes Pratiques.",
        "fr | A propos du projet",
        "fr | Ces journées ont été agrémentées par des pièces de théâtre et un match de football.",
        "en | The project’s goal was to institute community policing in Guinea.",
        "en | About the Project",
        "en | More than 400 people attended, including representatives of the government.",
        "pt | O projeto tem o prazer de anunciar o lançamento do seu Guia de Boas Práticas.",
        "pt | A polícia e a população trabalham juntas para a segurança do bairro.",
        "pt | Sobre o projeto"
    })
    void tellsTheLanguageOfAParagraph(String language, String paragraph) {
        assertThat(ParagraphLanguage.of(paragraph)).contains(language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Guinée",
        "PartnersGlobal, COGINTA",
        "2015–2020",
        "Cliquez pour accéder au Guide en anglais/Click to access the Guide in English."
    })
    void givesNoLanguageToTooShortOrMixedParagraphs(String paragraph) {
        assertThat(ParagraphLanguage.of(paragraph)).isEmpty();
    }
}
