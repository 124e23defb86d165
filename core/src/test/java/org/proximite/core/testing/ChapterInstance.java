package org.proximite.core.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.installing.ChapterLifecycle;
import org.proximite.core.chapter.running.ChapterFollower;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.core.outbox.OutboxFollower;

/**
 * One running instance of the application, as far as chapters go: its own data folder, PF4J,
 * lifecycle and outbox follower, over a database it may share with other instances. Closing it
 * stops its follower, as a shutdown would.
 */
public final class ChapterInstance implements AutoCloseable {

    public static final Duration POLL = Duration.ofMillis(200);

    private final CoreServices core;
    private final ChapterFolders folders;
    private ChapterLoader loader;
    private ChapterLifecycle lifecycle;
    private OutboxFollower follower;

    private ChapterInstance(CoreServices core, Path dataDir) {
        this.core = core;
        this.folders = ChapterFolders.in(dataDir);
    }

    /** Starts an instance over {@code dataDir}: reconciles its folder with the database, then follows changes. */
    public static ChapterInstance start(CoreServices core, Path dataDir) throws IOException {
        ChapterInstance instance = new ChapterInstance(core, dataDir);
        instance.boot();
        return instance;
    }

    private LoadReport boot() throws IOException {
        loader = core.newLoader();
        lifecycle = core.newLifecycle(loader);
        follower = new OutboxFollower(core.outbox(), List.of(new ChapterFollower(loader)), POLL);
        follower.poll();
        LoadReport report = loader.loadAll(folders.plugins());
        follower.start();
        return report;
    }

    /** Stops this instance and starts it again over the same folder, as a restart does: PF4J starts empty. */
    public LoadReport restart() throws IOException {
        close();
        return boot();
    }

    public ChapterLifecycle lifecycle() {
        return lifecycle;
    }

    public ChapterLoader loader() {
        return loader;
    }

    public ChapterFolders folders() {
        return folders;
    }

    @Override
    public void close() {
        follower.stop();
        // A poll under way holds the follower's monitor: once it is ours, this instance is quiet.
        synchronized (follower) {
            follower.position();
        }
    }
}
