package org.proximite.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

class PracticeEditingIT {

    @TempDir
    Path plugins;

    private CoreServices withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        return core;
    }

    private static PracticeDraft retitled(PracticeDraft draft, String language, String title) {
        PracticeText old = draft.texts().get(language);
        Map<String, PracticeText> texts = new HashMap<>(draft.texts());
        texts.put(language, new PracticeText(title, old.summary(), old.body(), old.effect(), old.mechanism(),
                old.context(), old.implementation(), old.cost()));
        return new PracticeDraft(draft.id(), draft.slug(), draft.version(), draft.chapterId(), draft.defaultLanguage(),
                draft.evidenceLevel(), draft.status(), draft.themeSlugs(), texts);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void savesBothLanguagesAndBumpsTheVersion(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft draft = core.practiceEditing().load("local-security-plan");

        int version = core.practiceEditing().save(retitled(retitled(draft, "fr", "Plan local révisé"), "en", "Revised local plan"), "coordinator");

        assertThat(version).isEqualTo(draft.version() + 1);
        var page = core.practices().find("local-security-plan", "en", false).orElseThrow();
        assertThat(page.text().title()).isEqualTo("Revised local plan");
        assertThat(page.updatedBy()).isEqualTo("coordinator");
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().text().title()).isEqualTo("Plan local révisé");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAStaleCopyAndKeepsTheOtherEdit(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft first = core.practiceEditing().load("local-security-plan");
        PracticeDraft second = core.practiceEditing().load("local-security-plan");
        core.practiceEditing().save(retitled(first, "fr", "Version de Aïssatou"), "aissatou");

        assertThatThrownBy(() -> core.practiceEditing().save(retitled(second, "fr", "Version de Mamadou"), "mamadou"))
                .isInstanceOf(StaleEditException.class);
        assertThat(core.practices().find("local-security-plan", "fr", false).orElseThrow().text().title())
                .isEqualTo("Version de Aïssatou");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsAPracticeOnlyInFrenchThatFallsBackForEnglishReaders(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        var draft = new PracticeDraft(null, "marche-exploratoire", 0, null, "fr", EvidenceLevel.PRACTICE_BASED,
                ContentStatus.PUBLISHED, List.of("dialogue-and-trust"),
                Map.of("fr", new PracticeText("Marche exploratoire", "Parcourir le quartier ensemble.", "## Étapes", null, null, null, null, null)));

        core.practiceEditing().save(draft, "coordinator");

        var english = core.practices().find("marche-exploratoire", "en", false).orElseThrow();
        assertThat(english.fallback()).isTrue();
        assertThat(english.language()).isEqualTo("fr");
        assertThat(english.text().title()).isEqualTo("Marche exploratoire");
        assertThat(core.practices().list(PracticeFilter.published("en")))
                .filteredOn(card -> card.slug().equals("marche-exploratoire"))
                .singleElement()
                .satisfies(card -> assertThat(card.fallback()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesATakenSlugAndUnknownThemesWithoutSavingAnything(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        int before = core.practices().list(new PracticeFilter("fr", null, null, null, null, true)).size();
        var draft = new PracticeDraft(null, "local-security-plan", 0, null, "fr", EvidenceLevel.PRACTICE_BASED,
                ContentStatus.PUBLISHED, List.of("no-such-theme"),
                Map.of("fr", new PracticeText("Doublon", "Un doublon.", null, null, null, null, null, null)));

        assertThatThrownBy(() -> core.practiceEditing().save(draft, "coordinator"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("themes", "validation.unknownTheme")));
        var fixedThemes = new PracticeDraft(null, "local-security-plan", 0, null, "fr", EvidenceLevel.PRACTICE_BASED,
                ContentStatus.PUBLISHED, List.of(), draft.texts());
        assertThatThrownBy(() -> core.practiceEditing().save(fixedThemes, "coordinator"))
                .isInstanceOfSatisfying(InvalidEditException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.slugTaken"));
        assertThat(core.practices().list(new PracticeFilter("fr", null, null, null, null, true))).hasSize(before);
    }
}
