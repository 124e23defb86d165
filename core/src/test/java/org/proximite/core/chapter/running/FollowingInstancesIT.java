package org.proximite.core.chapter.running;

import static org.proximite.core.testing.TestActors.AMINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proximite.db.jooq.Tables.CHAPTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.testing.ChapterInstance;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestCodeChapters;
import org.proximite.core.testing.TestDatabase;

/**
 * Two instances of the application on one PostgreSQL, each with its own plugins folder, PF4J and
 * outbox follower: what an admin does on one, the other does within seconds without a restart,
 * and a restart of either comes back to what the database records.
 */
class FollowingInstancesIT {

    static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(5);
    private static final PracticeText SHORT = new PracticeText("Court", "Résumé.", null, null, null, null, null, null);

    @TempDir
    Path work;

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    private CoreServices core;
    private ChapterInstance a;
    private ChapterInstance b;

    @BeforeEach
    void startTwoInstances() throws Exception {
        core = CoreServices.on(TestDatabase.POSTGRES);
        a = ChapterInstance.start(core, dataA);
        b = ChapterInstance.start(core, dataB);
    }

    @AfterEach
    void stopThem() {
        a.close();
        b.close();
    }

    /** Installs on A a trusted code chapter (Guinea 1.5.0) whose practice check warns about short titles. */
    private void installCodeChapterOnA() throws Exception {
        Path jar = TestCodeChapters.withPracticeCheck(work, "ShortTitleCheck",
                "return text.title().length() < 10 ? List.of(\"Title shorter than 10 characters\") : List.of();");
        byte[] bytes = Files.readAllBytes(jar);
        InstallPlan plan = a.lifecycle().prepare("guinea-1.5.0.jar", bytes, a.folders(), List.of(), AMINA);
        a.lifecycle().allowCode("guinea", plan.sha256(), AMINA);
        a.lifecycle().apply(plan.id(), Answers.none(), a.folders(), AMINA);
    }

    private List<String> warningsOn(ChapterInstance instance) {
        return new ChapterExtensions(instance.loader(), core.states()).checkPractice("fr", SHORT);
    }

    @Test
    void theOtherInstanceFollowsAnInstallADisableAnEnableAndARemovalWithinSeconds() throws Exception {
        installCodeChapterOnA();
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().startedChapters().contains("guinea"));
        assertThat(warningsOn(b)).containsExactly("Title shorter than 10 characters");
        assertThat(b.folders().plugins().resolve("guinea-1.5.0.jar")).exists();

        a.lifecycle().disable("guinea", AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> !b.loader().startedChapters().contains("guinea"));
        assertThat(warningsOn(b)).as("a disabled chapter's code does not run").isEmpty();

        a.lifecycle().enable("guinea", AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().startedChapters().contains("guinea"));
        assertThat(warningsOn(b)).containsExactly("Title shorter than 10 characters");

        a.lifecycle().uninstall("guinea", false, a.folders(), AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().loadedChapters().isEmpty()
                && !Files.exists(b.folders().plugins().resolve("guinea-1.5.0.jar")));
        assertThat(warningsOn(b)).isEmpty();
    }

    @Test
    void anUpgradeOnOneInstanceReplacesTheOldVersionOnTheOther() throws Exception {
        a.lifecycle().apply(a.lifecycle().prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), a.folders(), List.of(), AMINA)
                .id(), Answers.none(), a.folders(), AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().startedChapters().contains("guinea"));
        Path newer = TestChapterJars.variant(TestChapterJars.guinea(), work.resolve("guinea-1.1.0.jar"), java.util.Map.of("Plugin-Version", "1.1.0"),
                java.util.Map.of());

        a.lifecycle().apply(a.lifecycle().prepare("guinea-1.1.0.jar", Files.readAllBytes(newer), a.folders(), List.of(), AMINA).id(),
                Answers.none(), a.folders(), AMINA);

        await().atMost(FOLLOWS_WITHIN).until(() -> Files.exists(b.folders().plugins().resolve("guinea-1.1.0.jar")));
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().startedChapters().contains("guinea"));
        assertThat(b.folders().plugins().resolve("guinea-1.0.0.jar")).doesNotExist();
    }

    @Test
    void aDisabledCodeChapterStaysDisabledAndDoesNotRunWhenTheOtherInstanceRestarts() throws Exception {
        installCodeChapterOnA();
        a.lifecycle().disable("guinea", AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> Files.exists(b.folders().plugins().resolve("guinea-1.5.0.jar")));

        LoadReport restart = b.restart();

        assertThat(restart.started()).doesNotContain("guinea");
        assertThat(b.loader().startedChapters()).doesNotContain("guinea");
        assertThat(warningsOn(b)).as("the disabled chapter's check does not run after a restart").isEmpty();
        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("DISABLED");

        a.lifecycle().enable("guinea", AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().startedChapters().contains("guinea"));
        assertThat(warningsOn(b)).containsExactly("Title shorter than 10 characters");
    }

    @Test
    void aChapterRemovedWhileTheOtherInstanceWasDownDoesNotComeBackWhenItStarts() throws Exception {
        a.lifecycle().apply(a.lifecycle().prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), a.folders(), List.of(), AMINA)
                .id(), Answers.none(), a.folders(), AMINA);
        await().atMost(FOLLOWS_WITHIN).until(() -> b.loader().startedChapters().contains("guinea"));
        b.close();

        a.lifecycle().uninstall("guinea", true, a.folders(), AMINA);
        assertThat(b.folders().plugins().resolve("guinea-1.0.0.jar")).as("B was down and still has the jar").exists();
        LoadReport restart = b.restart();

        assertThat(restart.setAside()).containsExactly("guinea-1.0.0.jar");
        assertThat(restart.started()).isEmpty();
        assertThat(core.dsl().fetchCount(CHAPTER)).as("not imported again").isZero();
        assertThat(core.chapters().list("fr")).isEmpty();
        assertThat(core.events().recent(5)).anySatisfy(event -> assertThat(event.action()).isEqualTo(ChapterAction.SET_ASIDE));
    }

    @Test
    void aJarNobodyInstalledIsSetAsideAndReportedWhenAnInstanceStarts() throws Exception {
        Files.copy(TestChapterJars.guinea(), b.folders().plugins().resolve("dropped-by-hand.jar"));

        LoadReport restart = b.restart();

        assertThat(restart.setAside()).containsExactly("dropped-by-hand.jar");
        assertThat(b.folders().plugins().resolve("set-aside")).isDirectoryContaining("glob:**/*-dropped-by-hand.jar");
        assertThat(b.loader().setAsideFiles()).singleElement().asString().endsWith("-dropped-by-hand.jar");
        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
        assertThat(core.events().recent(5)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(ChapterAction.SET_ASIDE);
            assertThat(event.source()).isEqualTo("dropped-by-hand.jar");
        });
    }
}
