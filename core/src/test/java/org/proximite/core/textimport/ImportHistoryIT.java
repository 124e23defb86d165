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
        List<String> automatic = repaired.stream().filter(number -> number != 1 && number != refused).map(String::valueOf).toList();
        RevisionNote expected = new RevisionNote("revision.note.imported", List.of("12", String.valueOf(automatic.size()), String.join(", ", automatic),
                "1", "1", "1", String.valueOf(refused)));
        for (String language : List.of("fr", "en")) {
            List<Revisions.Revision> history = revisions.list(ItemKind.PRACTICE, item.slug(), language);
            assertThat(history).hasSize(1);
            assertThat(history.getFirst().savedBy()).isEqualTo("coordinator");
            assertThat(history.getFirst().note()).as(language).isEqualTo(expected);
        }

        revisions.restore(ItemKind.PRACTICE, item.slug(), "fr", 1, 1, ContentFixtures.COORDINATOR);
        List<Revisions.Revision> history = revisions.list(ItemKind.PRACTICE, item.slug(), "fr");
        assertThat(history).extracting(Revisions.Revision::version).containsExactly(2, 1);
        assertThat(history.getFirst().note()).as("a later save is an ordinary revision").isNull();
        assertThat(history.get(1).note()).isEqualTo(expected);
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
