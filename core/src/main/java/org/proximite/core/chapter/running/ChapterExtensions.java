package org.proximite.core.chapter.running;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.proximite.chapter.api.PracticeCheck;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.SafeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs code chapters' extensions, each on a thread of its own with a time limit. An extension that
 * throws or overruns is cut off (its thread interrupted: it holds no database connection) and its
 * chapter is marked failed, with the reason: every instance then stops it; the others keep working.
 *
 * <p>The JVM cannot sandbox plugin code: a loop that ignores interruption keeps its thread busy.
 * That is why code runs only from chapters the site trusts.
 */
@Service
public class ChapterExtensions {

    private static final Logger log = LoggerFactory.getLogger(ChapterExtensions.class);
    public static final Duration LIMIT = Duration.ofSeconds(2);

    private final ChapterLoader loader;
    private final ChapterStates states;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "chapter-extension");
        thread.setDaemon(true);
        return thread;
    });

    public ChapterExtensions(ChapterLoader loader, ChapterStates states) {
        this.loader = loader;
        this.states = states;
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
                    cutOff(chapterId, LifecycleReason.CHECK_TIMEOUT.with(LIMIT.toSeconds()));
                    break;
                } catch (ExecutionException e) {
                    cutOff(chapterId, LifecycleReason.CHECK_FAILED.with(SafeMessage.of(e.getCause())));
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return warnings;
                }
            }
        }
        return warnings;
    }

    private void cutOff(String chapterId, Reason reason) {
        log.error("Chapter {} cut off: {}", chapterId, reason);
        loader.stop(chapterId);
        states.markUnusable(chapterId, ChapterState.FAILED, reason);
    }
}
