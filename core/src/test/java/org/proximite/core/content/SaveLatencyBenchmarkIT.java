package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.core.testing.TestActors.ADMIN;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * Twenty editors save at once through the core service, as the application runs it (a pool of 10
 * connections): each on a practice of their own, then sixteen of them on one practice (each their
 * own field of a language, so that saves merge with the ones before) and four on their own. Each race
 * runs once to warm up, as a running application is, then once measured. Opt-in:
 * {@code bin/mvn -B -pl core -am verify -Dit.test=SaveLatencyBenchmarkIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dproximite.benchmark=true}.
 */
class SaveLatencyBenchmarkIT {

    static final int EDITORS = 20;
    static final int SAVES_EACH = 50;
    static final List<String> FIELDS = List.of("title", "summary", "body", "effect", "mechanism", "context", "implementation", "cost");

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twentyEditorsSavingAtOnce(TestDatabase database) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("proximite.benchmark"), "benchmark: run with -Dproximite.benchmark=true");
        CoreServices core = CoreServices.on(database.freshPooledDsl(10));
        ChapterLifecycle lifecycle = core.newLifecycle();
        InstallPlan plan = lifecycle.prepare("bench.jar", TestChapterJars.generated(EDITORS, "1.0.0", ""), ChapterFolders.in(work), List.of(), ADMIN);
        lifecycle.apply(plan.id(), Answers.none(), ChapterFolders.in(work), ADMIN);
        // Warm up as a running application is: both races once, not counted, load classes, fill the pool and compile the code.
        for (int i = 0; i < EDITORS; i++) {
            ContentFixtures.editPractice(core, "practice-" + i, "fr", "cost", "Échauffement.");
        }
        raceOnOwnPractices(core);
        raceOnOnePractice(core);

        List<Long> own = raceOnOwnPractices(core);
        List<Long> shared = raceOnOnePractice(core);

        System.out.printf("%nBENCHMARK %s: %d editors saving at once, %d saves each (load not counted)%n", database, EDITORS, SAVES_EACH);
        System.out.printf("  each on their own practice: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(own, 50), percentile(own, 95),
                percentile(own, 100));
        System.out.printf("  16 on one practice (own fields, merged), 4 apart: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(shared, 50),
                percentile(shared, 95), percentile(shared, 100));
    }

    private static List<Long> raceOnOwnPractices(CoreServices core) throws Exception {
        return race(core, editor -> "practice-" + editor, editor -> "fr", editor -> "summary");
    }

    /** Sixteen editors on one practice, each a field of French or English; the four others on practices of their own. */
    private static List<Long> raceOnOnePractice(CoreServices core) throws Exception {
        return race(core, editor -> editor < 16 ? "practice-0" : "practice-" + editor, editor -> editor < 8 ? "fr" : "en",
                editor -> editor < 16 ? FIELDS.get(editor % FIELDS.size()) : "body");
    }

    interface PerEditor {
        String of(int editor);
    }

    /** Each editor opens, changes its field and saves, {@link #SAVES_EACH} times; the saves' durations. */
    private static List<Long> race(CoreServices core, PerEditor slug, PerEditor language, PerEditor field) throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int editor = 0; editor < EDITORS; editor++) {
            int number = editor;
            futures.add(editors.submit(() -> {
                go.await();
                List<Long> durations = new ArrayList<>();
                for (int save = 0; save < SAVES_EACH; save++) {
                    PracticeDraft draft = core.practiceEditing().load(slug.of(number));
                    PracticeDraft edited = draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), language.of(number),
                            field.of(number), "Editor " + number + ", save " + save + "."));
                    long start = System.nanoTime();
                    core.practiceEditing().save(edited, ContentFixtures.COORDINATOR);
                    durations.add(System.nanoTime() - start);
                }
                return durations;
            }));
        }
        go.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        editors.shutdown();
        assertThat(all).hasSize(EDITORS * SAVES_EACH);
        return all;
    }

    private static double percentile(List<Long> durations, int percent) {
        List<Long> sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1e6;
    }
}
