package org.proximite.core.chapter.installing;

import static org.proximite.core.testing.TestActors.BAKARY;
import static org.proximite.core.testing.TestActors.AMINA;
import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;
import static org.proximite.db.jooq.Tables.CHAPTER_PLAN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * A plan lives in the database: any instance can apply it, once. Two admins applying at the same
 * moment, on one instance or two, install the chapter once; the other is told why.
 */
class ApplyOnceIT {

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    private static byte[] guinea() throws Exception {
        return Files.readAllBytes(TestChapterJars.guinea());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPlanPreparedOnOneInstanceIsAppliedOnAnotherOnceOnly(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle a = core.newLifecycle();
        ChapterLifecycle b = core.newLifecycle();

        InstallPlan plan = a.prepare("guinea.jar", guinea(), ChapterFolders.in(dataA), List.of(), AMINA);
        b.apply(plan.id(), Answers.none(), ChapterFolders.in(dataB), BAKARY);

        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isEqualTo(10);
        assertThat(ChapterFolders.in(dataB).plugins().resolve("guinea-1.0.0.jar")).exists();
        assertThat(ChapterFolders.in(dataA).staging()).as("the upload is kept in the database, not on the node").isEmptyDirectory();
        assertThatThrownBy(() -> a.apply(plan.id(), Answers.none(), ChapterFolders.in(dataA), AMINA))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(LifecycleReason.PLAN_APPLIED.code());
                    assertThat(e.reasons().getFirst().arguments()).containsExactly(plan.id(), "bakary");
                });
        assertThat(core.events().recent(10)).filteredOn(event -> event.action() == ChapterAction.INSTALL).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownOrExpiredPlanIsRefusedWithItsReason(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        ChapterLifecycle lifecycle = core.newLifecycle();
        ChapterFolders folders = ChapterFolders.in(dataA);
        InstallPlan plan = lifecycle.prepare("guinea.jar", guinea(), folders, List.of(), ADMIN);
        core.dsl().update(CHAPTER_PLAN).set(CHAPTER_PLAN.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1)).execute();

        assertThatThrownBy(() -> lifecycle.apply("no-such-plan", Answers.none(), folders, ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo(LifecycleReason.PLAN_UNKNOWN.code()));
        assertThatThrownBy(() -> lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN))
                .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo(LifecycleReason.PLAN_EXPIRED.code()));

        lifecycle.prepare("guinea.jar", guinea(), folders, List.of(), ADMIN);

        assertThat(core.dsl().fetchExists(CHAPTER_PLAN, CHAPTER_PLAN.ID.eq(plan.id()))).as("expired plans are cleaned away").isFalse();
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isZero();
    }

    @ParameterizedTest(name = "{0}, same instance: {1}")
    @CsvSource({"H2, true", "H2, false", "POSTGRES, true", "POSTGRES, false"})
    void twoAppliesOfOnePlanAtOnceInstallItOnceAndTheSecondIsRefused(TestDatabase database, boolean sameInstance) throws Exception {
        CoreServices core = CoreServices.on(database);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        ChapterLifecycle first = core.newLifecycle(core.newLoader(), step -> {
            if (step == ApplyCheckpoint.Step.IN_TRANSACTION) {
                firstHoldsTheLock.countDown();
                // Inside its transaction, holding the lock, until the other apply waits for that lock.
                await().atMost(Duration.ofSeconds(20)).until(() -> someoneWaitsForTheChapterLock(core.dsl()));
            }
        }, CoreServices.LOCK_WAIT);
        ChapterLifecycle second = sameInstance ? first : core.newLifecycle();
        Path secondData = sameInstance ? dataA : dataB;
        InstallPlan plan = first.prepare("guinea.jar", guinea(), ChapterFolders.in(dataA), List.of(), AMINA);

        CompletableFuture<AppliedPlan> byFirst = CompletableFuture.supplyAsync(() -> apply(first, plan.id(), dataA, AMINA));
        CompletableFuture<AppliedPlan> bySecond = CompletableFuture.supplyAsync(() -> {
            awaitQuietly(firstHoldsTheLock);
            return apply(second, plan.id(), secondData, BAKARY);
        });

        assertThat(byFirst.get(60, TimeUnit.SECONDS).warnings()).isEmpty();
        assertThatThrownBy(() -> bySecond.get(60, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(RefusedInThread.class,
                e -> assertThat(e.refusal.code()).isEqualTo(LifecycleReason.PLAN_APPLIED.code()));
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isEqualTo(10);
        assertThat(core.dsl().fetchCount(CHAPTER_PACKAGE)).isEqualTo(1);
        assertThat(core.events().recent(10)).filteredOn(event -> event.action() == ChapterAction.INSTALL).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("amina"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdminWhoWaitsLongerThanTheLockAllowsIsToldAnotherChangeIsRunning(TestDatabase database) throws Exception {
        CoreServices core = CoreServices.on(database);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondWasRefused = new CountDownLatch(1);
        ChapterLifecycle first = core.newLifecycle(core.newLoader(), step -> {
            if (step == ApplyCheckpoint.Step.IN_TRANSACTION) {
                firstHoldsTheLock.countDown();
                secondWasRefused.await(60, TimeUnit.SECONDS);
            }
        }, CoreServices.LOCK_WAIT);
        ChapterLifecycle impatient = core.newLifecycle(core.newLoader(), ApplyCheckpoint.NONE, Duration.ofMillis(500));
        InstallPlan plan = first.prepare("guinea.jar", guinea(), ChapterFolders.in(dataA), List.of(), AMINA);

        CompletableFuture<AppliedPlan> byFirst = CompletableFuture.supplyAsync(() -> apply(first, plan.id(), dataA, AMINA));
        assertThat(firstHoldsTheLock.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> impatient.apply(plan.id(), Answers.none(), ChapterFolders.in(dataB), BAKARY))
                    .isInstanceOfSatisfying(ChapterRefusedException.class, e -> assertThat(e.code()).isEqualTo(LifecycleReason.BUSY.code()));
        } finally {
            secondWasRefused.countDown();
        }

        assertThat(byFirst.get(60, TimeUnit.SECONDS).plan().chapterId()).isEqualTo("guinea");
        assertThat(org.proximite.core.testing.ContentFixtures.items(core.dsl(), org.proximite.chapter.format.ItemKind.PRACTICE)).isEqualTo(10);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AppliedPlan apply(ChapterLifecycle lifecycle, String planId, Path dataDir, org.proximite.core.actor.Actor actor) {
        try {
            return lifecycle.apply(planId, Answers.none(), ChapterFolders.in(dataDir), actor);
        } catch (ChapterRefusedException e) {
            throw new RefusedInThread(e);
        }
    }

    /** A refusal carried out of a thread. */
    private static final class RefusedInThread extends RuntimeException {

        final ChapterRefusedException refusal;

        RefusedInThread(ChapterRefusedException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }

    /** Whether a session waits for the chapter lock, as each database reports it. */
    static boolean someoneWaitsForTheChapterLock(DSLContext dsl) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return dsl.fetchExists(dsl.selectOne().from("pg_locks").where("locktype = 'advisory' and not granted"));
        }
        return dsl.fetchExists(dsl.selectOne().from("information_schema.sessions").where("blocker_id is not null"));
    }

}
