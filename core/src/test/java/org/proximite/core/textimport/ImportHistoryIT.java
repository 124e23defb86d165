package org.proximite.core.textimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.core.textimport.TextImportFixtures.seed;
import static org.proximite.core.textimport.TextImportFixtures.textImport;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.RevisionNote;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.textimport.ParagraphDecision.Choice;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.ImportRefusedException;
import org.proximite.core.workflow.Revisions;

/**
 * The history of an imported draft says that it was imported and what the editor decided, paragraph
 * by paragraph: repaired by the import, written by hand, or refused and left out. The
 * next save of the text is an ordinary revision again.
 */
class ImportHistoryIT {

    /** The numbers (from 1) of the paragraphs the import repaired. */
    private static List<Integer> repairedNumbers(ImportPreview preview) {
        return IntStream.range(0, preview.paragraphs().size()).filter(i -> !preview.paragraphs().get(i).repairs().isEmpty())
                .mapToObj(i -> i + 1).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theImportedTextsFirstRevisionSaysHowManyParagraphsWereRepairedEditedByHandAndRefused(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, seed(), ImportFormat.TEXT);
        List<Integer> repaired = repairedNumbers(preview);
        int refused = 7;
        assertThat(repaired).as("the import repaired the paragraphs decided below").contains(1, refused);

        List<ImportedParagraph> decided = ParagraphDecisions.apply(preview, List.of(
                new ParagraphDecision(1, Choice.EDIT, "Foire de partage, <b>corrigée</b> à la main<script>alert(1)</script>", null),
                new ParagraphDecision(refused, Choice.REFUSE, null, null),
                new ParagraphDecision(10, Choice.ACCEPT, null, "en")));
        ImportedItem item = textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, "foire-revue", decided, "fr");

        var draft = core.practiceEditing().load(item.slug()).item();
        String french = String.join("\n", draft.text("fr").fields().values());
        assertThat(draft.text("fr").title()).isEqualTo("Foire de partage, corrigée à la main");
        assertThat(french + draft.text("en").fields().values()).as("no markup written by hand reaches the draft").doesNotContain("alert", "<b>", "script");
        assertThat(french).as("the refused paragraph stays out").doesNotContain("Partenaires pour la Sécurité en Guinée", "SĂ©curitĂ©")
                .contains("la mise en œuvre du projet");

        Revisions revisions = new Revisions(core.dsl(), core.writer());
        // The seed's paragraphs by language, as found (6 has none and goes with 5), paragraph 10 set to English by the editor.
        RevisionNote frenchNote = note(List.of(1, 7, 8, 9), repaired, List.of(1), List.of(refused));
        RevisionNote englishNote = note(List.of(2, 3, 4, 5, 6, 10, 11, 12), repaired, List.of(), List.of());
        assertThat(frenchNote.parameters()).as("the French text's note counts the French paragraphs only").startsWith("4", "1", "9");
        for (var expected : java.util.Map.of("fr", frenchNote, "en", englishNote).entrySet()) {
            List<Revisions.Revision> history = revisions.list(ItemKind.PRACTICE, item.slug(), expected.getKey());
            assertThat(history).hasSize(1);
            assertThat(history.getFirst().savedBy()).isEqualTo("coordinator");
            assertThat(history.getFirst().note()).as(expected.getKey()).isEqualTo(expected.getValue());
        }

