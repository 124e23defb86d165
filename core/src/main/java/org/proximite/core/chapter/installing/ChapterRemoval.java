package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_DEPENDENCY;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;

/**
 * Removes a chapter from the database in one transaction: its content (archived or deleted), its
 * jar, its row, the history line and the outbox event. Nodes then unload it and delete their copy
 * of the jar; a node that was down finds it unrecorded at its next start and sets it aside, so a
 * removed chapter never comes back.
 */
final class ChapterRemoval {

    private final DSLContext dsl;
    private final ChapterEvents events;
    private final Outbox outbox;
    private final ContentWriter writer;

    ChapterRemoval(DSLContext dsl, ChapterEvents events, Outbox outbox, ContentWriter writer) {
        this.dsl = dsl;
        this.events = events;
        this.outbox = outbox;
        this.writer = writer;
    }

    /** @throws ChapterRefusedException when it is not installed, or another installed chapter depends on it */
    void remove(String chapterId, boolean keepContent, String actor) throws ChapterRefusedException {
        String version = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(chapterId)).fetchOne(CHAPTER.PLUGIN_VERSION);
        if (version == null) {
            throw LifecycleReason.NOT_INSTALLED.refusal(chapterId);
        }
        List<String> dependants = dsl.select(CHAPTER_DEPENDENCY.CHAPTER_ID).from(CHAPTER_DEPENDENCY)
                .join(CHAPTER).on(CHAPTER.ID.eq(CHAPTER_DEPENDENCY.CHAPTER_ID))
                .where(CHAPTER_DEPENDENCY.DEPENDS_ON.eq(chapterId))
                .orderBy(CHAPTER_DEPENDENCY.CHAPTER_ID)
                .fetch(CHAPTER_DEPENDENCY.CHAPTER_ID);
        if (!dependants.isEmpty()) {
            Reason reason = LifecycleReason.REMOVE_DEPENDANTS.with(String.join(", ", dependants));
            events.record(chapterId, chapterId, ChapterAction.UNINSTALL, false, version, null, List.of(reason), actor);
            throw new ChapterRefusedException(reason);
        }
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            // Through the content writer: one outbox event per item archived or deleted.
            writer.removeChapterContent(tx, Actor.system(actor), chapterId, keepContent);
            tx.deleteFrom(CHAPTER_PACKAGE).where(CHAPTER_PACKAGE.CHAPTER_ID.eq(chapterId)).execute();
            tx.deleteFrom(CHAPTER).where(CHAPTER.ID.eq(chapterId)).execute();
            events.record(tx, chapterId, chapterId, ChapterAction.UNINSTALL, true, version, null,
                    List.of(keepContent ? LifecycleReason.REMOVED_KEPT.with() : LifecycleReason.REMOVED_DELETED.with()), actor);
            outbox.append(tx, OutboxEvent.ofChapter(actor, ChangeKind.CHAPTER_REMOVED, chapterId, version));
        });
    }
}
