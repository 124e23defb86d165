package org.proximite.core.chapter.running;

import static org.proximite.core.testing.TestActors.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.proximite.db.jooq.Tables.CHAPTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.Answers;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.installing.InstallPlan;
import org.proximite.core.chapter.installing.PlanDecision;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestCodeChapters;
import org.proximite.core.testing.TestDatabase;

/** Code chapters, once trusted, run their extensions; one that throws or loops is cut off. */
class CodeChapterIT {

    @TempDir
    Path work;

    @TempDir
    Path dataDir;

    private static final PracticeText SHORT = new PracticeText("Court", "Résumé.", null, null, null, null, null, null);

    private CoreServices core;
    private ChapterLoader loader;
    private ChapterExtensions extensions;

    private void install(Path jar) throws Exception {
        core = CoreServices.on(TestDatabase.H2);
        loader = core.newLoader();
        ChapterLifecycle lifecycle = core.newLifecycle(loader);
        ChapterFolders folders = ChapterFolders.in(dataDir);
        byte[] bytes = Files.readAllBytes(jar);
        InstallPlan plan = lifecycle.prepare(jar.getFileName().toString(), bytes, folders, List.of(), ADMIN);
        assertThat(plan.contentOnly()).isFalse();
        assertThat(plan.decisions()).extracting(PlanDecision::kind).containsExactly(PlanDecision.Kind.ALLOW_CODE);
        lifecycle.allowCode("guinea", plan.sha256(), ADMIN);
        lifecycle.apply(plan.id(), Answers.none(), folders, ADMIN);
        extensions = new ChapterExtensions(loader, core.states());
    }

    @Test
    void anAllowedCodeChapterChecksPracticesWhenTheyAreSaved() throws Exception {
        install(TestCodeChapters.withPracticeCheck(work, "ShortTitleCheck",
                "return text.title().length() < 10 ? List.of(\"Title shorter than 10 characters (\" + language + \")\") : List.of();"));

        assertThat(extensions.checkPractice("fr", SHORT)).containsExactly("Title shorter than 10 characters (fr)");
        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("ACTIVE");
    }

    @Test
    void aCheckThatThrowsIsCutOffAndItsChapterMarkedFailed() throws Exception {
        install(TestCodeChapters.withPracticeCheck(work, "ThrowingCheck", "throw new IllegalStateException(\"broken check\");"));

        assertThat(extensions.checkPractice("fr", SHORT)).isEmpty();
        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("FAILED");
        assertThat(core.dsl().fetchValue(CHAPTER.STATE_REASON, CHAPTER.ID.eq("guinea"))).contains("broken check");
        assertThat(extensions.checkPractice("fr", SHORT)).as("no longer called").isEmpty();
    }

    @Test
    void aChapterWhoseStartThrowsIsMarkedFailedWithTheReason() throws Exception {
        install(TestCodeChapters.withFailingStart(work));

        assertThat(core.dsl().fetchValue(CHAPTER.STATE, CHAPTER.ID.eq("guinea"))).isEqualTo("FAILED");
        assertThat(core.dsl().fetchValue(CHAPTER.STATE_REASON, CHAPTER.ID.eq("guinea"))).contains("cannot start: missing configuration");
        assertThat(core.practices().list(org.proximite.core.practice.PracticeFilter.published("fr"))).as("hidden from readers").isEmpty();
        assertThat(extensions.checkPractice("fr", SHORT)).isEmpty();
    }

    @Test
    void aCheckThatNeverAnswersIsCutOffWithinItsTimeLimit() throws Exception {
        install(TestCodeChapters.withPracticeCheck(work, "LoopingCheck",
                "try { new java.util.concurrent.CountDownLatch(1).await(); } catch (InterruptedException e) { } return List.of(\"interrupted\");"));

        long start = System.nanoTime();
        assertThat(extensions.checkPractice("fr", SHORT)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ChapterExtensions.LIMIT.plusSeconds(3));
        assertThat(core.dsl().fetchValue(CHAPTER.STATE_REASON, CHAPTER.ID.eq("guinea"))).contains("did not answer within 2 s");
        assertThat(loader.startedChapters()).doesNotContain("guinea");
    }
}
