package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterImporter;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.ImportSummary;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.SafeMessage;
import org.proximite.core.chapter.UpgradeMerge;
import org.proximite.core.chapter.installing.ApplyCheckpoint.Step;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.outbox.Outbox;
import org.proximite.core.outbox.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a checked plan in two parts. First one database transaction: the plan claimed, the
 * content, the jar, the history line and the outbox event, all or nothing. Then this instance's
 * node: the jar written into the plugins folder, loaded and started. The commit is the line
 * between them: before it nothing has changed anywhere (no row, no file, no plugin); after it the
 * chapter is installed for every instance, and what this node could not do yet is a warning that
 * it repairs on its own, never a "rolled back".
 */
final class PlanApplier {

    private static final Logger log = LoggerFactory.getLogger(PlanApplier.class);

    private final DSLContext dsl;
    private final ChapterImporter importer;
    private final StoredPlans plans;
    private final ChapterEvents events;
    private final Outbox outbox;
    private final ChapterLoader loader;
    private final ApplyCheckpoint checkpoint;
    private final Clock clock;

    PlanApplier(DSLContext dsl, ChapterImporter importer, StoredPlans plans, ChapterEvents events, Outbox outbox, ChapterLoader loader,
            ApplyCheckpoint checkpoint, Clock clock) {
        this.dsl = dsl;
        this.importer = importer;
        this.plans = plans;
        this.events = events;
        this.outbox = outbox;
        this.loader = loader;
        this.checkpoint = checkpoint;
        this.clock = clock;
    }

    AppliedPlan apply(StoredPlan stored, ChapterPackage jar, InstallPlan plan, UpgradeMerge merge, String actor) throws ChapterRefusedException {
        ChapterAction action = plan.fromVersion() == null ? ChapterAction.INSTALL : ChapterAction.UPGRADE;
        boolean disabled = dsl.fetchExists(CHAPTER, CHAPTER.ID.eq(jar.pluginId()).and(CHAPTER.STATE.eq(ChapterState.DISABLED.name())));
        try {
            ImportSummary summary = importer.importChapter(jar.content(), jar.version(), jar.sha256(), jar.dependencies(),
                    tx -> writeRecord(tx, stored, jar, plan, action, disabled, actor), merge);
            log.info("Chapter {} {} {} by {}: {}", jar.pluginId(), action == ChapterAction.INSTALL ? "installed at" : "changed to",
                    jar.version(), actor, summary);
        } catch (ChapterRefusedException e) {
            List<Reason> reasons = e.reasons();
            events.record(jar.pluginId(), jar.fileName(), action, false, plan.fromVersion(), jar.version(), reasons, actor);
            throw new ChapterRefusedException(reasons);
        } catch (PlanAlreadyClaimed e) {
            throw LifecycleReason.PLAN_APPLIED.refusal(stored.id(), plans.find(stored.id()).map(StoredPlan::appliedBy).orElse("?"));
        } catch (RuntimeException e) {
            // A failure reported by the commit itself may hide a commit that happened: the plan's row tells.
            if (!plans.isApplied(stored.id())) {
                log.error("Applying chapter {} failed before its commit; nothing changed", jar.pluginId(), e);
                Reason reason = LifecycleReason.APPLY_FAILED.with(SafeMessage.of(rootCause(e)));
                events.record(jar.pluginId(), jar.fileName(), action, false, plan.fromVersion(), jar.version(), List.of(reason), actor);
                throw new ChapterRefusedException(reason);
            }
            log.warn("Applying chapter {} reported a failure, but it committed", jar.pluginId(), e);
        }
        return new AppliedPlan(plan, updateThisNode(stored, jar, actor));
    }

    /** Everything the database records of the change, in the import's transaction. */
    private void writeRecord(DSLContext tx, StoredPlan stored, ChapterPackage jar, InstallPlan plan, ChapterAction action, boolean disabled,
            String actor) {
        if (!plans.claim(tx, stored.id(), actor)) {
            throw new PlanAlreadyClaimed();
        }
        ChapterPackages.store(tx, jar, stored.jar(), actor, OffsetDateTime.now(clock));
        if (disabled) {
            // An upgrade is not an admin's "enable": a disabled chapter stays disabled with its new version.
            tx.update(CHAPTER).set(CHAPTER.STATE, ChapterState.DISABLED.name()).where(CHAPTER.ID.eq(jar.pluginId())).execute();
        }
        events.record(tx, jar.pluginId(), jar.fileName(), action, true, plan.fromVersion(), jar.version(), summary(plan), actor);
        outbox.append(tx, OutboxEvent.ofChapter(actor, action == ChapterAction.INSTALL ? ChangeKind.CHAPTER_INSTALLED : ChangeKind.CHAPTER_UPGRADED,
                jar.pluginId(), jar.version()));
        reach(Step.IN_TRANSACTION);
    }

    /** The committed chapter on this instance; every other instance follows through the outbox. */
    private List<Reason> updateThisNode(StoredPlan stored, ChapterPackage jar, String actor) {
        List<Reason> warnings = new ArrayList<>();
        try {
            reach(Step.COMMITTED);
            loader.placeJar(jar.pluginId(), jar.version(), stored.jar());
            reach(Step.JAR_IN_FOLDER);
            warnings.addAll(loader.reconcile(List.of(jar.pluginId())));
        } catch (Exception e) {
            log.error("Chapter {} is installed, but this instance could not load it yet", jar.pluginId(), e);
            Reason warning = LifecycleReason.APPLY_NODE_FAILED.with(SafeMessage.of(rootCause(e)));
            events.record(jar.pluginId(), jar.fileName(), ChapterAction.LOAD, false, null, jar.version(), List.of(warning), actor);
            warnings.add(warning);
        }
        return warnings;
    }

    private static List<Reason> summary(InstallPlan plan) {
        List<Reason> summary = new ArrayList<>();
        summary.add(LifecycleReason.IMPORTED.with(plan.practices().added().size() + plan.initiatives().added().size(),
                plan.practices().changed().size() + plan.initiatives().changed().size(),
                plan.practices().removed().size() + plan.initiatives().removed().size()));
        if (!plan.keptLocalEdits().isEmpty()) {
            summary.add(LifecycleReason.IMPORTED_MERGED.with(String.join(", ", plan.keptLocalEdits())));
        }
        return summary;
    }

    private void reach(Step step) {
        try {
            checkpoint.reached(step);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("checkpoint " + step + " failed", e);
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Another apply of the same plan committed first. */
    private static final class PlanAlreadyClaimed extends RuntimeException {

        PlanAlreadyClaimed() {
            super("the plan was already applied", null, false, false);
        }
    }
}
