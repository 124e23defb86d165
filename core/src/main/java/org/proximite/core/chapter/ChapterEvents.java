package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER_EVENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** The history of what happened to chapters: written as it happens, read by admins. */
@Service
public class ChapterEvents {

    static final int MESSAGE_LIMIT = 4000;

    private final DSLContext dsl;
    private final Clock clock;

    public ChapterEvents(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void record(String chapterId, String source, ChapterAction action, boolean succeeded,
            String fromVersion, String toVersion, String message, String actor) {
        String bounded = message != null && message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT - 3) + "..." : message;
        dsl.insertInto(CHAPTER_EVENT)
                .set(CHAPTER_EVENT.CHAPTER_ID, chapterId)
                .set(CHAPTER_EVENT.SOURCE, source)
                .set(CHAPTER_EVENT.ACTION, action.name())
                .set(CHAPTER_EVENT.OUTCOME, succeeded ? "SUCCESS" : "FAILURE")
                .set(CHAPTER_EVENT.FROM_VERSION, fromVersion)
                .set(CHAPTER_EVENT.TO_VERSION, toVersion)
                .set(CHAPTER_EVENT.MESSAGE, bounded)
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
                        row.getActor(),
                        row.getOccurredAt()));
    }
}
