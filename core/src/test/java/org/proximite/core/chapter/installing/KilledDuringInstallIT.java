package org.proximite.core.chapter.installing;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * A process is killed ({@code kill -9}) at an exact step of applying a large chapter on
 * PostgreSQL: inside the transaction, or after the commit. After a restart the chapter is wholly
 * absent or wholly present, never half; and the chapter lock the killed process held is free.
 */
class KilledDuringInstallIT {

    static final int PRACTICES = 300;

    @TempDir
    Path work;

    @Test
    void killedInsideTheTransactionLeavesNothingAndFreesTheLock() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshPostgres();
        Path dataDir = work.resolve("data-in-transaction");
        String planId = killAt(ApplyCheckpoint.Step.IN_TRANSACTION, database, dataDir, () -> {
            CoreServices other = CoreServices.on(database.dsl());
            assertThatThrownBy(() -> other.newLifecycle(other.newLoader(), ApplyCheckpoint.NONE, Duration.ofMillis(500)).disable("bench", ADMIN))
                    .as("the paused child holds the chapter lock")
                    .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo(LifecycleReason.BUSY.code()));
        });

        DSLContext dsl = database.dsl();
        CoreServices restarted = CoreServices.on(dsl);
        LoadReport report = restarted.newLoader().loadAll(ChapterFolders.in(dataDir).plugins());

        assertThat(dsl.fetchCount(CHAPTER)).isZero();
        assertThat(org.proximite.core.testing.ContentFixtures.items(dsl, org.proximite.chapter.format.ItemKind.PRACTICE)).isZero();
        assertThat(dsl.fetchCount(CHAPTER_PACKAGE)).isZero();
        assertThat(report.started()).isEmpty();
        assertThat(report.setAside()).as("nothing was written to the folder before the commit").isEmpty();
        // The killed process held the chapter lock: this apply would wait for it, then be refused.
        restarted.newLifecycle(restarted.newLoader(), ApplyCheckpoint.NONE, Duration.ofSeconds(20))
                .apply(planId, Answers.none(), ChapterFolders.in(dataDir), ADMIN);
        assertThat(org.proximite.core.testing.ContentFixtures.items(dsl, org.proximite.chapter.format.ItemKind.PRACTICE)).as("the plan, never applied, still applies once").isEqualTo(PRACTICES);
    }

    @Test
    void killedAfterTheCommitComesBackWhole() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshPostgres();
        Path dataDir = work.resolve("data-committed");
        String planId = killAt(ApplyCheckpoint.Step.COMMITTED, database, dataDir, () -> { });

        DSLContext dsl = database.dsl();
        CoreServices restarted = CoreServices.on(dsl);
        LoadReport report = restarted.newLoader().loadAll(ChapterFolders.in(dataDir).plugins());

        assertWhole(dsl, dataDir);
        assertThat(report.restored()).as("the jar, not yet copied when killed, comes from the database").containsExactly("bench");
        assertThat(report.started()).containsExactly("bench");
        assertThatThrownBy(() -> restarted.newLifecycle().apply(planId, Answers.none(), ChapterFolders.in(dataDir), ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo(LifecycleReason.PLAN_APPLIED.code()));
    }

    @Test
    void killedWithTheJarInTheFolderComesBackWhole() throws Exception {
        TestDatabase.Connection database = TestDatabase.freshPostgres();
        Path dataDir = work.resolve("data-jar");
        killAt(ApplyCheckpoint.Step.JAR_IN_FOLDER, database, dataDir, () -> { });

        DSLContext dsl = database.dsl();
        LoadReport report = CoreServices.on(dsl).newLoader().loadAll(ChapterFolders.in(dataDir).plugins());

        assertWhole(dsl, dataDir);
        assertThat(report.restored()).isEmpty();
        assertThat(report.setAside()).isEmpty();
        assertThat(report.started()).containsExactly("bench");
    }

    private static void assertWhole(DSLContext dsl, Path dataDir) {
        assertThat(dsl.fetchCount(CHAPTER)).isEqualTo(1);
        assertThat(org.proximite.core.testing.ContentFixtures.items(dsl, org.proximite.chapter.format.ItemKind.PRACTICE)).as("the whole chapter").isEqualTo(PRACTICES);
        assertThat(dsl.fetchCount(org.proximite.db.jooq.Tables.CONTENT_TEXT)).isEqualTo(2 * PRACTICES);
        assertThat(dsl.fetchCount(CHAPTER_PACKAGE)).isEqualTo(1);
        assertThat(ChapterFolders.in(dataDir).plugins().resolve("bench-1.0.0.jar")).exists();
    }

    /**
     * Runs the install in a child process, runs {@code whilePaused} while the child waits at the
     * step, kills the child there, and returns the plan's id.
     */
    private String killAt(ApplyCheckpoint.Step step, TestDatabase.Connection database, Path dataDir, Runnable whilePaused) throws Exception {
        Path jar = work.resolve("big.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, TestChapterJars.generated(PRACTICES, "1.0.0", ""));
        }
        Path marker = work.resolve("marker-" + step);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InstallInAnotherProcess.class.getName(),
                database.url(), database.user(), database.password(), dataDir.toString(), jar.toString(), marker.toString(), step.name())
                .redirectErrorStream(true).redirectOutput(work.resolve("child-" + step + ".log").toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> !child.isAlive() || Files.exists(marker) && read(marker).contains(" "));
            assertThat(marker).as("the child reached %s (see its log)", step).exists();
            whilePaused.run();
            // The child waits at the step until it is killed: the kill lands exactly there.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return read(marker).split(" ")[1];
        } finally {
            child.destroyForcibly();
        }
    }

    private static String read(Path marker) throws IOException {
        return Files.readString(marker).strip();
    }
}
