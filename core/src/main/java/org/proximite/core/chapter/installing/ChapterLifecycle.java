package org.proximite.core.chapter.installing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterFolders;
import org.proximite.core.chapter.ChapterImporter;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.SafeMessage;
import org.proximite.core.chapter.UpgradeMerge;
import org.proximite.core.chapter.running.ChapterLoader;
import org.proximite.core.chapter.running.ChapterStates;
import org.proximite.core.outbox.ChangeKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.content.ContentWriter;
import org.proximite.core.outbox.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Installs, upgrades, disables, enables and removes chapters while the application runs, on any
 * number of instances sharing one database.
 *
 * <p>An uploaded jar is inspected and planned first; the plan and the jar are stored in the
 * database, and nothing else changes until the plan is applied, on this instance or another.
 * Every change takes the {@link ChapterLock}, commits its rows with an outbox event, then brings
 * this instance's node in line; the other instances follow the event. Every action goes into
 * the history, and every refusal says why with a {@link Reason}.
 */
@Service
public class ChapterLifecycle {

    private final ChapterInspector inspector;
    private final ChapterPlanner planner;
    private final ChapterEvents events;
    private final ChapterLoader loader;
    private final ChapterStates states;
    private final StoredPlans plans;
    private final ChapterLock lock;
    private final TrustedCode trust;
    private final PlanApplier applier;
    private final ChapterRemoval removal;

    @Autowired
    public ChapterLifecycle(DSLContext dsl, ChapterInspector inspector, ChapterPlanner planner, ChapterImporter importer,
            ChapterEvents events, ChapterLoader loader, ChapterStates states, StoredPlans plans, ChapterLock lock, Outbox outbox,
            ContentWriter writer, Clock clock) {
        this(dsl, inspector, planner, importer, events, loader, states, plans, lock, outbox, writer, clock, ApplyCheckpoint.NONE);
    }

    /** With a checkpoint that tests use to fail or pause an apply at a named step. */
    public ChapterLifecycle(DSLContext dsl, ChapterInspector inspector, ChapterPlanner planner, ChapterImporter importer,
            ChapterEvents events, ChapterLoader loader, ChapterStates states, StoredPlans plans, ChapterLock lock, Outbox outbox,
            ContentWriter writer, Clock clock, ApplyCheckpoint checkpoint) {
        this.inspector = inspector;
        this.planner = planner;
        this.events = events;
        this.loader = loader;
        this.states = states;
        this.plans = plans;
        this.lock = lock;
        this.trust = new TrustedCode(dsl, events, clock);
        this.applier = new PlanApplier(dsl, importer, plans, events, outbox, loader, checkpoint, clock);
        this.removal = new ChapterRemoval(dsl, events, outbox, writer);
    }

    /**
     * Inspects an uploaded jar, stores it with its plan, and returns the plan; changes nothing else.
     *
     * @throws ChapterRefusedException with every reason the jar cannot be installed
     */
    public InstallPlan prepare(String fileName, byte[] jar, ChapterFolders folders, Collection<X509Certificate> trustedPublishers,
            Actor by) throws ChapterRefusedException {
        by.requireManagingChapters();
        String actor = by.name();
        ChapterPackage inspected;
        try {
            inspected = inspector.inspect(fileName, jar, folders.staging(), trustedPublishers);
        } catch (ChapterRefusedException e) {
            events.record(null, fileName == null ? "upload" : SafeMessage.withoutPaths(fileName), ChapterAction.REFUSE, false, null, null,
                    e.reasons(), actor);
            throw e;
        }
        try {
            InstallPlan plan = planner.plan(inspected, trust.allows(inspected));
            return plan.withId(plans.save(inspected, jar, actor));
        } finally {
            deleteQuietly(inspected.staged());
        }
    }

