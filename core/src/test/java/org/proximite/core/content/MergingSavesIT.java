package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.ConflictException;
import org.proximite.core.editing.EditConflict;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;
import org.proximite.core.workflow.Revisions;

/**
 * Two people save the same practice, each from the copy they opened: what they changed in
 * different fields, languages or parts merges; the same field changed by both is a conflict that
 * shows both texts and saves nothing.
 */
class MergingSavesIT {

    private static final String SLUG = "local-security-plan";
    private static final Actor AISSATOU = Actor.user("aissatou", Set.of(Role.COORDINATOR));
    private static final Actor MAMADOU = Actor.user("mamadou", Set.of(Role.COORDINATOR));

    @TempDir
    Path plugins;

    private CoreServices withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        return core;
    }

    private static PracticeDraft with(PracticeDraft draft, String language, String field, String value) {
        return draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), language, field, value));
    }

    private static LanguageText stored(CoreServices core, String language) {
        return core.practiceEditing().load(SLUG).item().texts().get(language);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changesToDifferentFieldsOfOneLanguageMerge(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft aissatous = core.practiceEditing().load(SLUG);
        PracticeDraft mamadous = core.practiceEditing().load(SLUG);
        int before = aissatous.item().texts().get("fr").version();

        core.practiceEditing().save(with(aissatous, "fr", "title", "Plan local, titre d’Aïssatou"), AISSATOU);
        PracticeDraft saved = core.practiceEditing().save(with(mamadous, "fr", "summary", "Le résumé de Mamadou."), MAMADOU).draft();

        LanguageText french = stored(core, "fr");
        assertThat(french.text().title()).isEqualTo("Plan local, titre d’Aïssatou");
        assertThat(french.text().summary()).isEqualTo("Le résumé de Mamadou.");
        assertThat(french.version()).as("two saves, two versions").isEqualTo(before + 2);
        assertThat(saved.item().texts().get("fr")).as("Mamadou goes on from the merged text").isEqualTo(french);
        var revisions = new Revisions(core.dsl(), core.writer()).list(ItemKind.PRACTICE, SLUG, "fr");
        assertThat(revisions.get(0).changedFields()).containsExactly("summary");
        assertThat(revisions.get(1).changedFields()).containsExactly("title");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameFieldChangedByBothIsAConflictWithBothTextsAndNothingIsSaved(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft aissatous = core.practiceEditing().load(SLUG);
        PracticeDraft mamadous = core.practiceEditing().load(SLUG);
        core.practiceEditing().save(with(aissatous, "fr", "title", "Titre d’Aïssatou"), AISSATOU);
        LanguageText afterAissatou = stored(core, "fr");
        long outbox = core.outbox().lastPosition();

        // Mamadou changed the title too, and the English summary: nothing of it is saved.
        PracticeDraft both = with(with(mamadous, "fr", "title", "Titre de Mamadou"), "en", "summary", "Mamadou's summary.");
        ConflictException conflict = catchThrowableOfType(ConflictException.class, () -> core.practiceEditing().save(both, MAMADOU));

        assertThat(conflict.conflicts()).containsExactly(
                new EditConflict("fr", "title", "Titre de Mamadou", "Titre d’Aïssatou", afterAissatou.version()));
        assertThat(stored(core, "fr")).isEqualTo(afterAissatou);
        assertThat(stored(core, "en").text().summary()).isNotEqualTo("Mamadou's summary.");
        assertThat(core.outbox().lastPosition()).as("no change reached the outbox").isEqualTo(outbox);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changesToDifferentLanguagesMerge(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft aissatous = core.practiceEditing().load(SLUG);
        PracticeDraft mamadous = core.practiceEditing().load(SLUG);

        core.practiceEditing().save(with(aissatous, "fr", "body", "Le corps selon Aïssatou."), AISSATOU);
        core.practiceEditing().save(with(mamadous, "en", "body", "The body as Mamadou wrote it."), MAMADOU);

        assertThat(stored(core, "fr").text().get("body")).isEqualTo("Le corps selon Aïssatou.");
        assertThat(stored(core, "en").text().get("body")).isEqualTo("The body as Mamadou wrote it.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameChangeByBothIsNoConflict(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft aissatous = core.practiceEditing().load(SLUG);
        PracticeDraft mamadous = core.practiceEditing().load(SLUG);

        core.practiceEditing().save(with(aissatous, "fr", "title", "Plan local de sécurité"), AISSATOU);
        core.practiceEditing().save(with(with(mamadous, "fr", "title", "Plan local de sécurité"), "fr", "cost", "Peu coûteux."), MAMADOU);

        assertThat(stored(core, "fr").text().title()).isEqualTo("Plan local de sécurité");
        assertThat(stored(core, "fr").text().get("cost")).isEqualTo("Peu coûteux.");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theItemsOwnPartsMergeAndTheSamePartChangedByBothConflicts(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft aissatous = core.practiceEditing().load(SLUG);
        PracticeDraft mamadous = core.practiceEditing().load(SLUG);
        PracticeDraft third = core.practiceEditing().load(SLUG);
        ItemDraft item = aissatous.item();
        List<Source> sources = List.of(new Source("Guide des bonnes pratiques", "PartnersGlobal", "2021", null, null, "fr", null));

        core.practiceEditing().save(aissatous.withItem(item.with(item.slug(), item.defaultLanguage(), item.archived(), List.of("dialogue-and-trust"))),
                AISSATOU);
        core.practiceEditing().save(mamadous.withItem(mamadous.item().withSources(sources)), MAMADOU);

        PracticeDraft stored = core.practiceEditing().load(SLUG);
        assertThat(stored.item().themeSlugs()).containsExactly("dialogue-and-trust");
        assertThat(stored.item().sources()).isEqualTo(sources);

        ItemDraft thirds = third.item();
        ConflictException conflict = catchThrowableOfType(ConflictException.class, () -> core.practiceEditing().save(
                third.withItem(thirds.with(thirds.slug(), thirds.defaultLanguage(), thirds.archived(), List.of("local-governance-of-security"))),
                MAMADOU));
        assertThat(conflict.conflicts()).extracting(EditConflict::language, EditConflict::field, EditConflict::yours, EditConflict::theirs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "themes", "local-governance-of-security", "dialogue-and-trust"));
        assertThat(core.practiceEditing().load(SLUG).item().themeSlugs()).containsExactly("dialogue-and-trust");
    }
}
