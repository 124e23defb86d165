package org.proximite.core.chapter;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/** Installing and removing a chapter a hundred times leaves no class loader and no open file behind. */
class ChapterCyclesIT {

    static final int CYCLES = 100;

    @TempDir
    Path dataDir;

    @Test
    void aHundredInstallAndRemoveCyclesLeakNothing() throws Exception {
        CoreServices core = CoreServices.on(TestDatabase.H2);
        ChapterLoader loader = core.newLoader();
        ChapterLifecycle lifecycle = core.newLifecycle(loader);
        ChapterFolders folders = ChapterFolders.in(dataDir);
        byte[] jar = Files.readAllBytes(TestChapterJars.guinea());
        List<WeakReference<ClassLoader>> classLoaders = new ArrayList<>();
        // One cycle first, so that what stays open for good (database, caches) is counted in the baseline.
        cycle(lifecycle, folders, jar, loader, classLoaders);
        long openFilesBefore = openFiles();

        for (int i = 0; i < CYCLES; i++) {
            cycle(lifecycle, folders, jar, loader, classLoaders);
        }

        assertThat(loader.startedChapters()).isEmpty();
        assertThat(openFiles()).as("open files after %d cycles", CYCLES).isLessThanOrEqualTo(openFilesBefore + 5);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            System.gc();
            assertThat(classLoaders.stream().filter(ref -> ref.get() != null).count()).as("chapter class loaders still reachable").isZero();
        });
        assertThat(folders.plugins()).isEmptyDirectory();
    }

    private static void cycle(ChapterLifecycle lifecycle, ChapterFolders folders, byte[] jar, ChapterLoader loader,
            List<WeakReference<ClassLoader>> classLoaders) throws Exception {
        InstallPlan plan = lifecycle.prepare("guinea.jar", jar, folders, List.of(), ADMIN);
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);
        classLoaders.add(new WeakReference<>(loader.classLoaderOf("guinea")));
        lifecycle.uninstall("guinea", false, folders, ADMIN);
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }
}
