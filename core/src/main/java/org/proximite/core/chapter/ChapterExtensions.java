package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jooq.DSLContext;
import org.proximite.chapter.api.PracticeCheck;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs code chapters' extensions, each on a thread of its own with a time limit. An extension that
 * throws or overruns is cut off (its thread interrupted: it holds no database connection) and its
 * chapter is marked failed and stopped, with the reason; the others keep working.
 *
 * <p>The JVM cannot sandbox plugin code: a loop that ignores interruption keeps its thread busy.
 * That is why code runs only from chapters the site trusts.
 */
@Service
public class ChapterExtensions {

    private static final Logger log = LoggerFactory.getLogger(ChapterExtensions.class);
    static final Duration LIMIT = Duration.ofSeconds(2);

    private final ChapterLoader loader;
    private final ChapterEvents events;
    private final DSLContext dsl;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "chapter-extension");
        thread.setDaemon(true);
        return thread;
    });

    public ChapterExtensions(ChapterLoader loader, ChapterEvents events, DSLContext dsl) {
        this.loader = loader;
        this.events = events;
        this.dsl = dsl;
    }

    /** Every started chapter's warnings on this text. */
    public List<String> checkPractice(String language, PracticeText text) {
        List<String> warnings = new ArrayList<>();
        for (String chapterId : loader.startedChapters()) {
            for (PracticeCheck check : loader.extensions(PracticeCheck.class, chapterId)) {
                Future<List<String>> answer = threads.submit(() -> check.check(language, text));
                try {
                    List<String> found = answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                    if (found != null) {
                        found.stream().filter(warning -> warning != null && !warning.isBlank()).limit(20)
                                .map(warning -> warning.length() > 500 ? warning.substring(0, 500) : warning)
                                .forEach(warnings::add);
                    }
                } catch (TimeoutException e) {
                    answer.cancel(true);
                    cutOff(chapterId, "its practice check did not answer within " + LIMIT.toSeconds() + " s");
                    break;
                } catch (ExecutionException e) {
                    cutOff(chapterId, "its practice check failed: " + e.getCause());
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return warnings;
                }
            }
        }
        return warnings;
    }

    private void cutOff(String chapterId, String reason) {
        log.error("Chapter {} cut off: {}", chapterId, reason);
        loader.stop(chapterId);
        dsl.update(CHAPTER).set(CHAPTER.STATE, ChapterState.FAILED.name()).set(CHAPTER.STATE_REASON, reason)
                .where(CHAPTER.ID.eq(chapterId)).execute();
        events.record(chapterId, chapterId, ChapterAction.LOAD, false, null, null, reason, ChapterLoader.ACTOR);
    }
}
