package org.proximite.core.outbox;

import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;
import static org.proximite.db.jooq.Tables.OUTBOX_HEAD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.proximite.core.internal.DeferredWrites;
import org.springframework.stereotype.Service;

/**
 * Appends changes inside the writer's transaction and reads them back by position.
 *
 * <p>Appending takes the row lock of the outbox head until the transaction ends, so writers of
 * content are serialised at that point and positions become visible strictly in order: a reader
 * that asks for the events after position n never misses one that commits later with a smaller
 * position.
 */
@Service
public class Outbox {

    private final DSLContext dsl;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicBoolean appendedHere = new java.util.concurrent.atomic.AtomicBoolean();
    /** Changes of a large write (a chapter install) held back to be appended in one go, on the writing thread. */
    private static final ThreadLocal<List<OutboxEvent>> HELD = new ThreadLocal<>();

    public Outbox(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Appends the change in the caller's transaction {@code tx}; returns its position.
     * Must run inside a transaction, or the order guarantee does not hold.
     */
    public long append(DSLContext tx, OutboxEvent change) {
        List<OutboxEvent> held = HELD.get();
        if (held != null) {
            held.add(change);
            return -1;
        }
        long position = tx.update(OUTBOX_HEAD).set(OUTBOX_HEAD.LAST_POSITION, OUTBOX_HEAD.LAST_POSITION.plus(1)).where(OUTBOX_HEAD.ID.eq(1))
                .returningResult(OUTBOX_HEAD.LAST_POSITION).fetchSingle().value1();
        tx.insertInto(OUTBOX_EVENT)
                .set(OUTBOX_EVENT.POSITION, position)
                .set(OUTBOX_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(OUTBOX_EVENT.ACTOR, bounded(change.actor(), 80))
                .set(OUTBOX_EVENT.KIND, change.kind().name())
                .set(OUTBOX_EVENT.ITEM_KIND, change.itemKind())
                .set(OUTBOX_EVENT.ITEM_KEY, change.itemKey())
                .set(OUTBOX_EVENT.LANGUAGE_CODE, change.language())
                .set(OUTBOX_EVENT.ITEM_VERSION, change.version())
                .set(OUTBOX_EVENT.CHAPTER_ID, change.chapterId())
                .execute();
        appendedHere.set(true);
        return position;
    }

    /**
     * Runs {@code work} in the caller's transaction {@code tx} and appends every change it makes in
     * one go at its end, in their order: two statements instead of two per change, and the head's
     * lock held for the shortest time. What {@code append} returns inside is -1.
     */
    public <T> T appendingOnce(DSLContext tx, java.util.function.Supplier<T> work) {
        if (HELD.get() != null) {
            return work.get();
        }
        List<OutboxEvent> held = new java.util.ArrayList<>();
        HELD.set(held);
        T result;
        try {
            result = work.get();
        } finally {
            HELD.remove();
        }
        appendAll(tx, held);
        return result;
    }

    /**
     * Appends the changes after the head's last position, in their order. Held with the caller's
     * other deferred writes (an editor's save), both statements go together: the head's update
     * takes its lock, and each event's position is read from the head as updated, so no round trip
     * waits for the position. Otherwise (a chapter's install, hundreds of events) the update
     * returns the position and the lines carry it as values: a read of the head per line would
     * make the statement as long to parse as all its values.
     */
    private void appendAll(DSLContext tx, List<OutboxEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int count = changes.size();
        boolean held = DeferredWrites.holding();
        Field<Long> headAfterUpdate = DSL.field(DSL.select(OUTBOX_HEAD.LAST_POSITION).from(OUTBOX_HEAD).where(OUTBOX_HEAD.ID.eq(1)));
        long last = 0;
        var moveHead = tx.update(OUTBOX_HEAD).set(OUTBOX_HEAD.LAST_POSITION, OUTBOX_HEAD.LAST_POSITION.plus(count)).where(OUTBOX_HEAD.ID.eq(1));
        if (held) {
            DeferredWrites.run(moveHead);
        } else {
            last = moveHead.returningResult(OUTBOX_HEAD.LAST_POSITION).fetchSingle().value1();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var insert = tx.insertInto(OUTBOX_EVENT, OUTBOX_EVENT.POSITION, OUTBOX_EVENT.OCCURRED_AT, OUTBOX_EVENT.ACTOR, OUTBOX_EVENT.KIND,
                OUTBOX_EVENT.ITEM_KIND, OUTBOX_EVENT.ITEM_KEY, OUTBOX_EVENT.LANGUAGE_CODE, OUTBOX_EVENT.ITEM_VERSION, OUTBOX_EVENT.CHAPTER_ID);
        for (int i = 0; i < count; i++) {
            OutboxEvent change = changes.get(i);
            int after = count - 1 - i;
            Field<Long> position = held ? headAfterUpdate.minus(DSL.inline(after)) : DSL.val(last - after, OUTBOX_EVENT.POSITION);
            insert = insert.values(position, DSL.val(now, OUTBOX_EVENT.OCCURRED_AT),
                    DSL.val(bounded(change.actor(), 80), OUTBOX_EVENT.ACTOR), DSL.val(change.kind().name(), OUTBOX_EVENT.KIND),
                    DSL.val(change.itemKind(), OUTBOX_EVENT.ITEM_KIND), DSL.val(change.itemKey(), OUTBOX_EVENT.ITEM_KEY),
                    DSL.val(change.language(), OUTBOX_EVENT.LANGUAGE_CODE), DSL.val(change.version(), OUTBOX_EVENT.ITEM_VERSION),
                    DSL.val(change.chapterId(), OUTBOX_EVENT.CHAPTER_ID));
        }
        DeferredWrites.run(insert);
        appendedHere.set(true);
    }

    /**
     * Whether this instance appended events since the last call: readers of this instance can
     * then read the outbox at once instead of waiting for the next poll, and see their own
     * writes. Clears the flag.
     */
    public boolean takeLocalAppends() {
        return appendedHere.getAndSet(false);
    }

    /** The events after {@code position}, oldest first, at most {@code limit}. */
    public List<OutboxEvent> after(long position, int limit) {
        return read(OUTBOX_EVENT.POSITION.gt(position), limit);
    }

    /**
     * What a follower at {@code position} has not heard yet, oldest first, at most {@code limit}:
     * the events after it, or, when a bundle import came since, that import and what followed.
     * The events before an import are the bundle's history, already in the database: no
     * instance hears them as news. One statement, so an import committing meanwhile is either
     * wholly seen or not yet.
     */
    public List<OutboxEvent> news(long position, int limit) {
        var lastImport = DSL.select(DSL.coalesce(DSL.max(OUTBOX_EVENT.POSITION), DSL.inline(0L))).from(OUTBOX_EVENT)
                .where(OUTBOX_EVENT.POSITION.gt(position)).and(OUTBOX_EVENT.KIND.eq(ChangeKind.BUNDLE_IMPORTED.name()));
        return read(OUTBOX_EVENT.POSITION.gt(position).and(OUTBOX_EVENT.POSITION.ge(lastImport)), limit);
    }

    private List<OutboxEvent> read(Condition condition, int limit) {
        return dsl.selectFrom(OUTBOX_EVENT)
                .where(condition)
                .orderBy(OUTBOX_EVENT.POSITION)
                .limit(limit)
                .fetch(row -> new OutboxEvent(row.getPosition(), row.getOccurredAt(), row.getActor(), ChangeKind.valueOf(row.getKind()),
                        row.getItemKind(), row.getItemKey(), row.getLanguageCode(), row.getItemVersion(), row.getChapterId()));
    }

    /** The position of the newest committed event, 0 when there is none. */
    public long lastPosition() {
        return dsl.select(OUTBOX_HEAD.LAST_POSITION).from(OUTBOX_HEAD).where(OUTBOX_HEAD.ID.eq(1)).fetchSingle().value1();
    }

    private static String bounded(String value, int limit) {
        return value == null || value.length() <= limit ? value : value.substring(0, limit);
    }
}
