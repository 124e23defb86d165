package org.proximite.core.chapter.running;

import static org.proximite.db.jooq.Tables.CHAPTER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.StoredReasons;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.springframework.stereotype.Service;

/**
 * Changes a chapter's state in one transaction with its history line and its outbox event, so
 * that every instance follows the change, and none follows a change that did not commit.
 */
@Service
public class ChapterStates {

    static final String SYSTEM = "system";
    private static final int REASON_LIMIT = 4000;

    private final DSLContext dsl;
    private final ChapterEvents events;
    private final Outbox outbox;
    private final Clock clock;

    public ChapterStates(DSLContext dsl, ChapterEvents events, Outbox outbox, Clock clock) {
        this.dsl = dsl;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * An admin's change of state; false when the chapter is not installed.
     *
     * @param action what the history calls it ({@link ChapterAction#DISABLE}, {@link ChapterAction#ENABLE})
     */
    public boolean set(String chapterId, ChapterState state, ChapterAction action, ChangeKind kind, String actor) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            String version = tx.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(chapterId)).forUpdate().fetchOne(CHAPTER.PLUGIN_VERSION);
            if (version == null) {
                return false;
            }
            tx.update(CHAPTER).set(CHAPTER.STATE, state.name()).set(CHAPTER.STATE_REASON, (String) null)
                    .set(CHAPTER.STATE_REASONS, (String) null).set(CHAPTER.UPDATED_AT, OffsetDateTime.now(clock))
                    .where(CHAPTER.ID.eq(chapterId)).execute();
            events.record(tx, chapterId, chapterId, action, true, version, version, List.of(), actor);
            outbox.append(tx, OutboxEvent.ofChapter(actor, kind, chapterId, version));
            return true;
        });
    }

    /**
     * An active chapter that cannot run (its code failed, or the host no longer fits it) becomes
     * {@code state}, with the reason, and its content is hidden until an admin acts. A chapter
     * an admin disabled stays disabled.
     */
    public void markUnusable(String chapterId, ChapterState state, Reason reason) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            String text = StoredReasons.english(List.of(reason));
            int changed = tx.update(CHAPTER).set(CHAPTER.STATE, state.name())
                    .set(CHAPTER.STATE_REASON, text.length() > REASON_LIMIT ? text.substring(0, REASON_LIMIT) : text)
                    .set(CHAPTER.STATE_REASONS, StoredReasons.encode(List.of(reason), REASON_LIMIT))
                    .set(CHAPTER.UPDATED_AT, OffsetDateTime.now(clock))
                    .where(CHAPTER.ID.eq(chapterId)).and(CHAPTER.STATE.eq(ChapterState.ACTIVE.name())).execute();
            if (changed == 1) {
                events.record(tx, chapterId, chapterId, ChapterAction.STATE, false, null, null, List.of(reason), SYSTEM);
                outbox.append(tx, OutboxEvent.ofChapter(SYSTEM, ChangeKind.CHAPTER_STATE_CHANGED, chapterId, null));
            }
        });
    }
}
