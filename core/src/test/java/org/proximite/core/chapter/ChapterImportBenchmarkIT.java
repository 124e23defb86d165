package org.proximite.core.chapter;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeFilter;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. Times the upload of a
 * generated chapter of 500 practices in two languages until readers see them, and its upgrade over
 * 50 practices edited on the site; the baseline, measured in the same run, is the 10-practice
 * Guinea chapter. Statements go through a connection pool, as in the application. Run: {@code bin/mvn -pl core -am verify -Dit.test=ChapterImportBenchmarkIT
 * -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
class ChapterImportBenchmarkIT {

    static final int PRACTICES = 500;
    static final int EDITED = 50;
    static final int ROUNDS = 3;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void uploadToVisibleAndUpgradeOverLocalEdits(TestDatabase database) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        byte[] big = generatedChapter("1.0.0", "");
        byte[] bigUpgrade = generatedChapter("1.1.0", " (révisé)");
        byte[] guinea = Files.readAllBytes(TestChapterJars.guinea());

        List<Long> baseline = new ArrayList<>();
        List<Long> install = new ArrayList<>();
        List<Long> upgrade = new ArrayList<>();
        List<Long> saves = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            CoreServices core = CoreServices.on(database.freshPooledDsl());
            ChapterLifecycle lifecycle = core.newLifecycle();
            ChapterFolders folders = ChapterFolders.in(work.resolve(database + "-" + round));

            baseline.add(uploadToVisible(core, lifecycle, folders, guinea, "guinea", 10));
            install.add(uploadToVisible(core, lifecycle, folders, big, "bench", PRACTICES));
            for (int i = 0; i < EDITED; i++) {
                String title = core.practiceEditing().load("practice-" + i).item().text("fr").title();
                long saveStart = System.nanoTime();
                ContentFixtures.editPractice(core, "practice-" + i, "fr", "title", title + " (modifié ici)");
                saves.add(System.nanoTime() - saveStart);
            }
            long start = System.nanoTime();
            InstallPlan plan = lifecycle.prepare("bench-1.1.0.jar", bigUpgrade, folders, List.of(), ADMIN);
            Map<String, TextConflict.Resolution> keepEveryLocalEdit = new HashMap<>();
            plan.conflicts().forEach(conflict -> keepEveryLocalEdit.put(conflict.key(), TextConflict.Resolution.KEEP_LOCAL));
            lifecycle.apply(plan.id(), Answers.settling(keepEveryLocalEdit), folders, ADMIN);
            upgrade.add(System.nanoTime() - start);
            assertThat(plan.conflicts()).hasSize(EDITED);
        }
        long base = median(baseline);
        long installed = median(install);
        long upgraded = median(upgrade);
        System.out.printf("%nBENCHMARK %s (median of %d)%n", database, ROUNDS);
        System.out.printf("  baseline: Guinea chapter, 10 practices, upload to visible: %6d ms (%.1f ms per practice)%n", base / 1_000_000, base / 10 / 1e6);
        System.out.printf("  generated chapter, %d practices x 2 languages, upload to visible: %6d ms (%.1f ms per practice, %.2fx the baseline's per-practice time)%n",
                PRACTICES, installed / 1_000_000, installed / (double) PRACTICES / 1e6, (installed / (double) PRACTICES) / (base / 10.0));
        System.out.printf("  an editor's save of one language of one practice (load and save), median of %d: %.1f ms%n", saves.size(),
                median(saves) / 1e6);
        System.out.printf("  its upgrade over %d conflicting edits made on the site (plan, choices, merge): %6d ms (%.2fx the install)%n", EDITED, upgraded / 1_000_000,
                upgraded / (double) installed);
    }

    private static long uploadToVisible(CoreServices core, ChapterLifecycle lifecycle, ChapterFolders folders, byte[] jar, String chapter, int expected)
            throws Exception {
        long start = System.nanoTime();
        InstallPlan plan = lifecycle.prepare(chapter + ".jar", jar, folders, List.of(), ADMIN);
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);
        int visible = core.practices().list(new PracticeFilter("fr", null, chapter, null, null, false)).size();
        long elapsed = System.nanoTime() - start;
        assertThat(visible).isEqualTo(expected);
        return elapsed;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static byte[] generatedChapter(String version, String titleSuffix) throws Exception {
        return TestChapterJars.generated(PRACTICES, version, titleSuffix);
    }
}
