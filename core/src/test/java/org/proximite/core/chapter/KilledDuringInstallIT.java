package org.proximite.core.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * The process is killed ({@code kill -9}) while it installs a large chapter on PostgreSQL: after a
 * restart the chapter is either not there at all or all there, never half.
 */
class KilledDuringInstallIT {

    static final int PRACTICES = 300;

    @TempDir
    Path work;

    @Test
    void afterAKillDuringAnInstallTheStateIsTheOldOrTheNewNeverAMix() throws Exception {
        Path jar = work.resolve("big.jar");
        Files.write(jar, TestChapterJars.generated(PRACTICES, "1.0.0", ""));
        List<String> outcomes = new ArrayList<>();
        // A first install runs to its end: how long applying takes in a fresh process.
        long applyMillis = calibrate(jar);
        double[] moments = {0.1, 0.4, 0.7, 0.95, 1.3};
        for (int attempt = 0; attempt < moments.length; attempt++) {
            TestDatabase.Connection database = TestDatabase.freshPostgres();
            Path dataDir = Files.createDirectories(work.resolve("data-" + attempt));
            Path marker = work.resolve("marker-" + attempt);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), InstallInAnotherProcess.class.getName(),
                    database.url(), database.user(), database.password(), dataDir.toString(), jar.toString(), marker.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("child-" + attempt + ".log").toFile()).start();
            for (int wait = 0; wait < 600 && !Files.exists(marker) && child.isAlive(); wait++) {
                Thread.sleep(50);
            }
            assertThat(Files.exists(marker)).as("the child prepared the chapter (see child log)").isTrue();
            // Kill at a different moment of the apply each time, from its start to just after its end.
            Thread.sleep((long) (applyMillis * moments[attempt]));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            DSLContext dsl = database.dsl();
            CoreServices restarted = CoreServices.on(dsl);
            restarted.newLoader().loadAll(dataDir.resolve("plugins"));

            int chapters = dsl.fetchCount(CHAPTER);
            int practices = ContentFixtures.items(dsl, ItemKind.PRACTICE);
            int texts = ContentFixtures.texts(dsl, ItemKind.PRACTICE);
            int packages = dsl.fetchCount(CHAPTER_PACKAGE);
            if (chapters == 0) {
                assertThat(practices).as("no chapter, so no practice").isZero();
                assertThat(packages).isZero();
                outcomes.add("old");
            } else {
                assertThat(practices).as("the whole chapter").isEqualTo(PRACTICES);
                assertThat(texts).isEqualTo(2 * PRACTICES);
                assertThat(packages).isEqualTo(1);
                assertThat(dataDir.resolve("plugins").resolve("bench-1.0.0.jar")).as("restored from the database if it was lost").exists();
                outcomes.add("new");
            }
        }
        System.out.println("Apply takes about " + applyMillis + " ms; outcomes of the killed installs: " + outcomes);
    }

    private long calibrate(Path jar) throws Exception {
        TestDatabase.Connection database = TestDatabase.freshPostgres();
        Path marker = work.resolve("marker-calibration");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InstallInAnotherProcess.class.getName(),
                database.url(), database.user(), database.password(), work.resolve("data-calibration").toString(), jar.toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("child-calibration.log").toFile()).start();
        try {
            for (int wait = 0; wait < 600 && !Files.exists(marker); wait++) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            for (int wait = 0; wait < 3000 && !Files.readString(marker).equals("applied"); wait++) {
                Thread.sleep(10);
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
