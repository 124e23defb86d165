package org.proximite.core.textimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A paragraph rewritten by the editor keeps its language and says it was edited by hand; the same text changes nothing. */
class ImportedParagraphTest {

    private final ImportedParagraph repaired = PreviewReader.paragraph("Ces trois journĂ©es exceptionnelles");

    @Test
    void aTextWrittenByHandReplacesTheRepairedOneAndIsMarked() {
        ImportedParagraph edited = repaired.withLanguage("fr").withTextByHand("  Ces trois journées, revues à la main \n");

        assertThat(edited.text()).isEqualTo("Ces trois journées, revues à la main");
        assertThat(edited.editedByHand()).isTrue();
        assertThat(edited.suspect()).isFalse();
        assertThat(edited.language()).isEqualTo("fr");
        assertThat(edited.withLanguage("en").editedByHand()).as("kept when the language changes after").isTrue();
        assertThat(edited.original()).isEqualTo(repaired.original());
    }

    @Test
    void theRepairedTextKeptAsItWasIsNotAnEdit() {
        assertThat(repaired.editedByHand()).isFalse();
        assertThat(repaired.withTextByHand(repaired.text() + "\n")).isSameAs(repaired);
    }
}
