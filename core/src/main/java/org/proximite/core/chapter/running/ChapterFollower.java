package org.proximite.core.chapter.running;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.proximite.core.outbox.OutboxEvent;
import org.proximite.core.outbox.OutboxListener;
import org.springframework.stereotype.Service;

/**
 * How an instance follows chapter changes made on any instance, itself included: for each batch
 * of changes, the chapters they name are reconciled with the database (loaded, started, stopped,
 * unloaded and their jars written or deleted). Reconciling is idempotent, so this instance's own
 * changes, already applied, change nothing. After a bundle import, every chapter it runs or the
 * database records is reconciled.
 */
@Service
public class ChapterFollower implements OutboxListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChapterFollower.class);

    private final ChapterLoader loader;

    public ChapterFollower(ChapterLoader loader) {
        this.loader = loader;
    }

    @Override
    public void onChanges(List<OutboxEvent> events) {
        if (events.stream().anyMatch(OutboxEvent::replacesEverything)) {
            loader.reconcileAll().forEach(problem -> log.error("After an import, a chapter cannot run on this instance: {}", problem));
            return;
        }
        Set<String> chapters = new LinkedHashSet<>();
        events.stream().filter(OutboxEvent::isChapterChange).forEach(event -> chapters.add(event.chapterId()));
        if (!chapters.isEmpty()) {
            loader.reconcile(chapters);
        }
    }
}
