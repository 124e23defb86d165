package org.proximite.core.chapter.running;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.jar.HostVersion;
import org.proximite.core.chapter.LifecycleReason;
import org.proximite.core.chapter.SafeMessage;

/**
 * This instance's PF4J: loads, starts, stops and unloads chapter jars by path, never by scanning
 * a folder, and never through PF4J's own enabled/disabled file: the database says what runs.
 * Not thread-safe; {@link ChapterLoader} serialises the calls.
 */
final class ChapterPlugins {

    private final PluginManager manager;

    ChapterPlugins(Path pluginsDir) {
        JarPluginManager jars = new JarPluginManager(pluginsDir);
        jars.setSystemVersion(HostVersion.get());
        this.manager = jars;
    }

    /** The jar PF4J loaded for this chapter, or null. */
    Path loadedFrom(String chapterId) {
        PluginWrapper wrapper = manager.getPlugin(chapterId);
        return wrapper == null ? null : wrapper.getPluginPath();
    }

    /** Loads the jar (its code does not run yet); the reason when PF4J could not load and resolve it. */
    Optional<Reason> load(Path jar, String chapterId) {
        try {
            manager.loadPlugin(jar);
        } catch (RuntimeException e) {
            unload(chapterId);
            return Optional.of(LifecycleReason.LOAD_FAILED.with(SafeMessage.of(e)));
        }
        PluginWrapper wrapper = manager.getPlugin(chapterId);
        if (wrapper == null || !manager.getResolvedPlugins().contains(wrapper)) {
            unload(chapterId);
            return Optional.of(LifecycleReason.LOAD_FAILED.with(wrapper == null ? "PF4J did not accept the jar" : "its dependencies are not loaded"));
        }
        return Optional.empty();
    }

    /** Starts a loaded chapter (its code runs from now on); the reason when it did not start. */
    Optional<Reason> start(String chapterId) {
        PluginWrapper wrapper = manager.getPlugin(chapterId);
        if (wrapper == null) {
            return Optional.of(LifecycleReason.LOAD_FAILED.with("not loaded"));
        }
        try {
            if (manager.startPlugin(chapterId) == PluginState.STARTED) {
                return Optional.empty();
            }
            Throwable cause = wrapper.getFailedException();
            return Optional.of(LifecycleReason.START_FAILED.with(cause == null ? wrapper.getPluginState().toString() : SafeMessage.of(cause)));
        } catch (RuntimeException e) {
            return Optional.of(LifecycleReason.START_FAILED.with(SafeMessage.of(e)));
        }
    }

    boolean isStarted(String chapterId) {
        PluginWrapper wrapper = manager.getPlugin(chapterId);
        return wrapper != null && wrapper.getPluginState() == PluginState.STARTED;
    }

    /** Stops the chapter, and the chapters that depend on it (PF4J cannot run them without it). */
    void stop(String chapterId) {
        if (isStarted(chapterId)) {
            manager.stopPlugin(chapterId);
        }
    }

    /** Unloads the chapter, and the chapters that depend on it, closing their class loaders. */
    void unload(String chapterId) {
        if (manager.getPlugin(chapterId) != null) {
            manager.unloadPlugin(chapterId);
        }
    }

    <T> List<T> extensions(Class<T> type, String chapterId) {
        return isStarted(chapterId) ? manager.getExtensions(type, chapterId) : List.of();
    }

    ClassLoader classLoaderOf(String chapterId) {
        PluginWrapper wrapper = manager.getPlugin(chapterId);
        return wrapper == null ? null : wrapper.getPluginClassLoader();
    }

    List<String> started() {
        return manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }

    List<String> loaded() {
        return manager.getPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList();
    }
}
