package org.proximite.core.outbox;

import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;
import static org.proximite.db.jooq.Tables.OUTBOX_HEAD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.proximite.core.internal.DeferredWrites;
import org.proximite.core.internal.FixedStatement;
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
        long last = 0;
        if (held) {
            DeferredWrites.run(MOVE_HEAD.with(tx, count));
        } else {
            last = tx.update(OUTBOX_HEAD).set(OUTBOX_HEAD.LAST_POSITION, OUTBOX_HEAD.LAST_POSITION.plus(count)).where(OUTBOX_HEAD.ID.eq(1))
                    .returningResult(OUTBOX_HEAD.LAST_POSITION).fetchSingle().value1();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object> values = new ArrayList<>(count * 9);
        for (int i = 0; i < count; i++) {
            OutboxEvent change = changes.get(i);
            if (!held) {
                values.add(last - (count - 1 - i));
            }
            values.addAll(java.util.Arrays.asList(now, bounded(change.actor(), 80), change.kind().name(), change.itemKind(), change.itemKey(),
                    change.language(), change.version(), change.chapterId()));
        }
        DeferredWrites.run((held ? LINES_AFTER_HEAD : LINES).with(tx, count, values.toArray()));
        appendedHere.set(true);
    }

    /** The head moved on by a number of events; its lock, held to the end of the transaction, orders the appends. */
    private static final FixedStatement MOVE_HEAD = FixedStatement.of(values -> DSL.update(OUTBOX_HEAD)
            .set(OUTBOX_HEAD.LAST_POSITION, OUTBOX_HEAD.LAST_POSITION.plus(values.next(OUTBOX_HEAD.LAST_POSITION)))
            .where(OUTBOX_HEAD.ID.eq(DSL.inline(1))));

    /** Lines whose positions are read from the head as this transaction moved it: the last line at the head. */
    private static final FixedStatement.Rows LINES_AFTER_HEAD = FixedStatement.ofRows(4, (rows, values) -> lines(rows, values,
            after -> DSL.field(DSL.select(OUTBOX_HEAD.LAST_POSITION).from(OUTBOX_HEAD).where(OUTBOX_HEAD.ID.eq(DSL.inline(1))))
                    .minus(DSL.inline(after))));

    /** Lines with their positions as values. */
    private static final FixedStatement.Rows LINES = FixedStatement.ofRows(0, (rows, values) -> lines(rows, values,
            after -> values.next(OUTBOX_EVENT.POSITION)));

    private static org.jooq.Query lines(int rows, FixedStatement.Values values, java.util.function.IntFunction<Field<Long>> position) {
        var insert = DSL.insertInto(OUTBOX_EVENT, OUTBOX_EVENT.POSITION, OUTBOX_EVENT.OCCURRED_AT, OUTBOX_EVENT.ACTOR, OUTBOX_EVENT.KIND,
                OUTBOX_EVENT.ITEM_KIND, OUTBOX_EVENT.ITEM_KEY, OUTBOX_EVENT.LANGUAGE_CODE, OUTBOX_EVENT.ITEM_VERSION, OUTBOX_EVENT.CHAPTER_ID);
        for (int row = 0; row < rows; row++) {
            insert = insert.values(position.apply(rows - 1 - row), values.next(OUTBOX_EVENT.OCCURRED_AT), values.next(OUTBOX_EVENT.ACTOR),
                    values.next(OUTBOX_EVENT.KIND), values.next(OUTBOX_EVENT.ITEM_KIND), values.next(OUTBOX_EVENT.ITEM_KEY),
                    values.next(OUTBOX_EVENT.LANGUAGE_CODE), values.next(OUTBOX_EVENT.ITEM_VERSION), values.next(OUTBOX_EVENT.CHAPTER_ID));
        }
        return insert;
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
