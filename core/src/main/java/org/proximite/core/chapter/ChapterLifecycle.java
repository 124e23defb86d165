package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.ALLOWED_CHAPTER_CODE;
import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_DEPENDENCY;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.jar.SignatureStatus;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ContentWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Installs, upgrades, disables, enables and removes chapters while the application runs.
 *
 * <p>An uploaded jar is inspected and planned first; nothing changes until the plan is applied.
 * Applying saves the jar and its content in one database transaction (the database is the record
 * of what is installed), then copies the jar into the plugins folder and loads it with PF4J; if
 * the process dies in between, the next start restores the folder from the database, so the state
 * is the old one or the new one, never a mix. Every action goes into the history.
 */
@Service
public class ChapterLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChapterLifecycle.class);

    private final DSLContext dsl;
    private final ChapterInspector inspector;
    private final ChapterPlanner planner;
    private final ChapterImporter importer;
    private final ChapterEvents events;
    private final ChapterLoader loader;
    private final Clock clock;
    private final ContentWriter writer;
    private final Map<String, ChapterPackage> prepared = new ConcurrentHashMap<>();

    public ChapterLifecycle(DSLContext dsl, ChapterInspector inspector, ChapterPlanner planner, ChapterImporter importer,
            ChapterEvents events, ChapterLoader loader, Clock clock, ContentWriter writer) {
        this.dsl = dsl;
        this.inspector = inspector;
        this.planner = planner;
        this.importer = importer;
        this.events = events;
        this.loader = loader;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * Inspects an uploaded jar and works out its plan; changes nothing.
     *
     * @throws ChapterRejectedException with every reason the jar cannot be installed
     */
    public InstallPlan prepare(String fileName, byte[] jar, ChapterFolders folders, Collection<X509Certificate> trustedPublishers,
            String actor) throws ChapterRejectedException {
        ChapterPackage inspected;
        try {
            inspected = inspector.inspect(fileName, jar, folders.staging(), trustedPublishers);
        } catch (ChapterRejectedException e) {
            events.record(null, fileName == null ? "upload" : fileName, ChapterAction.REFUSE, false, null, null,
                    String.join("; ", e.reasons()), actor);
            throw e;
        }
        prepared.put(inspected.sha256(), inspected);
        return planner.plan(inspected, isCodeAllowed(inspected));
    }

    /**
     * Applies a prepared plan.
     *
     * @param confirmDowngrade whether the admin confirmed installing an older version
     * @throws ChapterRejectedException when the plan is unknown (prepare again), still needs a
     *     decision, or the import failed (rolled back)
     */
    public InstallPlan apply(String planId, boolean confirmDowngrade, ChapterFolders folders, String actor) throws ChapterRejectedException {
        return apply(planId, confirmDowngrade, Map.of(), folders, actor);
    }

    /**
     * Applies a prepared plan, settling its conflicts with {@code resolutions} (by
     * {@link TextConflict#key()}): every conflict needs one.
     */
    public InstallPlan apply(String planId, boolean confirmDowngrade, Map<String, TextConflict.Resolution> resolutions,
            ChapterFolders folders, String actor) throws ChapterRejectedException {
        ChapterPackage jar = prepared.get(planId);
        if (jar == null || !Files.isRegularFile(jar.staged())) {
            throw new ChapterRejectedException("no prepared upload has the id " + planId + ": upload the jar again");
        }
        InstallPlan plan = planner.plan(jar, isCodeAllowed(jar));
        List<String> unresolved = plan.conflicts().stream().map(TextConflict::key).filter(key -> !resolutions.containsKey(key)).toList();
        List<String> open = new java.util.ArrayList<>(plan.decisions().stream()
                .filter(decision -> !(confirmDowngrade && plan.action() == InstallPlan.PlanAction.DOWNGRADE && decision.contains("downgrade")))
                .filter(decision -> !(unresolved.isEmpty() && decision.contains("edited on the site")))
                .toList());
        if (!unresolved.isEmpty()) {
            open.add("no choice was made for: " + String.join(", ", unresolved));
        }
        if (!open.isEmpty()) {
            throw new ChapterRejectedException(open);
        }
        ChapterAction action = plan.fromVersion() == null ? ChapterAction.INSTALL : ChapterAction.UPGRADE;
        try {
            byte[] bytes = Files.readAllBytes(jar.staged());
            UpgradeMerge merge = plan.fromVersion() == null ? null
                    : planner.installedContent(jar.pluginId(), plan.fromVersion()).map(previous -> new UpgradeMerge(previous, resolutions)).orElse(null);
            ImportSummary summary = importer.importChapter(jar.content(), jar.version(), jar.sha256(), jar.dependencies(),
                    tx -> ChapterPackages.store(tx, jar.pluginId(), jar.version(), jar.sha256(), jar.fileName(), bytes,
                            jar.signature(), jar.hasCode(), jar.requires(), actor, OffsetDateTime.now(clock)), merge);
            Path installed = loader.install(jar, folders.plugins());
            prepared.remove(planId);
            Files.deleteIfExists(jar.staged());
            log.info("Chapter {} {} {} by {}: {}", jar.pluginId(), action == ChapterAction.INSTALL ? "installed at" : "changed to",
                    jar.version(), actor, summary);
            events.record(jar.pluginId(), installed.getFileName().toString(), action, true, plan.fromVersion(), jar.version(), summary.toString(), actor);
            return plan;
        } catch (ChapterRefusedException e) {
            String reason = e.reasons().stream().map(Reason::toString).reduce((a, b) -> a + "; " + b).orElse("");
            events.record(jar.pluginId(), jar.fileName(), action, false, plan.fromVersion(), jar.version(), reason, actor);
            throw new ChapterRejectedException(e.reasons().stream().map(Reason::toString).toList());
        } catch (IOException | RuntimeException e) {
            log.error("Applying chapter {} failed", jar.pluginId(), e);
            events.record(jar.pluginId(), jar.fileName(), action, false, plan.fromVersion(), jar.version(),
                    "failed and rolled back: " + e.getMessage(), actor);
            throw new ChapterRejectedException("applying it failed and nothing was changed: " + e.getMessage());
        }
    }

    /** Hides a chapter's content from readers and stops its plugin; nothing is deleted. */
    public void disable(String chapterId, String actor) throws ChapterRejectedException {
        setState(chapterId, ChapterState.DISABLED, ChapterAction.DISABLE, actor);
        loader.stop(chapterId);
    }

    public void enable(String chapterId, String actor) throws ChapterRejectedException {
        setState(chapterId, ChapterState.ACTIVE, ChapterAction.ENABLE, actor);
        loader.start(chapterId);
    }

    /**
     * Removes a chapter: refused while another installed chapter depends on it.
     *
     * @param keepContent true to keep its practices and initiatives, archived (hidden from
     *     readers, visible to editors); false to delete them
     */
    public void uninstall(String chapterId, boolean keepContent, ChapterFolders folders, String actor) throws ChapterRejectedException {
        String version = installedVersion(chapterId);
        List<String> dependants = dsl.select(CHAPTER_DEPENDENCY.CHAPTER_ID).from(CHAPTER_DEPENDENCY)
                .join(CHAPTER).on(CHAPTER.ID.eq(CHAPTER_DEPENDENCY.CHAPTER_ID))
                .where(CHAPTER_DEPENDENCY.DEPENDS_ON.eq(chapterId))
                .fetch(CHAPTER_DEPENDENCY.CHAPTER_ID);
        if (!dependants.isEmpty()) {
            String reason = "the chapter(s) " + String.join(", ", dependants) + " depend on it: remove them first";
            events.record(chapterId, chapterId, ChapterAction.UNINSTALL, false, version, null, reason, actor);
            throw new ChapterRejectedException(reason);
        }
        // The file goes first: if the database change then fails, the next start restores the jar
        // from the database; the other order could leave a jar that a restart would install again.
        try {
            loader.remove(chapterId, folders.plugins());
        } catch (IOException e) {
            throw new ChapterRejectedException("its jar could not be removed from " + folders.plugins() + ": " + e.getMessage());
        }
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            writer.removeChapterContent(tx, Actor.system(actor), chapterId, keepContent);
            tx.deleteFrom(CHAPTER_PACKAGE).where(CHAPTER_PACKAGE.CHAPTER_ID.eq(chapterId)).execute();
            tx.deleteFrom(CHAPTER).where(CHAPTER.ID.eq(chapterId)).execute();
        });
        events.record(chapterId, chapterId, ChapterAction.UNINSTALL, true, version, null,
                keepContent ? "content kept, archived" : "content removed", actor);
    }

    /** Lets the code of this exact jar run: its id and SHA-256 must both match. */
    public void allowCode(String pluginId, String sha256, String actor) {
        dsl.insertInto(ALLOWED_CHAPTER_CODE)
                .set(ALLOWED_CHAPTER_CODE.PLUGIN_ID, pluginId)
                .set(ALLOWED_CHAPTER_CODE.SHA256, sha256)
                .set(ALLOWED_CHAPTER_CODE.ALLOWED_BY, actor)
                .set(ALLOWED_CHAPTER_CODE.ALLOWED_AT, OffsetDateTime.now(clock))
                .onConflictDoNothing()
                .execute();
        events.record(pluginId, sha256, ChapterAction.ALLOW_CODE, true, null, null, "code allowed for SHA-256 " + sha256, actor);
    }

    private boolean isCodeAllowed(ChapterPackage jar) {
        return !jar.hasCode() || jar.signature() == SignatureStatus.SIGNED
                || dsl.fetchExists(ALLOWED_CHAPTER_CODE, ALLOWED_CHAPTER_CODE.PLUGIN_ID.eq(jar.pluginId()).and(ALLOWED_CHAPTER_CODE.SHA256.eq(jar.sha256())));
    }

    private void setState(String chapterId, ChapterState state, ChapterAction action, String actor) throws ChapterRejectedException {
        String version = installedVersion(chapterId);
        dsl.update(CHAPTER).set(CHAPTER.STATE, state.name()).set(CHAPTER.UPDATED_AT, OffsetDateTime.now(clock))
                .where(CHAPTER.ID.eq(chapterId)).execute();
        events.record(chapterId, chapterId, action, true, version, version, null, actor);
    }

    private String installedVersion(String chapterId) throws ChapterRejectedException {
        String version = dsl.select(CHAPTER.PLUGIN_VERSION).from(CHAPTER).where(CHAPTER.ID.eq(chapterId)).fetchOne(CHAPTER.PLUGIN_VERSION);
        if (version == null) {
            throw new ChapterRejectedException("no chapter '" + chapterId + "' is installed");
        }
        return version;
    }
}
