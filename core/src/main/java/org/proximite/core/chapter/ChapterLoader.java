package org.proximite.core.chapter;

import static org.proximite.db.jooq.Tables.CHAPTER;
import static org.proximite.db.jooq.Tables.CHAPTER_PACKAGE;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.pf4j.DefaultVersionManager;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.format.ChapterProblem;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.content.ChapterContentValidator;
import org.proximite.chapter.format.jar.ChapterJar;
import org.proximite.chapter.format.jar.HostVersion;
import org.proximite.chapter.format.jar.JarSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads the chapter jars of the plugins folder with PF4J at start, and imports their content.
 *
 * <p>A jar that is corrupt, requires another host version, carries code, or whose content does
 * not pass the checks is skipped: it is logged, recorded in the chapters' history for admins, and
 * nothing of it is imported. The application starts anyway. A jar whose version and bytes were
 * already imported changes nothing, so restarts are idempotent.
 */
@Service
public class ChapterLoader {

    private static final Logger log = LoggerFactory.getLogger(ChapterLoader.class);
    static final String ACTOR = "system";

    private final DSLContext dsl;
    private final ChapterImporter importer;
    private final ChapterEvents events;
    private final ChapterContentReader reader = new ChapterContentReader();
    private final ChapterContentValidator validator = new ChapterContentValidator();
    private final VersionManager versions = new DefaultVersionManager();
    private PluginManager plugins;

    public ChapterLoader(DSLContext dsl, ChapterImporter importer, ChapterEvents events) {
        this.dsl = dsl;
        this.importer = importer;
        this.events = events;
    }

