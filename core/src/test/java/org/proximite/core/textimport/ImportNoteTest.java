package org.proximite.core.textimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proximite.core.content.RevisionNote;

/** Each text's note counts the paragraphs that went with its language, as the draft's texts placed them. */
class ImportNoteTest {

    private static ImportedParagraph paragraph(String text, String language) {
        return new ImportedParagraph(text, text, language, List.of(), false);
    }

    private static RevisionNote note(String... parameters) {
        return new RevisionNote(RevisionNote.IMPORTED, List.of(parameters));
    }

    @Test
    void aRefusedParagraphWithoutALanguageCountsWithTheOneBeforeItAndLeadsNoOther() {
        List<ImportedParagraph> paragraphs = List.of(
                paragraph("Une journée de football", "fr"),
                paragraph("Menu · Accueil · Contact", null).asRefused(),
                paragraph("A football day", "en"),
                paragraph("Cliquez ici", "fr").asRefused(),
                paragraph("2024", null));

        assertThat(DraftTexts.of(org.proximite.chapter.format.ItemKind.INITIATIVE, paragraphs, "fr")).containsOnlyKeys("fr", "en");
        assertThat(ImportNote.byLanguage(paragraphs, List.of("fr", "en"), "fr")).isEqualTo(java.util.Map.of(
                "fr", note("3", "0", "", "0", "", "2", "2, 4"),
                "en", note("2", "0", "", "0", "", "0", "")));
    }
}