    /**
     * Applies a stored plan, once: a second apply of the same plan, here or on another instance,
     * is refused. The jar is checked again against what is installed now.
     *
     * @throws ChapterRefusedException when the plan is unknown or expired (upload again), was
     *     applied already, still needs a decision that {@code answers} do not give, another change
     *     holds the lock too long, or applying failed before its commit (nothing changed)
     */
    public AppliedPlan apply(String planId, Answers answers, ChapterFolders folders, Actor by) throws ChapterRefusedException {
        by.requireManagingChapters();
        String actor = by.name();
        try (ChapterLock.Held held = lock.acquire()) {
            StoredPlan stored = plans.find(planId).orElseThrow(() -> LifecycleReason.PLAN_UNKNOWN.refusal(planId));
            if (stored.state() == StoredPlan.State.APPLIED) {
                throw LifecycleReason.PLAN_APPLIED.refusal(planId, stored.appliedBy());
            }
            if (plans.isExpired(stored)) {
                throw LifecycleReason.PLAN_EXPIRED.refusal(planId);
            }
            ChapterPackage jar = inspectAgain(stored, folders, actor);
            try {
                InstallPlan plan = planner.plan(jar, trust.allows(jar)).withId(planId);
                List<Reason> open = plan.openWith(answers);
                if (!open.isEmpty()) {
                    throw new ChapterRefusedException(open);
                }
                attach(folders);
                UpgradeMerge merge = plan.fromVersion() == null ? null : planner.installedContent(jar.pluginId(), plan.fromVersion())
                        .map(previous -> new UpgradeMerge(previous, answers.resolutions())).orElse(null);
                return applier.apply(stored, jar, plan, merge, actor);
            } finally {
                deleteQuietly(jar.staged());
            }
        }
    }

    /** Hides a chapter's content from readers and stops its code on every instance; nothing is deleted. */
    public void disable(String chapterId, Actor by) throws ChapterRefusedException {
        by.requireManagingChapters();
        changeState(chapterId, ChapterState.DISABLED, ChapterAction.DISABLE, ChangeKind.CHAPTER_DISABLED, by.name());
    }

    /** Shows a disabled (or failed) chapter's content again and starts its code on every instance. */
    public void enable(String chapterId, Actor by) throws ChapterRefusedException {
        by.requireManagingChapters();
        changeState(chapterId, ChapterState.ACTIVE, ChapterAction.ENABLE, ChangeKind.CHAPTER_ENABLED, by.name());
    }

    /**
     * Removes a chapter on every instance: refused while another installed chapter depends on it.
     *
     * @param keepContent true to keep its practices and initiatives, archived (hidden from
     *     readers, visible to editors); false to delete them
     */
    public void uninstall(String chapterId, boolean keepContent, ChapterFolders folders, Actor by) throws ChapterRefusedException {
        by.requireManagingChapters();
        try (ChapterLock.Held held = lock.acquire()) {
            removal.remove(chapterId, keepContent, by.name());
            attach(folders);
            loader.reconcile(List.of(chapterId));
        }
    }

    /** Lets the code of this exact jar run: its id and SHA-256 must both match. */
    public void allowCode(String pluginId, String sha256, Actor by) {
        by.requireManagingChapters();
        trust.allow(pluginId, sha256, by.name());
    }

    private void changeState(String chapterId, ChapterState state, ChapterAction action, ChangeKind kind, String actor)
            throws ChapterRefusedException {
        try (ChapterLock.Held held = lock.acquire()) {
            if (!states.set(chapterId, state, action, kind, actor)) {
                throw LifecycleReason.NOT_INSTALLED.refusal(chapterId);
            }
            loader.reconcile(List.of(chapterId));
        }
    }

    /** The stored jar, checked again against what is installed now, as it was judged when uploaded. */
    private ChapterPackage inspectAgain(StoredPlan stored, ChapterFolders folders, String actor) throws ChapterRefusedException {
        try {
            return inspector.inspect(stored.fileName(), stored.jar(), folders.staging(), List.of()).withSignature(stored.signature());
        } catch (ChapterRefusedException e) {
            events.record(stored.chapterId(), stored.fileName(), ChapterAction.REFUSE, false, null, stored.version(), e.reasons(), actor);
            throw e;
        }
    }

    private void attach(ChapterFolders folders) throws ChapterRefusedException {
        try {
            loader.attach(folders.plugins());
        } catch (IOException e) {
            throw LifecycleReason.LOAD_FAILED.refusal(SafeMessage.of(e));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the staging folder is harmless: it is only ever read by the inspection that wrote it
        }
    }
}
