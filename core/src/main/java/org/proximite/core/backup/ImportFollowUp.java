package org.proximite.core.backup;

import java.util.List;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an import, this instance follows the database at once: its plugins folder and PF4J take
 * the imported chapters (jars restored from the database, chapters it no longer records unloaded),
 * and its search index is built again.
 */
@Component
public class ImportFollowUp {

    private static final Logger log = LoggerFactory.getLogger(ImportFollowUp.class);

    private final ChapterLoader loader;
    private final SearchIndex index;

    public ImportFollowUp(ChapterLoader loader, SearchIndex index) {
        this.loader = loader;
        this.index = index;
    }

    @EventListener
    public void follow(InstanceImported imported) {
        List<Reason> problems = loader.reconcile(imported.chapterIds());
        problems.forEach(problem -> log.error("After the import, a chapter cannot run on this instance: {}", problem));
        index.rebuildInBackground();
    }
}
