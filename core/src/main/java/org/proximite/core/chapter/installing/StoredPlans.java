package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER_PLAN;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Install plans kept in the database with their jar, so that a plan prepared on one instance can
 * be applied on another, and so that nothing of them lives only in one node's memory. A plan
 * expires after a while (a day by default); expired plans are deleted whenever a plan is saved.
 */
@Service
public class StoredPlans {

    private final DSLContext dsl;
    private final Clock clock;
    private final Duration lifetime;

    public StoredPlans(DSLContext dsl, Clock clock, @Value("${proximite.chapters.plan-lifetime:PT24H}") Duration lifetime) {
        this.dsl = dsl;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Keeps an inspected jar as a plan waiting to be applied; returns the plan's id. */
    String save(ChapterPackage jar, byte[] bytes, String actor) {
        removeExpired();
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.insertInto(CHAPTER_PLAN)
                .set(CHAPTER_PLAN.ID, id)
                .set(CHAPTER_PLAN.CHAPTER_ID, jar.pluginId())
                .set(CHAPTER_PLAN.VERSION, jar.version())
                .set(CHAPTER_PLAN.SHA256, jar.sha256())
                .set(CHAPTER_PLAN.FILE_NAME, jar.fileName())
                .set(CHAPTER_PLAN.JAR, bytes)
                .set(CHAPTER_PLAN.SIGNATURE, jar.signature().name())
                .set(CHAPTER_PLAN.STATE, StoredPlan.State.PREPARED.name())
                .set(CHAPTER_PLAN.PREPARED_BY, actor)
                .set(CHAPTER_PLAN.PREPARED_AT, now)
                .set(CHAPTER_PLAN.EXPIRES_AT, now.plus(lifetime))
                .execute();
        return id;
    }

    Optional<StoredPlan> find(String id) {
        return dsl.selectFrom(CHAPTER_PLAN).where(CHAPTER_PLAN.ID.eq(id)).fetchOptional(row -> new StoredPlan(row.getId(), row.getChapterId(),
                row.getVersion(), row.getSha256(), row.getFileName(), row.getJar(), SignatureStatus.valueOf(row.getSignature()),
                StoredPlan.State.valueOf(row.getState()), row.getPreparedBy(), row.getExpiresAt(), row.getAppliedBy()));
    }

    boolean isExpired(StoredPlan plan) {
        return !plan.expiresAt().isAfter(OffsetDateTime.now(clock));
    }

    /**
     * Marks the plan applied, in the transaction {@code tx} that installs it: true for the one
     * caller that finds it still waiting. Its jar is dropped from the plan: the chapter's package
     * keeps it from now on.
     */
    boolean claim(DSLContext tx, String id, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return tx.update(CHAPTER_PLAN)
                .set(CHAPTER_PLAN.STATE, StoredPlan.State.APPLIED.name())
                .set(CHAPTER_PLAN.APPLIED_BY, actor)
                .set(CHAPTER_PLAN.APPLIED_AT, now)
                .set(CHAPTER_PLAN.JAR, new byte[0])
                .where(CHAPTER_PLAN.ID.eq(id))
                .and(CHAPTER_PLAN.STATE.eq(StoredPlan.State.PREPARED.name()))
                .and(CHAPTER_PLAN.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    /** Whether the plan's state is APPLIED now: what a caller learns after a commit it cannot be sure of. */
    boolean isApplied(String id) {
        return dsl.fetchExists(CHAPTER_PLAN, CHAPTER_PLAN.ID.eq(id).and(CHAPTER_PLAN.STATE.eq(StoredPlan.State.APPLIED.name())));
    }

    /** Deletes the plans past their expiry; returns how many. */
    public int removeExpired() {
        return dsl.deleteFrom(CHAPTER_PLAN).where(CHAPTER_PLAN.EXPIRES_AT.le(OffsetDateTime.now(clock))).execute();
    }
}
