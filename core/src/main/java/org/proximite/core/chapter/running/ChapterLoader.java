package org.proximite.core.chapter.running;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;
import org.proximite.core.chapter.ChapterAction;
import org.proximite.core.chapter.ChapterEvents;
import org.proximite.core.chapter.ChapterFormatAccess;
import org.proximite.core.chapter.ChapterFormatAccess.JarFacts;
import org.proximite.core.chapter.ChapterState;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.SafeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * This instance's node: its plugins folder and its PF4J, kept equal to what the database records.
 * At start it sets aside every jar the database does not record, restores the jars the folder
 * lacks, and loads and starts the active chapters; afterwards it reconciles the chapters that a
 * change names, whichever instance made it. Reconciling twice does nothing the second time.
 *
 * <p>A chapter that cannot run is marked failed (or incompatible) with the reason; the others,
 * and the application, keep going.
 */
@Service
public class ChapterLoader {

    private static final Logger log = LoggerFactory.getLogger(ChapterLoader.class);

    private final InstalledChapters installed;
    private final ChapterEvents events;
    private final ChapterStates states;
    private final Clock clock;
    private PluginsFolder folder;
    private ChapterPlugins plugins;

    public ChapterLoader(DSLContext dsl, ChapterEvents events, ChapterStates states, Clock clock) {
        this.installed = new InstalledChapters(dsl);
        this.events = events;
        this.states = states;
        this.clock = clock;
    }

    /** The start-up pass over {@code pluginsDir}; never throws for a bad jar or a bad chapter. */
    public synchronized LoadReport loadAll(Path pluginsDir) throws IOException {
        attach(pluginsDir);
        folder.removeLeftovers();
        Map<String, InstalledChapter> chapters = installed.all();
        List<String> setAside = setAsideUnrecorded(chapters);
        List<String> restored = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (InstalledChapter chapter : chapters.values()) {
            boolean missing = !folder.holds(chapter.id(), chapter.version(), chapter.sha256());
            reconcile(chapter).ifPresent(problem -> failed.add(chapter.id() + ": " + problem));
            if (missing && folder.holds(chapter.id(), chapter.version(), chapter.sha256())) {
                restored.add(chapter.id());
                events.record(chapter.id(), chapter.id() + "-" + chapter.version() + ".jar", ChapterAction.RESTORE, true, null,
                        chapter.version(), List.of(LifecycleReason.FOLDER_RESTORED.with()), ChapterStates.SYSTEM);
            }
        }
        return new LoadReport(plugins.started(), restored, setAside, failed);
    }

