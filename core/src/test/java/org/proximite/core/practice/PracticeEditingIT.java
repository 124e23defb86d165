package org.proximite.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.LanguageText;
import org.proximite.core.content.TextState;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

class PracticeEditingIT {

    private static final Actor AISSATOU = Actor.user("aissatou", Set.of(Role.COORDINATOR));
    private static final Actor MAMADOU = Actor.user("mamadou", Set.of(Role.COORDINATOR));

    @TempDir
    Path plugins;

    private CoreServices withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        return core;
    }

    private static PracticeDraft retitled(PracticeDraft draft, String language, String title) {
        return draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), language, "title", title));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savesBothLanguagesAndBumpsEachLanguagesVersion(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");

        PracticeDraft saved = core.practiceEditing().save(retitled(retitled(draft, "fr", "Plan local révisé"), "en", "Revised local plan"),
                AISSATOU).draft();

        assertThat(saved.item().texts().get("fr").version()).isEqualTo(draft.item().texts().get("fr").version() + 1);
        assertThat(saved.item().texts().get("en").version()).isEqualTo(draft.item().texts().get("en").version() + 1);
        var page = core.practices().find("local-security-plan", "en", false).orElseThrow();
        assertThat(page.shown().text().title()).isEqualTo("Revised local plan");
        assertThat(page.item().updatedBy()).as("the item shows who changed it last").isEqualTo("aissatou");
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title()).isEqualTo("Plan local révisé");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savingOneLanguageLeavesTheOtherLanguageAndTheItemUntouched(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");
        LanguageText englishBefore = draft.item().texts().get("en");

        PracticeDraft saved = core.practiceEditing().save(retitled(draft, "fr", "Plan local révisé"), AISSATOU).draft();

        assertThat(saved.item().texts().get("en")).isEqualTo(englishBefore);
        assertThat(saved.item().version()).as("the item's own fields did not change").isEqualTo(draft.item().version());
        assertThat(saved.item().texts().get("fr").version()).isEqualTo(draft.item().texts().get("fr").version() + 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoPeopleSavingDifferentLanguagesBothKeepTheirWork(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft first = core.practiceEditing().load("local-security-plan");
        PracticeDraft second = core.practiceEditing().load("local-security-plan");

        core.practiceEditing().save(retitled(first, "fr", "Version d’Aïssatou"), AISSATOU);
        PracticeDraft mamadous = core.practiceEditing().save(retitled(second, "en", "Mamadou's version"), MAMADOU).draft();

        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title()).isEqualTo("Version d’Aïssatou");
        assertThat(core.practices().find("local-security-plan", "en", false).orElseThrow().shown().text().title()).isEqualTo("Mamadou's version");
        assertThat(mamadous.item().text("fr").title()).as("the editor goes on from what is stored, Aïssatou's French included")
                .isEqualTo("Version d’Aïssatou");
        core.practiceEditing().save(retitled(mamadous, "fr", "Version de Mamadou, après Aïssatou"), MAMADOU);
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title())
                .isEqualTo("Version de Mamadou, après Aïssatou");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSavedDraftIsWhatIsStored(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");
        ItemDraft changed = retitled(draft, "en", "Revised local plan").item()
                .with("local-security-plan", draft.item().defaultLanguage(), false, List.of("dialogue-and-trust", "local-governance-of-security"));

        PracticeDraft saved = core.practiceEditing().save(draft.withItem(changed), AISSATOU).draft();

        PracticeDraft stored = core.practiceEditing().load("local-security-plan");
        assertThat(contents(saved)).isEqualTo(contents(stored));
        assertThat(saved.item().version()).isEqualTo(draft.item().version() + 1);
        core.practiceEditing().save(retitled(saved, "fr", "Plan local, encore"), AISSATOU);
    }

    /** What an editor sees of a draft: everything but the times of saving. */
    private static List<Object> contents(PracticeDraft draft) {
        ItemDraft item = draft.item();
        Map<String, List<Object>> texts = new java.util.TreeMap<>();
        item.texts().forEach((language, text) -> texts.put(language, List.of(text.state(), text.version(), text.text(), text.updatedBy())));
        return List.of(item.id(), item.slug(), item.version(), String.valueOf(item.chapterId()), item.defaultLanguage(), item.archived(),
                Set.copyOf(item.themeSlugs()), texts, item.sources(), draft.evidenceLevel(), draft.outcomes());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAStaleCopyOfTheSameLanguageAndKeepsTheOtherEdit(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft first = core.practiceEditing().load("local-security-plan");
        PracticeDraft second = core.practiceEditing().load("local-security-plan");
        core.practiceEditing().save(retitled(first, "fr", "Version d’Aïssatou"), AISSATOU);

        assertThatThrownBy(() -> core.practiceEditing().save(retitled(second, "fr", "Version de Mamadou"), MAMADOU))
                .isInstanceOf(StaleEditException.class);
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title())
                .isEqualTo("Version d’Aïssatou");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsAPracticeOnlyInFrenchThatFallsBackForEnglishReaders(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        core.practiceEditing().save(newPractice("marche-exploratoire", List.of("dialogue-and-trust"),
                "Marche exploratoire", "Parcourir le quartier ensemble."), AISSATOU);

        var english = core.practices().find("marche-exploratoire", "en", false).orElseThrow();
        assertThat(english.shown().fallback()).isTrue();
        assertThat(english.shown().language()).isEqualTo("fr");
        assertThat(english.shown().text().title()).isEqualTo("Marche exploratoire");
        assertThat(core.practices().list(PracticeFilter.published("en")))
                .filteredOn(card -> card.slug().equals("marche-exploratoire"))
                .singleElement()
                .satisfies(card -> assertThat(card.fallback()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewDraftLeavesReadersThePublishedTextUntilItIsPublished(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");
        String published = draft.item().text("en").title();

        PracticeDraft saved = core.practiceEditing().save(retitled(draft, "en", "A plan still in the works").withItem(
                retitled(draft, "en", "A plan still in the works").item().withState("en", TextState.DRAFT)), AISSATOU).draft();

        assertThat(core.practices().find("local-security-plan", "en", false).orElseThrow().shown().text().title())
                .as("readers keep the published English text").isEqualTo(published);
        assertThat(core.practices().find("local-security-plan", "en", true).orElseThrow().shown().text().title())
                .as("editors see the draft").isEqualTo("A plan still in the works");
        assertThat(saved.item().texts().get("en").hasUnpublishedChanges()).isTrue();

        core.practiceEditing().save(saved.withItem(saved.item().withState("en", TextState.PUBLISHED)), AISSATOU);
        assertThat(core.practices().find("local-security-plan", "en", false).orElseThrow().shown().text().title())
                .isEqualTo("A plan still in the works");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anArchivedTextIsWithdrawnFromReadersWhoGetTheFallback(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");

        core.practiceEditing().save(draft.withItem(draft.item().withState("en", TextState.ARCHIVED)), AISSATOU);

        var english = core.practices().find("local-security-plan", "en", false).orElseThrow();
        assertThat(english.shown().fallback()).as("readers get the published French text").isTrue();
        assertThat(english.shown().language()).isEqualTo("fr");
        assertThat(core.practices().find("local-security-plan", "en", true).orElseThrow().shown().fallback()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesATakenSlugAndUnknownThemesWithoutSavingAnything(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        int before = core.practices().list(new PracticeFilter("fr", null, null, null, null, true)).size();

        assertThatThrownBy(() -> core.practiceEditing().save(newPractice("local-security-plan", List.of("no-such-theme"), "Doublon", "Un doublon."),
                AISSATOU))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("themes", "validation.unknownTheme")));
        assertThatThrownBy(() -> core.practiceEditing().save(newPractice("local-security-plan", List.of(), "Doublon", "Un doublon."), AISSATOU))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.slugTaken"));
        assertThat(core.practices().list(new PracticeFilter("fr", null, null, null, null, true))).hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditorScopedToAnotherChapterCannotChangeThisOne(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        Actor bissauEditor = Actor.user("bissau-editor", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea-bissau"), Set.of());
        Actor reader = Actor.user("reader", Set.of());
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");

        assertThatThrownBy(() -> core.practiceEditing().save(retitled(draft, "fr", "Changé"), bissauEditor))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.chapter"));
        assertThatThrownBy(() -> core.practiceEditing().save(retitled(draft, "fr", "Changé"), reader)).isInstanceOf(NotAllowedException.class);
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().shown().text().title()).isNotEqualTo("Changé");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTranslatorChangesTheTextsOfTheirLanguageOnly(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        Actor translator = Actor.user("translator-en", Set.of(Role.TRANSLATOR), Set.of(), Set.of("en"));
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");

        String published = draft.item().text("en").title();
        PracticeDraft saved = core.practiceEditing().save(retitled(draft, "en", "Local safety plan"), translator).draft();
        assertThat(core.practices().find("local-security-plan", "en", true).orElseThrow().shown().text().title()).isEqualTo("Local safety plan");
        assertThat(saved.item().texts().get("en").state()).as("a translator's change of a published text is its next draft")
                .isEqualTo(TextState.DRAFT);
        assertThat(core.practices().find("local-security-plan", "en", false).orElseThrow().shown().text().title())
                .as("readers keep the published text until a reviewer publishes the draft").isEqualTo(published);

        PracticeDraft again = core.practiceEditing().load("local-security-plan");
        assertThatThrownBy(() -> core.practiceEditing().save(retitled(retitled(again, "en", "Safety plan"), "fr", "Plan de sûreté"), translator))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> {
                    assertThat(e.code()).isEqualTo("denied.language");
                    assertThat(e.arguments()).containsExactly("fr");
                });
        assertThatThrownBy(() -> core.practiceEditing().save(again.withItem(again.item().with("local-safety-plan", "fr", false,
                again.item().themeSlugs())), translator))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThat(core.practices().find("local-security-plan", "en", true).orElseThrow().shown().text().title()).isEqualTo("Local safety plan");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCountryEditorSubmitsButDoesNotPublish(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        Actor guineaEditor = Actor.user("guinea-editor", Set.of(Role.COUNTRY_EDITOR), Set.of("guinea"), Set.of());
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");
        PracticeDraft inDraft = draft.withItem(draft.item().withState("en", TextState.DRAFT));
        core.practiceEditing().save(inDraft, AISSATOU);

        PracticeDraft loaded = core.practiceEditing().load("local-security-plan");
        assertThatThrownBy(() -> core.practiceEditing().save(loaded.withItem(loaded.item().withState("en", TextState.PUBLISHED)), guineaEditor))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        core.practiceEditing().save(retitled(loaded, "en", "Local plan, revised"), guineaEditor);
        assertThat(core.practiceEditing().load("local-security-plan").item().texts().get("en").state()).isEqualTo(TextState.DRAFT);
    }

    private static PracticeDraft newPractice(String slug, List<String> themes, String title, String summary) {
        ItemDraft item = ItemDraft.blank("fr").with(slug, "fr", false, themes)
                .withText("fr", ItemText.of(ItemKind.PRACTICE, Map.of("title", title, "summary", summary, "body", "## Étapes")))
                .withState("fr", TextState.PUBLISHED);
        return new PracticeDraft(item, EvidenceLevel.PRACTICE_BASED);
    }
}
