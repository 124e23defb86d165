package org.proximite.web.backup;

import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicReference;
import org.proximite.core.backup.BackupProgress;

/**
 * One export or import running on its own thread: its last progress, and what it ended with, for
 * the page to show at its next poll. The page polls while work runs.
 */
final class BackupWork<T> {

    private final AtomicReference<BackupProgress> progress = new AtomicReference<>();
    private final AtomicReference<Object> outcome = new AtomicReference<>();

    interface Job<T> {
        T run(BackupWork<T> work) throws Exception;
    }

    static <T> BackupWork<T> start(UI ui, String name, Job<T> job) {
        BackupWork<T> work = new BackupWork<>();
        ui.setPollInterval(500);
        Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                work.outcome.set(new Done<>(job.run(work)));
            } catch (Exception e) {
                work.outcome.set(new Failed(e));
            }
        });
        return work;
    }

    void progress(BackupProgress now) {
        progress.set(now);
    }

    BackupProgress progress() {
        return progress.get();
    }

    /** What the work ended with ({@link Done} or {@link Failed}), or null while it runs. */
    Object outcome() {
        return outcome.get();
    }

    record Done<T>(T value) {}

    record Failed(Exception error) {}
}
