package org.proximite.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.core.testing.TestActors.ADMIN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Benchmark, not a test: skipped unless {@code -Dproximite.benchmark=true}. An editor opens a
 * practice of a 500-practice chapter and saves one field of its French text, 4,000 times over the
 * 500 practices, through a connection pool as the application does; the first half warms the
 * code up, the second is measured. Prints the median and the 95th percentile of the opening and
 * of the save, on H2 and on PostgreSQL. Run: {@code bin/mvn -B -pl core -am verify
 * -Dit.test=EditorSaveBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
class EditorSaveBenchmarkIT {

    static final int PRACTICES = 500;
    static final int SAVES = 4_000;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void openAndSaveOneLanguage(TestDatabase database) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        CoreServices core = CoreServices.on(database.freshPooledDsl());
        ChapterLifecycle lifecycle = core.newLifecycle();
        ChapterFolders folders = ChapterFolders.in(work);
        InstallPlan plan = lifecycle.prepare("bench.jar", TestChapterJars.generated(PRACTICES, "1.0.0", ""), folders, List.of(), ADMIN);
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);

        List<Long> opens = new ArrayList<>();
        List<Long> saves = new ArrayList<>();
        List<Long> saveCpu = new ArrayList<>();
        List<Long> openCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < SAVES; i++) {
            String slug = "practice-" + (i % PRACTICES);
            long start = System.nanoTime();
            long openingCpuStart = threads.getCurrentThreadCpuTime();
            PracticeDraft draft = core.practiceEditing().load(slug);
            long opened = System.nanoTime();
            long savingCpuStart = threads.getCurrentThreadCpuTime();
            long openingCpu = savingCpuStart - openingCpuStart;
            String title = draft.item().text("fr").title();
            core.practiceEditing().save(draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), "fr", "title", edited(title, i))),
                    ContentFixtures.COORDINATOR);
            long saved = System.nanoTime();
            long savingCpu = threads.getCurrentThreadCpuTime() - savingCpuStart;
            if (i >= SAVES / 2) {
                opens.add(opened - start);
                saves.add(saved - opened);
                saveCpu.add(savingCpu);
                openCpu.add(openingCpu);
            }
        }
        assertThat(core.practiceEditing().load("practice-0").item().text("fr").title()).isEqualTo(edited("Pratique numéro 0", SAVES - PRACTICES));
        System.out.printf("%nBENCHMARK %s: an editor's opening and save of one language, %d of each measured after as many to warm up%n",
                database, opens.size());
        System.out.printf("  opening: median %.3f ms, p95 %.3f ms%n", percentile(opens, 50) / 1e6, percentile(opens, 95) / 1e6);
        System.out.printf("  save:    median %.3f ms, p95 %.3f ms%n", percentile(saves, 50) / 1e6, percentile(saves, 95) / 1e6);
        System.out.printf("  opening, CPU time of the thread: median %.3f ms, p95 %.3f ms%n", percentile(openCpu, 50) / 1e6,
                percentile(openCpu, 95) / 1e6);
        System.out.printf("  save, CPU time of the saving thread: median %.3f ms, p95 %.3f ms%n", percentile(saveCpu, 50) / 1e6,
                percentile(saveCpu, 95) / 1e6);
    }

    /** The title after save number {@code round} of the practice: the edition's number changes each time, the length stays small. */
    private static String edited(String title, int round) {
        String base = title.replaceFirst(" \\(édition \\d+\\)$", "");
        return base + " (édition " + round + ")";
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
