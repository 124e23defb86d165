package org.proximite.core.chapter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestDatabase;

/**
 * The child process of {@link KilledDuringInstallIT}: prepares a chapter, says so in a marker
 * file, then applies it, until it is killed.
 *
 * <p>Arguments: JDBC URL, user, password, data dir, chapter jar, marker file.
 */
public final class InstallInAnotherProcess {

    private InstallInAnotherProcess() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        CoreServices core = CoreServices.on(new TestDatabase.Connection(args[0], args[1], args[2]).dsl());
        ChapterLifecycle lifecycle = core.newLifecycle();
        ChapterFolders folders = ChapterFolders.in(Path.of(args[3]));
        byte[] jar = Files.readAllBytes(Path.of(args[4]));
        InstallPlan plan = lifecycle.prepare("big.jar", jar, folders, List.of(), "admin");
        Files.writeString(Path.of(args[5]), "prepared");
        lifecycle.apply(plan.id(), false, folders, "admin");
        Files.writeString(Path.of(args[5]), "applied");
        Thread.sleep(60_000);
    }
}
