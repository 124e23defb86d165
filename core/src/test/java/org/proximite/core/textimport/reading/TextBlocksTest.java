package org.proximite.core.textimport.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void aLineOfTextCopiedFromAPageIsAParagraphAndATitleLineToo() {
        String page = """
                The Partners for Security in Guinea project is pleased to announce the launch of its Guide to Best Practices, in other countries
                About the Project
                From 2015-2020, the U.S. Department of State has supported PartnersGlobal and consortium members COGINTA and CECIDE.
                Cliquez pour accéder au Guide en français/Click to access the Guide in French
                Le projet « Partenaires pour la Sécurité en Guinée » a le plaisir d’annoncer le lancement de son Guide des Bonnes Pratiques.
                """;

        assertThat(TextBlocks.of(page)).hasSize(5).element(1).isEqualTo("About the Project");
    }

    @Test
    void joinsLinesWrappedInsideASentenceAndKeepsMarkdownBlocks() {
        String text = """
                # Le forum de dialogue

                Les policiers et les habitants du quartier se
                retrouvent chaque mois pour parler des
                problèmes de sécurité.

                - un animateur
                - une salle
                  prêtée par la mairie
                1. préparer
                """;

        assertThat(TextBlocks.of(text)).containsExactly(
                "# Le forum de dialogue",
                "Les policiers et les habitants du quartier se retrouvent chaque mois pour parler des problèmes de sécurité.",
                "- un animateur\n- une salle\n  prêtée par la mairie\n1. préparer");
    }
}
