package org.proximite.core.chapter.running;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.core.chapter.ChapterFormatAccess;
import org.proximite.core.chapter.ChapterFormatAccess.JarFacts;

/**
 * One instance's plugins folder: a copy of the jars the database records, written as
 * {@code <id>-<version>.jar}. What does not belong there is moved to {@code set-aside/}, never
 * loaded and never deleted, so that an operator can look at it.
 */
final class PluginsFolder {

    static final String SET_ASIDE = "set-aside";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;

    PluginsFolder(Path dir, Clock clock) throws IOException {
        this.dir = Files.createDirectories(dir.toAbsolutePath().normalize());
        this.clock = clock;
    }

    Path dir() {
        return dir;
    }

    Path setAsideDir() {
        return dir.resolve(SET_ASIDE);
    }

    Path jarOf(String chapterId, String version) {
        return dir.resolve(chapterId + "-" + version + ".jar");
    }

    /** The jar files directly in the folder. */
    List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** What a jar of the folder says it is, or empty when it is not a readable chapter jar. */
    static Optional<JarFacts> facts(Path jar) {
        try {
            return Optional.of(ChapterFormatAccess.readJar(jar));
        } catch (IOException | ChapterRefusedException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the chapter's jar is in place with exactly these bytes. */
    boolean holds(String chapterId, String version, String sha256) {
        Path jar = jarOf(chapterId, version);
        try {
            return Files.isRegularFile(jar) && ChapterFormatAccess.sha256(jar).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the chapter's jar in place of any other jar of that chapter, atomically. */
    Path write(String chapterId, String version, byte[] bytes) throws IOException {
        Path target = jarOf(chapterId, version);
        Path temporary = Files.createTempFile(dir, ".chapter-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        removeJarsOf(chapterId, target);
        return target;
    }

    /** Deletes every jar of the chapter but {@code keep} (null: all of them). */
    void removeJarsOf(String chapterId, Path keep) throws IOException {
        for (Path jar : jars()) {
            if (!jar.equals(keep) && facts(jar).map(JarFacts::pluginId).filter(chapterId::equals).isPresent()) {
                Files.deleteIfExists(jar);
            }
        }
    }

    /** Moves a jar to {@code set-aside/}, under a name that says when; returns where it went. */
    Path setAside(Path jar) throws IOException {
        Files.createDirectories(setAsideDir());
        Path target = setAsideDir().resolve(STAMP.format(clock.instant()) + "-" + jar.getFileName());
        return Files.move(jar, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The names of the files set aside, newest first. */
    List<String> setAsideFiles() {
        if (!Files.isDirectory(setAsideDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(setAsideDir())) {
            return files.map(file -> file.getFileName().toString()).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Removes what an interrupted write left behind. */
    void removeLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".chapter-")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
