package org.proximite.chapter.format.offline;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.StakeholderGroups;
import org.proximite.chapter.format.HostFacts;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.content.ChapterContentValidator;
import org.proximite.chapter.format.content.InvalidChapterException;
import org.proximite.chapter.format.jar.ChapterJar;
import org.proximite.chapter.format.jar.HostRequirement;
import org.proximite.chapter.format.jar.UnsafeChapterException;
import org.proximite.chapter.format.jar.ZipSafety;

/**
 * The checks the server runs on a chapter, run by its authors before they upload it, without a
 * database: on the chapter's folder while writing it, or on the built jar. What only the server
 * knows (which practices the chapters it depends on bring) is given by the caller.
 */
public final class OfflineChapterCheck {

    private static final Set<String> LANGUAGES_EVERY_HOST_KNOWS = Set.of("fr", "en");

    private OfflineChapterCheck() {}

    /**
     * @param chapter a folder holding {@code chapter/}, or a chapter jar
     * @param dependencyPractices slugs of the practices of the chapters it depends on
     * @return every problem found, each naming its file and field; empty when the chapter passes
     */
    public static List<String> check(Path chapter, Set<String> dependencyPractices) {
        List<String> problems = new ArrayList<>();
        HostFacts facts = new HostFacts(LANGUAGES_EVERY_HOST_KNOWS, Set.copyOf(StakeholderGroups.CODES), dependencyPractices);
        if (Files.isDirectory(chapter)) {
            checkContent(chapter, null, facts, problems);
            return problems;
        }
        try {
            ZipSafety.check(chapter, Files.size(chapter));
            ChapterJar jar = ChapterJar.inspect(chapter);
            HostRequirement.check(jar.requires(), problems);
            try (FileSystem zip = FileSystems.newFileSystem(chapter)) {
                checkContent(zip.getPath("/"), jar.pluginId(), facts, problems);
            }
        } catch (UnsafeChapterException e) {
            problems.add(chapter.getFileName() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            problems.add(chapter.getFileName() + ": cannot be read as a chapter jar: " + e.getMessage());
        }
        return problems;
    }

    /** The practice slugs a chapter jar brings, for checking a chapter that depends on it. */
    public static Set<String> practicesOf(Path chapterJar) throws IOException, InvalidChapterException {
        try (FileSystem zip = FileSystems.newFileSystem(chapterJar)) {
            return Set.copyOf(new ChapterContentReader().read(zip.getPath("/")).practices().stream()
                    .map(org.proximite.chapter.api.PracticeEntry::slug).toList());
        }
    }

    private static void checkContent(Path root, String pluginId, HostFacts facts, List<String> problems) {
        try {
            ChapterContent content = new ChapterContentReader().read(root);
            String id = pluginId != null ? pluginId : content.descriptor().id();
            new ChapterContentValidator().validate(content, id, facts).forEach(problem -> problems.add(problem.toString()));
        } catch (InvalidChapterException e) {
            e.problems().forEach(problem -> problems.add(problem.toString()));
        }
    }
}