    /** Brings the named chapters, and those they need or that need them, in line with the database; returns this node's problems. */
    public synchronized List<Reason> reconcile(Collection<String> chapterIds) {
        if (plugins == null) {
            return List.of();
        }
        Map<String, InstalledChapter> chapters = installed.all();
        Set<String> named = withNeighbours(chapterIds, chapters);
        List<Reason> problems = new ArrayList<>();
        for (String id : named) {
            if (!chapters.containsKey(id)) {
                remove(id).ifPresent(problems::add);
            }
        }
        for (InstalledChapter chapter : chapters.values()) {
            if (named.contains(chapter.id())) {
                reconcile(chapter).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** Puts a newly applied chapter's jar into the folder, before it is loaded. */
    public synchronized Path placeJar(String chapterId, String version, byte[] bytes) throws IOException {
        return folder.write(chapterId, version, bytes);
    }

    public synchronized boolean isAttached() {
        return plugins != null;
    }

    /** Ids of the chapters PF4J has loaded and started on this instance. */
    public synchronized List<String> startedChapters() {
        return plugins == null ? List.of() : plugins.started();
    }

    /** Ids of the chapters PF4J has loaded (started or not) on this instance. */
    /** Brings every chapter this node runs or the database records in line with the database (after an import replaced them all). */
    public synchronized List<Reason> reconcileAll() {
        Set<String> all = new java.util.LinkedHashSet<>(loadedChapters());
        all.addAll(installed.all().keySet());
        return reconcile(all);
    }

    public synchronized List<String> loadedChapters() {
        return plugins == null ? List.of() : plugins.loaded();
    }

    /** The extensions of this type that a started chapter brings. */
    public synchronized <T> List<T> extensions(Class<T> type, String chapterId) {
        return plugins == null ? List.of() : plugins.extensions(type, chapterId);
    }

    /** The class loader PF4J made for a loaded chapter, or null: for leak checks. */
    public synchronized ClassLoader classLoaderOf(String chapterId) {
        return plugins == null ? null : plugins.classLoaderOf(chapterId);
    }

    /** Stops a chapter on this instance at once (its state in the database says why). */
    public synchronized void stop(String chapterId) {
        if (plugins != null) {
            plugins.stop(chapterId);
        }
    }

    /** Gives this node its plugins folder, once; it loads nothing. */
    public synchronized void attach(Path pluginsDir) throws IOException {
        Path dir = pluginsDir.toAbsolutePath().normalize();
        if (folder == null) {
            folder = new PluginsFolder(dir, clock);
            plugins = new ChapterPlugins(dir);
        } else if (!folder.dir().equals(dir)) {
            throw new IllegalStateException("this node already runs the chapters of another folder");
        }
    }

    /** One chapter: its jar in place, loaded, and started if and only if it is active and what it needs runs. */
    private Optional<Reason> reconcile(InstalledChapter chapter) {
        Optional<Reason> incompatible = ChapterFormatAccess.requiresProblems(chapter.requires()).stream().findFirst();
        if (incompatible.isPresent()) {
            plugins.unload(chapter.id());
            states.markUnusable(chapter.id(), ChapterState.INCOMPATIBLE, incompatible.get());
            return incompatible;
        }
        try {
            Path jar = folder.jarOf(chapter.id(), chapter.version());
            if (!folder.holds(chapter.id(), chapter.version(), chapter.sha256())) {
                plugins.unload(chapter.id());
                jar = folder.write(chapter.id(), chapter.version(), installed.jar(chapter.id(), chapter.version()));
            }
            if (!jar.equals(plugins.loadedFrom(chapter.id()))) {
                plugins.unload(chapter.id());
                Optional<Reason> problem = plugins.load(jar, chapter.id());
                if (problem.isPresent()) {
                    return fail(chapter, problem.get());
                }
            }
        } catch (IOException | RuntimeException e) {
            log.error("Chapter {} could not be put in place on this instance", chapter.id(), e);
            return Optional.of(LifecycleReason.LOAD_FAILED.with(SafeMessage.of(e)));
        }
        return startOrStop(chapter);
    }

    private Optional<Reason> startOrStop(InstalledChapter chapter) {
        Optional<String> stoppedDependency = chapter.dependencies().stream()
                .filter(dependency -> !plugins.isStarted(dependency)).findFirst();
        if (chapter.state() != ChapterState.ACTIVE || stoppedDependency.isPresent()) {
            plugins.stop(chapter.id());
            stoppedDependency.filter(dependency -> chapter.state() == ChapterState.ACTIVE).ifPresent(dependency ->
                    log.warn("Chapter {} stays stopped: {}", chapter.id(), LifecycleReason.DEPENDENCY_NOT_STARTED.with(dependency)));
            return Optional.empty();
        }
        if (!plugins.isStarted(chapter.id())) {
            Optional<Reason> problem = plugins.start(chapter.id());
            if (problem.isPresent()) {
                plugins.stop(chapter.id());
                return fail(chapter, problem.get());
            }
        }
        return Optional.empty();
    }

    private Optional<Reason> fail(InstalledChapter chapter, Reason reason) {
        log.error("Chapter {} cannot run: {}", chapter.id(), reason);
        states.markUnusable(chapter.id(), ChapterState.FAILED, reason);
        return Optional.of(reason);
    }

    /** A chapter the database no longer records: unloaded, its jar deleted. */
    private Optional<Reason> remove(String chapterId) {
        plugins.unload(chapterId);
        try {
            folder.removeJarsOf(chapterId, null);
            return Optional.empty();
        } catch (IOException e) {
            log.error("The jar of the removed chapter {} could not be deleted", chapterId, e);
            return Optional.of(LifecycleReason.LOAD_FAILED.with(SafeMessage.of(e)));
        }
    }

    /** Moves aside every jar of the folder that is not one the database records, with these exact bytes. */
    private List<String> setAsideUnrecorded(Map<String, InstalledChapter> chapters) throws IOException {
        List<String> setAside = new ArrayList<>();
        for (Path jar : folder.jars()) {
            Optional<JarFacts> facts = PluginsFolder.facts(jar);
            InstalledChapter recorded = facts.map(found -> chapters.get(found.pluginId())).orElse(null);
            if (recorded != null && facts.get().sha256().equals(recorded.sha256())) {
                continue;
            }
            Path moved = folder.setAside(jar);
            String where = PluginsFolder.SET_ASIDE + "/" + moved.getFileName();
            Reason reason = facts.isPresent()
                    ? LifecycleReason.FOLDER_SET_ASIDE.with(jar.getFileName(), facts.get().pluginId(), facts.get().version(), where)
                    : LifecycleReason.FOLDER_UNREADABLE.with(jar.getFileName(), where);
            log.warn("{}", reason);
            events.record(facts.map(JarFacts::pluginId).orElse(null), jar.getFileName().toString(), ChapterAction.SET_ASIDE, false,
                    null, facts.map(JarFacts::version).orElse(null), List.of(reason), ChapterStates.SYSTEM);
            setAside.add(jar.getFileName().toString());
        }
        return setAside;
    }

    /**
     * The named ids, the installed chapters they need (PF4J loads a chapter only after them) and
     * the installed chapters that need them (PF4J unloads those with them), transitively.
     */
    private static Set<String> withNeighbours(Collection<String> chapterIds, Map<String, InstalledChapter> chapters) {
        Set<String> all = new LinkedHashSet<>(chapterIds);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (InstalledChapter chapter : chapters.values()) {
                boolean needed = !all.contains(chapter.id()) && all.stream().map(chapters::get)
                        .anyMatch(named -> named != null && named.dependencies().contains(chapter.id()));
                boolean needing = !all.contains(chapter.id()) && chapter.dependencies().stream().anyMatch(all::contains);
                if (needed || needing) {
                    grew |= all.add(chapter.id());
                }
            }
        }
        return all;
    }

    /** Files set aside in this instance's folder, newest first: for the Chapters page. */
    public synchronized List<String> setAsideFiles() {
        return folder == null ? List.of() : folder.setAsideFiles();
    }
}
