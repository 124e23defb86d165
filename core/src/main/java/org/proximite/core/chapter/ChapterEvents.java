package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER_EVENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.Reason;
import org.springframework.stereotype.Service;

/**
 * The history of what happened to chapters: written as it happens, read by admins. Each event
 * keeps its reasons as codes with parameters, shown in the reader's language, and their English
 * text for the log and older readers.
 */
@Service
public class ChapterEvents {

    static final int MESSAGE_LIMIT = 4000;
    static final int REASONS_LIMIT = 8000;

    private final DSLContext dsl;
    private final Clock clock;

    public ChapterEvents(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records an event in its own statement: for what happened outside any change of chapters. */
    public void record(String chapterId, String source, ChapterAction action, boolean succeeded,
            String fromVersion, String toVersion, List<Reason> reasons, String actor) {
        record(dsl, chapterId, source, action, succeeded, fromVersion, toVersion, reasons, actor);
    }

    /** Records an event in the transaction {@code tx}: it exists if and only if the change committed. */
    public void record(DSLContext tx, String chapterId, String source, ChapterAction action, boolean succeeded,
            String fromVersion, String toVersion, List<Reason> reasons, String actor) {
        String message = reasons.isEmpty() ? null : StoredReasons.english(reasons);
        String bounded = message != null && message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT - 3) + "..." : message;
        tx.insertInto(CHAPTER_EVENT)
                .set(CHAPTER_EVENT.CHAPTER_ID, chapterId)
                .set(CHAPTER_EVENT.SOURCE, source.length() > 255 ? source.substring(0, 255) : source)
                .set(CHAPTER_EVENT.ACTION, action.name())
                .set(CHAPTER_EVENT.OUTCOME, succeeded ? "SUCCESS" : "FAILURE")
                .set(CHAPTER_EVENT.FROM_VERSION, fromVersion)
                .set(CHAPTER_EVENT.TO_VERSION, toVersion)
                .set(CHAPTER_EVENT.MESSAGE, bounded)
                .set(CHAPTER_EVENT.REASONS, StoredReasons.encode(reasons, REASONS_LIMIT))
                .set(CHAPTER_EVENT.ACTOR, actor)
                .set(CHAPTER_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    /** The most recent events first. */
    public List<ChapterEvent> recent(int limit) {
        return dsl.selectFrom(CHAPTER_EVENT)
                .orderBy(CHAPTER_EVENT.OCCURRED_AT.desc(), CHAPTER_EVENT.ID.desc())
                .limit(limit)
                .fetch(row -> new ChapterEvent(
                        row.getId(),
                        row.getChapterId(),
                        row.getSource(),
                        ChapterAction.valueOf(row.getAction()),
                        "SUCCESS".equals(row.getOutcome()),
                        row.getFromVersion(),
                        row.getToVersion(),
                        row.getMessage(),
                        StoredReasons.decode(row.getReasons()),
                        row.getActor(),
                        row.getOccurredAt()));
    }
}
