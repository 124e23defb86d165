package org.proximite.core.chapter.installing;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;
import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvent;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * An apply that fails at each of its steps: before the commit nothing is left anywhere (no row, no
 * file, no plugin) and the plan still applies; after the commit the chapter is installed, the
 * admin is told so with what this instance still has to do, the history never says "nothing
 * changed", and the next start runs the chapter.
 */
class ApplyFailuresIT {

    @TempDir
    Path dataDir;

    private ChapterFolders folders() {
        return ChapterFolders.in(dataDir);
    }

    private static ApplyCheckpoint failingAt(ApplyCheckpoint.Step failing) {
        return step -> {
            if (step == failing) {
                throw new IllegalStateException("the disk at " + Path.of("/srv/proximite/data/plugins") + " is full");
            }
        };
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailureInsideTheTransactionLeavesNoRowNoFileNoPluginAndThePlanStillApplies(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLoader loader = core.newLoader();
        ChapterLifecycle failing = core.newLifecycle(loader, failingAt(ApplyCheckpoint.Step.IN_TRANSACTION), CoreServices.LOCK_WAIT);
        InstallPlan plan = failing.prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);

        assertThatThrownBy(() -> failing.apply(plan.id(), Answers.none(), folders(), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(LifecycleReason.APPLY_FAILED.code());
                    assertThat(e.getMessage()).contains("nothing was changed").contains("plugins is full").doesNotContain("/srv/");
                });

        assertThat(core.dsl().fetchCount(CHAPTER)).isZero();
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isZero();
        assertThat(core.dsl().fetchCount(CHAPTER_PACKAGE)).isZero();
        assertThat(core.dsl().fetchCount(OUTBOX_EVENT)).as("no instance hears of it").isZero();
        assertThat(Files.exists(folders().plugins()) ? Files.list(folders().plugins()).toList() : List.of()).isEmpty();
        assertThat(loader.loadedChapters()).isEmpty();
        assertThat(core.events().recent(10)).singleElement().satisfies(event -> {
            assertThat(event.succeeded()).isFalse();
            assertThat(LifecycleReason.APPLY_FAILED.is(event.reasons().getFirst())).isTrue();
        });

        core.newLifecycle(loader).apply(plan.id(), Answers.none(), folders(), ADMIN);

        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isEqualTo(10);
        assertThat(loader.startedChapters()).containsExactly("guinea");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailureRightAfterTheCommitIsReportedAsInstalledAndTheNextStartRunsTheChapter(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLoader loader = core.newLoader();
        ChapterLifecycle failing = core.newLifecycle(loader, failingAt(ApplyCheckpoint.Step.COMMITTED), CoreServices.LOCK_WAIT);
        InstallPlan plan = failing.prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);

        AppliedPlan applied = failing.apply(plan.id(), Answers.none(), folders(), ADMIN);

        assertThat(applied.warnings()).singleElement().satisfies(warning -> {
            assertThat(LifecycleReason.APPLY_NODE_FAILED.is(warning)).isTrue();
            assertThat(warning.toString()).contains("installed").doesNotContain("/srv/");
        });
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).as("committed: the content is there").isEqualTo(10);
        assertThat(folders().plugins().resolve("guinea-1.0.0.jar")).doesNotExist();
        assertThat(loader.loadedChapters()).isEmpty();
        assertNoHistoryLineSaysNothingChanged(core);
        assertThat(core.events().recent(10)).extracting(ChapterEvent::action).containsExactly(ChapterAction.LOAD, ChapterAction.INSTALL);

        LoadReport restart = core.newLoader().loadAll(folders().plugins());

        assertThat(restart.failed()).isEmpty();
        assertThat(restart.restored()).containsExactly("guinea");
        assertThat(restart.started()).containsExactly("guinea");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailureWithTheJarInTheFolderIsRepairedByThisInstanceOnItsOwn(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLoader loader = core.newLoader();
        ChapterLifecycle failing = core.newLifecycle(loader, failingAt(ApplyCheckpoint.Step.JAR_IN_FOLDER), CoreServices.LOCK_WAIT);
        InstallPlan plan = failing.prepare("guinea.jar", Files.readAllBytes(TestChapterJars.guinea()), folders(), List.of(), ADMIN);

        AppliedPlan applied = failing.apply(plan.id(), Answers.none(), folders(), ADMIN);

        assertThat(applied.warnings()).singleElement().satisfies(warning -> assertThat(LifecycleReason.APPLY_NODE_FAILED.is(warning)).isTrue());
        assertThat(folders().plugins().resolve("guinea-1.0.0.jar")).exists();
        assertThat(loader.loadedChapters()).isEmpty();
        assertNoHistoryLineSaysNothingChanged(core);

        // What the outbox follower does when it reads the install's event.
        assertThat(loader.reconcile(List.of("guinea"))).isEmpty();

        assertThat(loader.startedChapters()).containsExactly("guinea");
    }

    private static void assertNoHistoryLineSaysNothingChanged(CoreServices core) {
        assertThat(core.events().recent(10)).noneSatisfy(event -> assertThat(event.reasons())
                .anySatisfy(reason -> assertThat(LifecycleReason.APPLY_FAILED.is(reason)).isTrue()));
        assertThat(core.events().recent(10)).allSatisfy(event -> assertThat(String.valueOf(event.message()))
                .doesNotContainIgnoringCase("rolled back").doesNotContainIgnoringCase("nothing was changed"));
    }
}
