package org.proximite.chapter.format.offline;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.StakeholderGroups;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.content.ChapterContentValidator;
import org.proximite.chapter.format.jar.ChapterManifest;
import org.proximite.chapter.format.jar.ZipSafety;

/**
 * The checks the server runs on a chapter, run by its authors before they upload it, without a
 * database: on the chapter's folder while writing it (the manifest then comes from its
 * {@code pom.xml}), or on the built jar. What only a server knows (the chapters it depends on) is
 * given as those chapters' jars.
 */
public final class OfflineChapterCheck {

    private static final Set<String> LANGUAGES_EVERY_HOST_KNOWS = Set.of("fr", "en");
    private static final String POM = "pom.xml";

    private OfflineChapterCheck() {}

    /**
     * @param chapter a chapter's folder (holding {@code pom.xml} and {@code src/main/resources/chapter/},
     *     or {@code chapter/} itself), or a chapter jar
     * @param dependencies the chapters it depends on, as their jars say
     */
    public static CheckReport check(Path chapter, List<DependencyChapter> dependencies) {
        List<Reason> problems = new ArrayList<>();
        List<Reason> notices = new ArrayList<>();
        List<Reason> warnings = new ArrayList<>();
        if (Files.isDirectory(chapter)) {
            Path resources = chapter.resolve("src/main/resources");
            Path root = Files.isDirectory(resources) ? resources : chapter;
            ChapterManifest manifest = pomManifest(chapter, notices);
            check(root, manifest, dependencies, problems, notices, warnings);
            return new CheckReport(problems, notices, warnings);
        }
        try {
            ZipSafety.check(chapter, Files.size(chapter));
            try (FileSystem zip = FileSystems.newFileSystem(chapter)) {
                check(zip.getPath("/"), jarManifest(chapter), dependencies, problems, notices, warnings);
            }
        } catch (ChapterRefusedException e) {
            problems.addAll(e.reasons());
        } catch (IOException | RuntimeException e) {
            problems.add(Reason.of("jar.unreadable"));
        }
        return new CheckReport(problems, notices, warnings);
    }

    private static ChapterManifest pomManifest(Path folder, List<Reason> notices) {
        Path pom = folder.resolve(POM);
        if (!Files.isRegularFile(pom)) {
            notices.add(Reason.of("manifest.pom.missing"));
            return null;
        }
        try {
            return PomManifest.read(pom);
        } catch (ChapterRefusedException e) {
            notices.addAll(e.reasons());
            return null;
        }
    }

    private static ChapterManifest jarManifest(Path jar) throws IOException, ChapterRefusedException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new ChapterRefusedException("jar.manifest.missing");
            }
            return ChapterManifest.of(manifest.getMainAttributes());
        }
    }

    /** @param manifest null when it could not be read (a notice says why) */
    private static void check(Path root, ChapterManifest manifest, List<DependencyChapter> dependencies, List<Reason> problems,
            List<Reason> notices, List<Reason> warnings) {
        List<DependencyChapter> declared = dependencies;
        // Without the manifest, the jars given are all there is to know of its dependencies.
        boolean allDependenciesGiven = !dependencies.isEmpty();
        if (manifest != null) {
            problems.addAll(manifest.problems());
            declared = DependencyMatch.check(manifest.dependencyRanges(), dependencies, problems);
            allDependenciesGiven = declared.size() == manifest.dependencyRanges().size();
        } else if (!dependencies.isEmpty()) {
            notices.add(Reason.of("dependency.unchecked"));
        }
        ChapterContent content;
        try {
            content = new ChapterContentReader().read(root);
        } catch (ChapterRefusedException e) {
            problems.addAll(e.reasons());
            return;
        }
        if (!allDependenciesGiven && refersToOtherChapters(content)) {
            // Each reference to their practices would be one more problem with the same cause.
            notices.add(Reason.of("dependency.practices.unchecked"));
        }
        String pluginId = manifest != null && manifest.identityProblems().isEmpty() ? manifest.pluginId() : content.descriptor().id();
        ChapterContentValidator validator = new ChapterContentValidator();
        validator.validate(content, pluginId, facts(declared, dependencies, allDependenciesGiven))
                .forEach(problem -> problems.add(problem.reason()));
        validator.warnings(content).forEach(warning -> warnings.add(warning.reason()));
    }

    private static boolean refersToOtherChapters(ChapterContent content) {
        Set<String> own = new HashSet<>();
        content.practices().forEach(practice -> own.add(practice.slug()));
        return !content.adaptations().isEmpty()
                || content.initiatives().stream().flatMap(initiative -> initiative.practices().stream()).anyMatch(slug -> !own.contains(slug));
    }

    /**
     * What a host would know: the languages and groups every host has, the practices of the
     * chapters this one depends on, and the slugs every given chapter already uses.
     */
    private static HostFacts facts(List<DependencyChapter> declared, List<DependencyChapter> given, boolean allDependenciesGiven) {
        Set<String> dependencyPractices = new HashSet<>();
        declared.forEach(dependency -> dependencyPractices.addAll(dependency.practices()));
        Map<String, String> practiceOwners = new HashMap<>();
        Map<String, String> initiativeOwners = new HashMap<>();
        for (DependencyChapter chapter : given) {
            chapter.practices().forEach(slug -> practiceOwners.putIfAbsent(slug, chapter.id()));
            chapter.initiatives().forEach(slug -> initiativeOwners.putIfAbsent(slug, chapter.id()));
        }
        return new HostFacts(LANGUAGES_EVERY_HOST_KNOWS, Set.copyOf(StakeholderGroups.CODES), dependencyPractices,
                practiceOwners, initiativeOwners, allDependenciesGiven);
    }

}