    /** Loads every {@code *.jar} of the folder; never throws for a bad jar. */
    public synchronized LoadReport loadAll(Path pluginsDir) throws IOException {
        ensureManager(pluginsDir);
        restoreFromDatabase(pluginsDir);
        List<String> imported = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ChapterJar jar : dependenciesFirst(newestPerChapter(pluginsDir, failed))) {
            try {
                if (load(jar)) {
                    imported.add(jar.pluginId());
                } else {
                    unchanged.add(jar.pluginId());
                }
            } catch (ChapterRefusedException e) {
                failed.add(jar.fileName() + ": " + e.getMessage());
                log.warn("Chapter {} skipped: {}", jar.fileName(), e.getMessage());
                events.record(jar.pluginId(), jar.fileName(), e.action(), false, e.fromVersion(), jar.version(), e.getMessage(), ACTOR);
                unload(jar.pluginId());
                markInstalledChapterUnusable(jar, e);
            }
        }
        return new LoadReport(imported, unchanged, failed);
    }

    /** Imports one jar; false when that version with those bytes was already imported. */
    private boolean load(ChapterJar jar) throws ChapterRefusedException {
        var installed = dsl.select(CHAPTER.PLUGIN_VERSION, CHAPTER.CONTENT_SHA256, CHAPTER.STATE)
                .from(CHAPTER).where(CHAPTER.ID.eq(jar.pluginId())).fetchOne();
        String fromVersion = installed == null ? null : installed.value1();
        if (installed != null && installed.value1().equals(jar.version()) && installed.value2().equals(jar.sha256())) {
            if (jar.hasCode() && !trustedAtInstall(jar)) {
                throw new ChapterRefusedException(ChapterAction.LOAD, fromVersion, "it carries code that is neither signed by a trusted "
                        + "publisher nor allowed by an admin");
            }
            startInPf4j(jar, fromVersion);
            return false;
        }
        if (installed != null && installed.value1().equals(jar.version())) {
            throw new ChapterRefusedException(ChapterAction.REFUSE, fromVersion,
                    "version " + jar.version() + " is already installed with different bytes (SHA-256 " + jar.sha256()
                            + "); give a changed chapter a new version");
        }
        if (installed != null && versions.compareVersions(jar.version(), fromVersion) < 0) {
            throw new ChapterRefusedException(ChapterAction.REFUSE, fromVersion,
                    "version " + jar.version() + " is older than the installed " + fromVersion + "; a downgrade needs an admin's confirmation");
        }
        List<String> requiresProblems = new ArrayList<>();
        ChapterInspector.requiresProblems(jar.requires(), versions, requiresProblems);
        if (!requiresProblems.isEmpty()) {
            throw new ChapterRefusedException(ChapterAction.REFUSE, fromVersion, String.join("; ", requiresProblems));
        }
        if (jar.hasCode()) {
            throw new ChapterRefusedException(ChapterAction.REFUSE, fromVersion,
                    "it carries code; code chapters are installed from the Chapters page or the admin API, where their signature is checked");
        }
        startInPf4j(jar, fromVersion);
        ChapterContent content = readAndCheck(jar, fromVersion);
        ChapterAction action = installed == null ? ChapterAction.INSTALL : ChapterAction.UPGRADE;
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(jar.path());
            ImportSummary summary = importer.importChapter(content, jar.version(), jar.sha256(), jar.dependencyRanges(),
                    tx -> ChapterPackages.store(tx, jar.pluginId(), jar.version(), jar.sha256(), jar.fileName(), bytes,
                            JarSignatures.verify(jar.path(), java.util.List.of()), jar.hasCode(), jar.requires(), ACTOR,
                            java.time.OffsetDateTime.now()));
            log.info("Chapter {} {} {}: {}", jar.pluginId(), action == ChapterAction.INSTALL ? "installed at" : "upgraded to", jar.version(), summary);
            events.record(jar.pluginId(), jar.fileName(), action, true, fromVersion, jar.version(), summary.toString(), ACTOR);
            return true;
        } catch (org.proximite.chapter.format.ChapterRefusedException e) {
            throw new ChapterRefusedException(action, fromVersion, describe(e.reasons()));
        } catch (IOException | RuntimeException e) {
            log.error("Chapter {} could not be imported", jar.fileName(), e);
            throw new ChapterRefusedException(action, fromVersion, "the import failed and was rolled back: " + e.getMessage());
        }
    }

    private void startInPf4j(ChapterJar jar, String fromVersion) throws ChapterRefusedException {
        PluginWrapper wrapper = plugins.getPlugin(jar.pluginId());
        if (wrapper != null && !wrapper.getPluginPath().equals(jar.path())) {
            unload(jar.pluginId());
            wrapper = null;
        }
        if (wrapper == null) {
            try {
                plugins.loadPlugin(jar.path());
            } catch (RuntimeException e) {
                throw new ChapterRefusedException(ChapterAction.LOAD, fromVersion, "PF4J cannot load it: " + e.getMessage());
            }
            wrapper = plugins.getPlugin(jar.pluginId());
        }
        if (wrapper.getPluginState() == PluginState.DISABLED || wrapper.getPluginState() == PluginState.FAILED) {
            throw new ChapterRefusedException(ChapterAction.LOAD, fromVersion, "it requires host version "
                    + (jar.requires() == null ? "(no Plugin-Requires)" : "'" + jar.requires() + "'") + " but this host is " + HostVersion.get());
        }
        if (!wrapper.getPluginState().isStarted() && plugins.startPlugin(jar.pluginId()) != PluginState.STARTED) {
            Throwable cause = wrapper.getFailedException();
            throw new ChapterRefusedException(ChapterAction.LOAD, fromVersion, "it did not start: " + (cause == null ? "unknown reason" : cause.getMessage()));
        }
    }

    private ChapterContent readAndCheck(ChapterJar jar, String fromVersion) throws ChapterRefusedException {
        try (FileSystem zip = FileSystems.newFileSystem(jar.path())) {
            ChapterContent content = reader.read(zip.getPath("/"));
            List<ChapterProblem> problems = validator.validate(content, jar.pluginId(), HostFactsQueries.of(dsl, jar.dependencyRanges().keySet()));
            if (!problems.isEmpty()) {
                throw org.proximite.chapter.format.ChapterRefusedException.of(problems);
            }
            return content;
        } catch (org.proximite.chapter.format.ChapterRefusedException e) {
            throw new ChapterRefusedException(fromVersion == null ? ChapterAction.INSTALL : ChapterAction.UPGRADE, fromVersion, describe(e.reasons()));
        } catch (IOException | RuntimeException e) {
            throw new ChapterRefusedException(ChapterAction.LOAD, fromVersion, "its files cannot be read: " + e.getMessage());
        }
    }

    /** Reads every jar's manifest; keeps the newest version of each chapter; reports the rest. */
    private List<ChapterJar> newestPerChapter(Path pluginsDir, List<String> failed) throws IOException {
        Map<String, List<ChapterJar>> byId = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(pluginsDir)) {
            files = list.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path file : files) {
            try {
                ChapterJar jar = ChapterJar.inspect(file);
                byId.computeIfAbsent(jar.pluginId(), id -> new ArrayList<>()).add(jar);
            } catch (IOException | org.proximite.chapter.format.ChapterRefusedException | RuntimeException e) {
                String reason = "not a readable chapter jar: " + e.getMessage();
                failed.add(file.getFileName() + ": " + reason);
                log.warn("Chapter file {} skipped: {}", file.getFileName(), reason);
                events.record(null, file.getFileName().toString(), ChapterAction.LOAD, false, null, null, reason, ACTOR);
            }
        }
        List<ChapterJar> newest = new ArrayList<>();
        byId.forEach((id, jars) -> {
            jars.sort(Comparator.comparing(ChapterJar::version, versions::compareVersions).reversed());
            newest.add(jars.getFirst());
            for (ChapterJar older : jars.subList(1, jars.size())) {
                log.warn("Chapter file {} ignored: {} is there at version {}", older.fileName(), id, jars.getFirst().version());
            }
        });
        return newest;
    }

    private void unload(String pluginId) {
        if (plugins != null && plugins.getPlugin(pluginId) != null) {
            plugins.unloadPlugin(pluginId);
        }
    }

    private static String describe(List<Reason> problems) {
        return problems.size() + " problem(s) in its content: "
                + problems.stream().map(Reason::toString).collect(Collectors.joining("; "));
    }

    /**
     * When the jar that failed is the installed version itself (not an upgrade waiting), its
     * content must not stay on show as if nothing happened: the chapter becomes incompatible or
     * failed, with the reason, until an admin acts.
     */
    private void markInstalledChapterUnusable(ChapterJar jar, ChapterRefusedException e) {
        if (e.action() != ChapterAction.LOAD || e.fromVersion() == null || !e.fromVersion().equals(jar.version())) {
            return;
        }
        ChapterState state = e.getMessage().contains("requires") ? ChapterState.INCOMPATIBLE : ChapterState.FAILED;
        dsl.update(CHAPTER).set(CHAPTER.STATE, state.name()).set(CHAPTER.STATE_REASON, e.getMessage())
                .where(CHAPTER.ID.eq(jar.pluginId())).and(CHAPTER.STATE.eq(ChapterState.ACTIVE.name())).execute();
    }

    /** Orders the jars so that a chapter comes after the chapters it depends on. */
    static List<ChapterJar> dependenciesFirst(List<ChapterJar> jars) {
        List<ChapterJar> ordered = new ArrayList<>();
        List<ChapterJar> waiting = new ArrayList<>(jars);
        while (!waiting.isEmpty()) {
            java.util.Set<String> present = new java.util.HashSet<>();
            waiting.forEach(jar -> present.add(jar.pluginId()));
            List<ChapterJar> ready = waiting.stream()
                    .filter(jar -> jar.dependencyRanges().keySet().stream().noneMatch(present::contains))
                    .toList();
            // A cycle: load the rest in name order; their checks will say what is missing.
            List<ChapterJar> next = ready.isEmpty() ? List.copyOf(waiting) : ready;
            ordered.addAll(next);
            waiting.removeAll(next);
        }
        return ordered;
    }

    /** A code chapter installed through the lifecycle: signed by a trusted publisher then, or allowed by its SHA-256. */
    private boolean trustedAtInstall(ChapterJar jar) {
        return "SIGNED".equals(dsl.select(CHAPTER.SIGNATURE).from(CHAPTER).where(CHAPTER.ID.eq(jar.pluginId())).fetchOne(CHAPTER.SIGNATURE))
                || dsl.fetchExists(org.proximite.db.jooq.Tables.ALLOWED_CHAPTER_CODE,
                        org.proximite.db.jooq.Tables.ALLOWED_CHAPTER_CODE.PLUGIN_ID.eq(jar.pluginId())
                                .and(org.proximite.db.jooq.Tables.ALLOWED_CHAPTER_CODE.SHA256.eq(jar.sha256())));
    }

    private void ensureManager(Path pluginsDir) throws IOException {
        Files.createDirectories(pluginsDir);
        if (plugins == null) {
            JarPluginManager manager = new JarPluginManager(pluginsDir);
            manager.setSystemVersion(HostVersion.get());
            plugins = manager;
        }
    }

    /**
     * Brings back what the database records as installed when the folder lacks it: a jar that an
     * install saved but did not get to copy (the process died), or a folder that was emptied. A
     * jar of a newer version put there by hand is left alone: it is an upgrade, imported next.
     */
    private void restoreFromDatabase(Path pluginsDir) throws IOException {
        var packages = dsl.select(CHAPTER_PACKAGE.CHAPTER_ID, CHAPTER_PACKAGE.VERSION)
                .from(CHAPTER_PACKAGE).join(CHAPTER).on(CHAPTER.ID.eq(CHAPTER_PACKAGE.CHAPTER_ID)).fetch();
        if (packages.isEmpty()) {
            return;
        }
        Map<String, List<String>> versionsInFolder = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(pluginsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                try {
                    ChapterJar jar = ChapterJar.inspect(file);
                    versionsInFolder.computeIfAbsent(jar.pluginId(), id -> new ArrayList<>()).add(jar.version());
                } catch (IOException | org.proximite.chapter.format.ChapterRefusedException | RuntimeException unreadable) {
                    // reported when the folder is loaded
                }
            }
        }
        for (var row : packages) {
            List<String> present = versionsInFolder.getOrDefault(row.value1(), List.of());
            boolean current = present.stream().anyMatch(version -> versions.compareVersions(version, row.value2()) >= 0);
            if (current) {
                continue;
            }
            Path expected = pluginsDir.resolve(row.value1() + "-" + row.value2() + ".jar");
            removeOtherJars(pluginsDir, row.value1(), expected);
            byte[] bytes = dsl.select(CHAPTER_PACKAGE.CONTENT).from(CHAPTER_PACKAGE)
                    .where(CHAPTER_PACKAGE.CHAPTER_ID.eq(row.value1())).and(CHAPTER_PACKAGE.VERSION.eq(row.value2()))
                    .fetchOne(CHAPTER_PACKAGE.CONTENT);
            writeAtomically(expected, bytes);
            log.warn("Chapter {} {} was missing from {}: restored from the database", row.value1(), row.value2(), pluginsDir);
            events.record(row.value1(), expected.getFileName().toString(), ChapterAction.RESTORE, true, null, row.value2(),
                    "jar restored from the database", ACTOR);
        }
    }

    /** Puts a newly applied chapter's jar into the folder and loads it, replacing an older version. */
    synchronized Path install(ChapterPackage jar, Path pluginsDir) throws IOException {
        ensureManager(pluginsDir);
        Path target = pluginsDir.resolve(jar.pluginId() + "-" + jar.version() + ".jar");
        unload(jar.pluginId());
        removeOtherJars(pluginsDir, jar.pluginId(), target);
        writeAtomically(target, Files.readAllBytes(jar.staged()));
        plugins.loadPlugin(target);
        // Only trusted jars get here: the plan of an untrusted code chapter cannot be applied.
        if (plugins.startPlugin(jar.pluginId()) != PluginState.STARTED) {
            Throwable cause = plugins.getPlugin(jar.pluginId()).getFailedException();
            String reason = "it did not start: " + (cause == null ? "unknown reason" : cause);
            dsl.update(CHAPTER).set(CHAPTER.STATE, ChapterState.FAILED.name()).set(CHAPTER.STATE_REASON, reason)
                    .where(CHAPTER.ID.eq(jar.pluginId())).execute();
            log.error("Chapter {} installed but {}", jar.pluginId(), reason);
        }
        return target;
    }

    synchronized void stop(String chapterId) {
        if (plugins != null && plugins.getPlugin(chapterId) != null) {
            plugins.stopPlugin(chapterId);
        }
    }

    synchronized void start(String chapterId) {
        if (plugins != null && plugins.getPlugin(chapterId) != null) {
            plugins.startPlugin(chapterId);
        }
    }

    synchronized void remove(String chapterId, Path pluginsDir) throws IOException {
        unload(chapterId);
        removeOtherJars(pluginsDir, chapterId, null);
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".chapter-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void removeOtherJars(Path pluginsDir, String chapterId, Path keep) throws IOException {
        if (!Files.isDirectory(pluginsDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(pluginsDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                if (file.equals(keep)) {
                    continue;
                }
                try {
                    if (ChapterJar.inspect(file).pluginId().equals(chapterId)) {
                        Files.delete(file);
                    }
                } catch (IOException | org.proximite.chapter.format.ChapterRefusedException | RuntimeException unreadable) {
                    // not a chapter jar of this id
                }
            }
        }
    }

    /** The extensions of this type that a started chapter brings. */
    synchronized <T> List<T> extensions(Class<T> type, String chapterId) {
        PluginWrapper wrapper = plugins == null ? null : plugins.getPlugin(chapterId);
        return wrapper == null || !wrapper.getPluginState().isStarted() ? List.of() : plugins.getExtensions(type, chapterId);
    }

    /** The class loader PF4J made for a loaded chapter, or null: for leak checks. */
    synchronized ClassLoader classLoaderOf(String chapterId) {
        PluginWrapper wrapper = plugins == null ? null : plugins.getPlugin(chapterId);
        return wrapper == null ? null : wrapper.getPluginClassLoader();
    }

    /** Ids of the chapters PF4J has loaded and started. */
    public synchronized List<String> startedChapters() {
        return plugins == null ? List.of() : plugins.getStartedPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }
}
