package org.proximite.core.chapter.installing;

import static org.proximite.core.testing.TestActors.ADMIN;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestDatabase;

/**
 * The child process of {@link KilledDuringInstallIT}: prepares a chapter and applies it; when the
 * apply reaches the named step it writes the step and the plan's id to the marker file, then waits
 * there until it is killed.
 *
 * <p>Arguments: JDBC URL, user, password, data dir, chapter jar, marker file, step ({@link ApplyCheckpoint.Step}).
 */
public final class InstallInAnotherProcess {

    private InstallInAnotherProcess() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        CoreServices core = CoreServices.on(new TestDatabase.Connection(args[0], args[1], args[2]).dsl());
        ChapterFolders folders = ChapterFolders.in(Path.of(args[3]));
        Path marker = Path.of(args[5]);
        ApplyCheckpoint.Step pauseAt = ApplyCheckpoint.Step.valueOf(args[6]);
        String[] planId = new String[1];
        CountDownLatch never = new CountDownLatch(1);
        ChapterLifecycle lifecycle = core.newLifecycle(core.newLoader(), step -> {
            if (step == pauseAt) {
                Files.writeString(marker, step + " " + planId[0]);
                never.await();
            }
        }, Duration.ofSeconds(30));
        InstallPlan plan = lifecycle.prepare("big.jar", Files.readAllBytes(Path.of(args[4])), folders, List.of(), ADMIN);
        planId[0] = plan.id();
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);
    }
}