        revisions.restore(ItemKind.PRACTICE, item.slug(), "fr", 1, 1, ContentFixtures.COORDINATOR);
        List<Revisions.Revision> history = revisions.list(ItemKind.PRACTICE, item.slug(), "fr");
        assertThat(history).extracting(Revisions.Revision::version).containsExactly(2, 1);
        assertThat(history.getFirst().note()).as("a later save is an ordinary revision").isNull();
        assertThat(history.get(1).note()).isEqualTo(frenchNote);
    }

    /**
     * The note expected for the paragraphs of one language: how many, those of them the import
     * repaired and the editor neither rewrote nor refused, those rewritten, those refused; numbers
     * as in the preview.
     */
    private static RevisionNote note(List<Integer> ofTheLanguage, List<Integer> repaired, List<Integer> edited, List<Integer> refused) {
        List<Integer> automatic = repaired.stream().filter(ofTheLanguage::contains).filter(number -> !edited.contains(number) && !refused.contains(number))
                .toList();
        return new RevisionNote("revision.note.imported", List.of(String.valueOf(ofTheLanguage.size()), String.valueOf(automatic.size()), joined(automatic),
                String.valueOf(edited.size()), joined(edited), String.valueOf(refused.size()), joined(refused)));
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachLanguagesNoteCountsItsOwnParagraphsAndARefusedOneWhereItWasFoundOrSet(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, seed(), ImportFormat.TEXT);
        List<Integer> repaired = repairedNumbers(preview);
        assertThat(preview.paragraphs()).extracting(ImportedParagraph::language).as("the seed's languages, as found")
                .containsExactly("fr", "en", "en", "en", "en", null, "fr", "fr", "fr", null, "en", "en");

        // 6 (no language found) refused as French, 11 (found English) refused as it is.
        List<ImportedParagraph> decided = ParagraphDecisions.apply(preview, List.of(
                new ParagraphDecision(1, Choice.EDIT, "# Foire de partage, revue à la main", null),
                new ParagraphDecision(6, Choice.REFUSE, null, "fr"),
                new ParagraphDecision(10, Choice.ACCEPT, null, "en"),
                new ParagraphDecision(11, Choice.REFUSE, null, null)));
        ImportedItem item = textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, "foire-par-langue", decided, "fr");

        Revisions revisions = new Revisions(core.dsl(), core.writer());
        RevisionNote french = revisions.list(ItemKind.PRACTICE, item.slug(), "fr").getFirst().note();
        RevisionNote english = revisions.list(ItemKind.PRACTICE, item.slug(), "en").getFirst().note();
        assertThat(french).isEqualTo(note(List.of(1, 6, 7, 8, 9), repaired, List.of(1), List.of(6)));
        assertThat(english).isEqualTo(note(List.of(2, 3, 4, 5, 10, 11, 12), repaired, List.of(), List.of(11)));
        assertThat(french.arguments()).startsWith(5L);
        assertThat(english.arguments()).startsWith(7L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedParagraphOfALanguageLeftWithoutATextIsCountedInTheDefaultLanguagesNote(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, """
                Une journée de football entre les policiers et les jeunes du quartier, organisée par le comité local.

                The police and the young people of the neighbourhood played football together for the whole afternoon.

                Os polícias e os jovens do bairro jogaram futebol juntos durante toda a tarde de sábado.""", ImportFormat.TEXT);
        assertThat(preview.paragraphs()).extracting(ImportedParagraph::language).containsExactly("fr", "en", "pt");

        ImportedItem item = textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.INITIATIVE, "", ParagraphDecisions.apply(preview,
                List.of(new ParagraphDecision(3, Choice.REFUSE, null, null))), "fr");

        assertThat(item.languages()).containsExactly("fr", "en");
        Revisions revisions = new Revisions(core.dsl(), core.writer());
        assertThat(revisions.list(ItemKind.INITIATIVE, item.slug(), "fr").getFirst().note())
                .as("the Portuguese paragraph has no text of its own: the refusal stays in the history, in the default language's note")
                .isEqualTo(new RevisionNote("revision.note.imported", List.of("2", "0", "", "0", "", "1", "3")));
        assertThat(revisions.list(ItemKind.INITIATIVE, item.slug(), "en").getFirst().note())
                .isEqualTo(new RevisionNote("revision.note.imported", List.of("1", "0", "", "0", "", "0", "")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInitiativeImportedWithoutDecisionsNotesItsRepairsOnly(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR,
                "Une journĂ©e de football\n\nLes policiers et les jeunes du quartier ont jouĂ© ensemble.", ImportFormat.TEXT);

        ImportedItem item = textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.INITIATIVE, "", ParagraphDecisions.apply(preview, List.of()),
                "fr");

        var note = new Revisions(core.dsl(), core.writer()).list(ItemKind.INITIATIVE, item.slug(), "fr").getFirst().note();
        assertThat(note).isEqualTo(new RevisionNote("revision.note.imported", List.of("2", "2", "1, 2", "0", "", "0", "")));
        assertThat(note.arguments()).containsExactly(2L, 2L, "1, 2", 0L, "", 0L, "");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusingEveryParagraphIsRefusedWithItsCodeAndSavesNothing(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, "Un titre\n\nUn paragraphe de texte à importer.", ImportFormat.TEXT);
        int before = ContentFixtures.items(core.dsl(), ItemKind.PRACTICE);

        List<ImportedParagraph> refused = ParagraphDecisions.apply(preview, List.of(new ParagraphDecision(1, Choice.REFUSE, null, null),
                new ParagraphDecision(2, Choice.REFUSE, null, null)));

        assertThatThrownBy(() -> textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, "", refused, "fr"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.code()).isEqualTo(ImportRefusedException.ALL_REFUSED));
        assertThat(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE)).isEqualTo(before);
    }
}
