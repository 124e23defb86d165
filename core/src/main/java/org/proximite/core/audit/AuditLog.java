package org.proximite.core.audit;

import static org.proximite.db.jooq.Tables.OUTBOX_EVENT;

import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.content.Page;
import org.proximite.core.content.PageRequest;
import org.proximite.core.outbox.ChangeKind;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log for admins: the outbox's entries, newest first, filtered, one page at a
 * time or all of them for an export. The same on every instance, since every instance appends to
 * the one outbox of the database; this service only reads it.
 */
@Service
public class AuditLog {

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of the entries the filter keeps, newest first, with their total. */
    public Page<AuditEntry> entries(AuditFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        Condition condition = condition(filter);
        long total = dsl.fetchCount(OUTBOX_EVENT, condition);
        List<AuditEntry> entries = dsl.selectFrom(OUTBOX_EVENT)
                .where(condition)
                .orderBy(OUTBOX_EVENT.POSITION.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(AuditLog::entry);
        return new Page<>(entries, page.page(), page.size(), total);
    }

    /** Every entry the filter keeps, newest first, one at a time (an export of any length holds one entry in memory at once). */
    public void forEach(AuditFilter filter, Actor actor, Consumer<AuditEntry> consumer) {
        actor.require(Role.ADMIN);
        dsl.transaction(configuration -> {
            try (var cursor = configuration.dsl().selectFrom(OUTBOX_EVENT)
                    .where(condition(filter))
                    .orderBy(OUTBOX_EVENT.POSITION.desc())
                    .fetchSize(500)
                    .fetchLazy()) {
                cursor.forEach(row -> consumer.accept(entry(row)));
            }
        });
    }

    private static Condition condition(AuditFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.actor() != null) {
            condition = condition.and(OUTBOX_EVENT.ACTOR.eq(filter.actor()));
        }
        if (!filter.kinds().isEmpty()) {
            condition = condition.and(OUTBOX_EVENT.KIND.in(filter.kinds().stream().map(ChangeKind::name).toList()));
        }
        if (filter.subject() != null) {
            condition = condition.and(OUTBOX_EVENT.ITEM_KEY.eq(filter.subject()));
        }
        if (filter.from() != null) {
            condition = condition.and(OUTBOX_EVENT.OCCURRED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(OUTBOX_EVENT.OCCURRED_AT.lt(filter.to()));
        }
        return condition;
    }

    private static AuditEntry entry(Record row) {
        return new AuditEntry(row.get(OUTBOX_EVENT.POSITION), row.get(OUTBOX_EVENT.OCCURRED_AT), row.get(OUTBOX_EVENT.ACTOR),
                row.get(OUTBOX_EVENT.KIND), row.get(OUTBOX_EVENT.ITEM_KIND), row.get(OUTBOX_EVENT.ITEM_KEY), row.get(OUTBOX_EVENT.LANGUAGE_CODE),
                row.get(OUTBOX_EVENT.ITEM_VERSION), row.get(OUTBOX_EVENT.CHAPTER_ID));
    }
}
