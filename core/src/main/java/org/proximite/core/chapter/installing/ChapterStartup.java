package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;

import java.io.IOException;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.chapter.running.LoadReport;
import org.proximite.core.actor.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What an instance does with chapters when it starts, under the {@link ChapterLock}: it brings its
 * node in line with the database (the folder restored and swept, the active chapters started),
 * then installs the shipped chapters and applies the operator's list of chapters that must be
 * present or absent, both through the lifecycle like an upload. Nothing here stops the
 * application from starting: a chapter that fails is reported and marked, and the rest goes on.
 */
@Service
public class ChapterStartup {

    private static final Logger log = LoggerFactory.getLogger(ChapterStartup.class);
    /** The operator's settings act as the application itself, under this name in the history. */
    public static final Actor OPERATOR = Actor.system("operator");

    private final DSLContext dsl;
    private final ChapterLock lock;
    private final ChapterLoader loader;
    private final ShippedChapters shipped;
    private final ChapterLifecycle lifecycle;
    private final StoredPlans plans;

    public ChapterStartup(DSLContext dsl, ChapterLock lock, ChapterLoader loader, ShippedChapters shipped, ChapterLifecycle lifecycle,
            StoredPlans plans) {
        this.dsl = dsl;
        this.lock = lock;
        this.loader = loader;
        this.shipped = shipped;
        this.lifecycle = lifecycle;
        this.plans = plans;
    }

    /**
     * @param shippedFrom where the shipped chapters are ({@code shipped-chapters/} on its class path)
     * @param present ids of shipped chapters to install when missing
     * @param absent ids of chapters to remove (content kept, archived) when installed
     */
    public LoadReport start(ChapterFolders folders, ClassLoader shippedFrom, List<String> present, List<String> absent) throws IOException {
        try (ChapterLock.Held held = lock.acquire()) {
            LoadReport report = loader.loadAll(folders.plugins());
            plans.removeExpired();
            shipped.install(folders, shippedFrom);
            applyOperatorSettings(folders, shippedFrom, present, absent);
            return report;
        } catch (ChapterRefusedException busy) {
            // Another instance holds the lock for longer than the wait: run what is already
            // installed, and leave installing and removing to the next start.
            log.error("Chapters: {}; this instance starts with the installed chapters only", busy.getMessage());
            return loader.loadAll(folders.plugins());
        }
    }

    private void applyOperatorSettings(ChapterFolders folders, ClassLoader shippedFrom, List<String> present, List<String> absent)
            throws IOException {
        for (String id : present) {
            if (!isInstalled(id) && shipped.installById(folders, shippedFrom, id, OPERATOR)) {
                log.info("Chapter {} installed because proximite.chapters.present lists it", id);
            }
        }
        for (String id : absent) {
            if (!isInstalled(id)) {
                continue;
            }
            try {
                lifecycle.uninstall(id, true, folders, OPERATOR);
                log.info("Chapter {} removed (content archived) because proximite.chapters.absent lists it", id);
            } catch (ChapterRefusedException e) {
                log.error("Chapter {} listed in proximite.chapters.absent could not be removed: {}", id, e.getMessage());
            }
        }
    }

    private boolean isInstalled(String id) {
        return dsl.fetchExists(CHAPTER, CHAPTER.ID.eq(id));
    }
}
