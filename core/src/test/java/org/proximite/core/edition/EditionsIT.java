package org.proximite.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ItemText;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/** Editions over the shipped Guinea chapter, with renderers that write the titles they are given. */
class EditionsIT {

    @TempDir
    Path plugins;

    /** Writes "language: title | title…" for practices then initiatives: what a reader would find in the file. */
    record TitlesRenderer(EditionFormat format) implements EditionRenderer {
        @Override
        public byte[] render(EditionSnapshot snapshot) {
            String practices = snapshot.practices().stream().map(page -> page.shown().text().title()).collect(Collectors.joining(" | "));
            String initiatives = snapshot.initiatives().stream().map(page -> page.shown().text().title()).collect(Collectors.joining(" | "));
            return (snapshot.language() + ": " + practices + " || " + initiatives).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Renders, then fails in one language and format: a bug, a font missing, memory exhausted. */
    record FailingRenderer(EditionFormat format, String failingLanguage) implements EditionRenderer {
        @Override
        public byte[] render(EditionSnapshot snapshot) {
            if (snapshot.language().equals(failingLanguage)) {
                throw new IllegalStateException("the renderer broke");
            }
            return new byte[] {1, 2, 3};
        }
    }

    private static Editions editions(CoreServices core, EditionRenderer... renderers) {
        // Rendered on the caller's thread: create() returns once the edition is ready or failed.
        return new Editions(new EditionStore(core.dsl()), new EditionSnapshots(core.dsl()),
                List.of(renderers), core.outbox(), core.clock(), Runnable::run);
    }

    private static Editions titles(CoreServices core) {
        return editions(core, new TitlesRenderer(EditionFormat.PDF), new TitlesRenderer(EditionFormat.OFFLINE));
    }

    private static String text(Editions editions, String key, String language, EditionFormat format) {
        return new String(editions.download(key, language, format).orElseThrow().content(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void makesAChaptersEditionInEachOfItsLanguagesAsPdfAndOfflineCopy(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        Editions editions = titles(core);

        Edition started = editions.create(EditionScope.chapter("guinea"), List.of(), ContentFixtures.COORDINATOR);
        Edition ready = editions.find(started.key()).orElseThrow();

        assertThat(ready.key()).isEqualTo("guinea-1");
        assertThat(ready.state()).isEqualTo(EditionState.READY);
        assertThat(ready.languages()).containsExactly("fr", "en");
        assertThat(ready.stepsDone()).isEqualTo(ready.stepsTotal()).isEqualTo(4);
        assertThat(ready.files()).extracting(file -> file.language() + "." + file.format().extension())
                .containsExactlyInAnyOrder("fr.pdf", "en.pdf", "fr.zip", "en.zip");
        assertThat(ready.files()).allSatisfy(file -> assertThat(file.sha256()).hasSize(64));
        assertThat(ready.createdBy()).isEqualTo("coordinator");
        assertThat(text(editions, "guinea-1", "fr", EditionFormat.PDF)).startsWith("fr: ").contains("Conseil local de sécurité");
        assertThat(text(editions, "guinea-1", "en", EditionFormat.PDF)).contains("Community safety and crime prevention council", "Share Fair");
        assertThat(core.outbox().after(0, 10_000)).anyMatch(event -> event.kind() == ChangeKind.EDITION_READY && "guinea-1".equals(event.itemKey()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void numbersEditionsPerScope(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        Editions editions = titles(core);

        editions.create(EditionScope.chapter("guinea"), List.of("fr"), ContentFixtures.COORDINATOR);
        editions.create(EditionScope.wholeGuide(), List.of("fr"), ContentFixtures.COORDINATOR);
        Edition second = editions.create(EditionScope.chapter("guinea"), List.of("en"), ContentFixtures.COORDINATOR);

        assertThat(second.key()).isEqualTo("guinea-2");
        assertThat(editions.list()).extracting(Edition::key).containsExactly("guinea-2", "1", "guinea-1");
        assertThat(editions.download("1", "fr", EditionFormat.PDF)).isPresent();
        assertThat(editions.download("1", "en", EditionFormat.PDF)).as("a language the edition was not made in").isEmpty();
        assertThat(editions.download("9", "fr", EditionFormat.PDF)).isEmpty();
        assertThat(editions.find("not a key")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsTheTextOfItsTimeAfterAPracticeIsEdited(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        Editions editions = titles(core);
        editions.create(EditionScope.wholeGuide(), List.of("fr"), ContentFixtures.COORDINATOR);

        ContentFixtures.editPractice(core, "local-security-council", "fr", "title", "Conseil local, titre révisé");
        editions.create(EditionScope.wholeGuide(), List.of("fr"), ContentFixtures.COORDINATOR);

        assertThat(text(editions, "1", "fr", EditionFormat.PDF)).contains("Conseil local de sécurité").doesNotContain("titre révisé");
        assertThat(text(editions, "2", "fr", EditionFormat.PDF)).contains("Conseil local, titre révisé");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void holdsPublishedTextsOnly(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        Editions editions = titles(core);
        var draft = core.practiceEditing().load("local-security-council");
        var item = draft.item().withText("fr", ItemText.of(org.proximite.chapter.format.ItemKind.PRACTICE,
                java.util.Map.of("title", "Brouillon pas encore relu", "summary", "Un résumé du brouillon."))).withState("fr", org.proximite.core.content.TextState.DRAFT);
        core.practiceEditing().save(draft.withItem(item), ContentFixtures.COORDINATOR);

        editions.create(EditionScope.wholeGuide(), List.of("fr"), ContentFixtures.COORDINATOR);

        assertThat(text(editions, "1", "fr", EditionFormat.PDF)).doesNotContain("Brouillon pas encore relu");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesWhatCannotBeMadeAndCreatesNothing(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        Editions editions = titles(core);
        Actor reader = Actor.user("reader", Set.of());

        assertThatThrownBy(() -> editions.create(EditionScope.chapter("atlantis"), List.of(), ContentFixtures.COORDINATOR))
                .isInstanceOfSatisfying(EditionRefusedException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("edition.scope.unknown-chapter");
                    assertThat(e.reason().parameters()).containsExactly("atlantis");
                });
        assertThatThrownBy(() -> editions.create(EditionScope.chapter("guinea"), List.of("fr", "xx"), ContentFixtures.COORDINATOR))
                .isInstanceOfSatisfying(EditionRefusedException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("edition.language.unknown");
                    assertThat(e.reason().parameters()).containsExactly("xx", "fr, en");
                });
        assertThatThrownBy(() -> editions.create(EditionScope.wholeGuide(), List.of(), reader))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.code()).isEqualTo("denied.role"));
        assertThat(editions.list()).isEmpty();
        assertThat(editions.create(EditionScope.wholeGuide(), List.of("fr"), Actor.user("admin", Set.of(Role.ADMIN))).number())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailureDuringTheBuildLeavesAFailedEditionWithItsReasonAndNoFile(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        Editions editions = editions(core, new TitlesRenderer(EditionFormat.PDF), new FailingRenderer(EditionFormat.OFFLINE, "en"));

        editions.create(EditionScope.chapter("guinea"), List.of("fr", "en"), ContentFixtures.COORDINATOR);
        Edition failed = editions.find("guinea-1").orElseThrow();

        assertThat(failed.state()).isEqualTo(EditionState.FAILED);
        assertThat(failed.reason()).isEqualTo(EditionReason.of("edition.failed.render", "en", "zip"));
        assertThat(failed.files()).isEmpty();
        assertThat(editions.download("guinea-1", "fr", EditionFormat.PDF)).as("rendered before the failure, never stored").isEmpty();
        assertThat(core.dsl().fetchCount(org.proximite.db.jooq.Tables.EDITION_FILE)).isZero();
        assertThat(core.outbox().after(0, 10_000)).noneMatch(event -> event.kind() == ChangeKind.EDITION_READY);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void showsEveryLanguageAsItWasWhenTheReadBeganThoughATextIsPublishedBetweenTwoLanguages(TestDatabase database) {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        List<String> paused = new java.util.ArrayList<>();
        SnapshotCheckpoint publishAfterFrench = language -> {
            if (language.equals("fr")) {
                // Another coordinator publishes both languages of a practice from their own transaction.
                ContentFixtures.editPractice(core, "local-security-council", "fr", "title", "Conseil publié pendant l’édition");
                ContentFixtures.editPractice(core, "local-security-council", "en", "title", "Council published during the edition");
                paused.add(language);
            }
        };
        Editions editions = new Editions(new EditionStore(core.dsl()), new EditionSnapshots(core.dsl(), publishAfterFrench),
                List.of(new TitlesRenderer(EditionFormat.PDF)), core.outbox(), core.clock(), Runnable::run);

        editions.create(EditionScope.chapter("guinea"), List.of("fr", "en"), ContentFixtures.COORDINATOR);

        assertThat(paused).as("the change was published between the two languages' reads").containsExactly("fr");
        assertThat(text(editions, "guinea-1", "fr", EditionFormat.PDF)).contains("Conseil local de sécurité").doesNotContain("pendant l’édition");
        assertThat(text(editions, "guinea-1", "en", EditionFormat.PDF)).as("English read in the same snapshot as French")
                .contains("Community safety and crime prevention council").doesNotContain("during the edition");
        editions.create(EditionScope.chapter("guinea"), List.of("fr", "en"), ContentFixtures.COORDINATOR);
        assertThat(text(editions, "guinea-2", "fr", EditionFormat.PDF)).contains("Conseil publié pendant l’édition");
        assertThat(text(editions, "guinea-2", "en", EditionFormat.PDF)).contains("Council published during the edition");
    }
}
