package org.proximite.core.textimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.core.textimport.TextImportFixtures.seed;
import static org.proximite.core.textimport.TextImportFixtures.textImport;
import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.TextState;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.textimport.reading.ImportFormat;
import org.proximite.core.textimport.reading.ImportRefusedException;
import org.proximite.core.textimport.reading.IncomingText;

/**
 * A coordinator imports the seed page, garbled and bilingual, as a draft practice or initiative:
 * a French and an English text, both drafts, repaired, with the outbox told. What cannot be
 * imported is refused with its code and leaves no row behind; someone who may not edit cannot import.
 */
class TextImportIT {

    private static final Actor READER = Actor.user("reader", Set.of());

    private record Counts(int items, int texts, int events) {
        static Counts of(CoreServices core) {
            return new Counts(ContentFixtures.items(core.dsl(), ItemKind.PRACTICE) + ContentFixtures.items(core.dsl(), ItemKind.INITIATIVE),
                    ContentFixtures.texts(core.dsl(), ItemKind.PRACTICE) + ContentFixtures.texts(core.dsl(), ItemKind.INITIATIVE),
                    core.dsl().fetchCount(OUTBOX_EVENT));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsTheBilingualSeedAsADraftPracticeWithAFrenchAndAnEnglishText(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);

        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, seed(), ImportFormat.TEXT);
        ImportedItem item = textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, "", preview.paragraphs(), "fr");

        assertThat(item.defaultLanguage()).isEqualTo("fr");
        assertThat(item.languages()).containsExactly("fr", "en");
        ItemDraft saved = core.practiceEditing().load(item.slug()).item();
        assertThat(saved.texts()).containsOnlyKeys("fr", "en");
        assertThat(saved.texts().values()).allSatisfy(text -> assertThat(text.state()).isEqualTo(TextState.DRAFT));
        String french = String.join("\n", saved.text("fr").fields().values());
        String english = String.join("\n", saved.text("en").fields().values());
        assertThat(french).contains("journées", "l’occasion", "œuvre", "Le projet « Partenaires pour la Sécurité en Guinée »")
                .doesNotContain("Ă", "The project’s goal");
        assertThat(english).contains("project’s", "About the Project", "Solís").doesNotContain("journées");
        assertThat(saved.text("fr").title()).startsWith("Ces trois journées exceptionnelles ont été l’occasion");
        assertThat(saved.text("en").title()).startsWith("The Partners for Security in Guinea Share Fair");
        assertThat(MojibakeMarks.in(french + english)).isFalse();

        List<OutboxEvent> events = core.outbox().after(0, 100);
        assertThat(events).extracting(OutboxEvent::kind).containsExactly(ChangeKind.ITEM_CREATED, ChangeKind.TEXT_SAVED, ChangeKind.TEXT_SAVED);
        assertThat(events).allSatisfy(event -> assertThat(event.actor()).isEqualTo("coordinator"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsPastedHtmlAsADraftInitiativeWithoutItsScript(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        String html = "<h1>Match de football entre policiers et citoyens</h1><script>alert('x')</script>"
                + "<p>Un match a réuni les policiers et les jeunes du quartier pour renforcer la confiance.</p>"
                + "<ul><li>400 participants</li><li>une <a href=\"javascript:alert(1)\">fête</a> à Conakry</li></ul>";

        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, html, ImportFormat.HTML);
        ImportedItem item = textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.INITIATIVE, "match-de-football", preview.paragraphs(), "fr");

        var saved = core.initiativeEditing().load(item.slug()).item().text("fr");
        assertThat(saved.title()).isEqualTo("Match de football entre policiers et citoyens");
        assertThat(saved.summary()).isEqualTo("Un match a réuni les policiers et les jeunes du quartier pour renforcer la confiance.");
        assertThat(saved.get("body")).isEqualTo("- 400 participants\n- une fête à Conakry");
        assertThat(item.slug()).isEqualTo("match-de-football");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesBinaryHugeAndUndecodableInputAndSavesNothing(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        Counts before = Counts.of(core);
        byte[] huge = new byte[IncomingText.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) 'a');

        assertThatThrownBy(() -> textImport.preview(ContentFixtures.COORDINATOR, new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0}, ImportFormat.TEXT))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.code()).isEqualTo(ImportRefusedException.BINARY));
        assertThatThrownBy(() -> textImport.preview(ContentFixtures.COORDINATOR, huge, ImportFormat.TEXT))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.code()).isEqualTo(ImportRefusedException.TOO_LARGE));
        assertThatThrownBy(() -> textImport.preview(ContentFixtures.COORDINATOR, new byte[] {'a', (byte) 0x81, (byte) 0xC3, 'b'}, ImportFormat.TEXT))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.code()).isEqualTo(ImportRefusedException.UNDECODABLE));
        assertThatThrownBy(() -> textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, "", List.of(), "fr"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.code()).isEqualTo(ImportRefusedException.EMPTY));

        assertThat(Counts.of(core)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesALanguageTheInstallationDoesNotHaveAndSavesNothing(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        Counts before = Counts.of(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR,
                "O projeto tem o prazer de anunciar o lançamento do seu Guia de Boas Práticas.", ImportFormat.TEXT);

        assertThat(preview.paragraphs()).extracting(ImportedParagraph::language).containsExactly("pt");
        assertThatThrownBy(() -> textImport.createDraft(ContentFixtures.COORDINATOR, ItemKind.PRACTICE, "", preview.paragraphs(), "fr"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ImportRefusedException.LANGUAGE);
                    assertThat(e.arguments()).containsExactly("pt");
                });
        assertThat(Counts.of(core)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void someoneWhoMayNotEditCannotImportAndNothingIsSaved(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        TextImport textImport = textImport(core);
        ImportPreview preview = textImport.preview(ContentFixtures.COORDINATOR, seed(), ImportFormat.TEXT);
        Counts before = Counts.of(core);

        assertThatThrownBy(() -> textImport.preview(READER, seed(), ImportFormat.TEXT))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThatThrownBy(() -> textImport.createDraft(READER, ItemKind.PRACTICE, "", preview.paragraphs(), "fr"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(Counts.of(core)).isEqualTo(before);
        assertThat(new String(seed(), StandardCharsets.UTF_8)).contains("journĂ©es");
    }
}
