package org.proximite.chapter.format.offline;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.proximite.chapter.api.ChapterContent;
import org.proximite.chapter.api.InitiativeEntry;
import org.proximite.chapter.api.PracticeEntry;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.content.ChapterContentReader;
import org.proximite.chapter.format.jar.ChapterJar;
import org.proximite.chapter.format.jar.ZipSafety;

/**
 * A chapter another one depends on, as its jar says: what the server would know of it once
 * installed (its id and version, and the slugs of its practices and initiatives).
 */
public record DependencyChapter(String id, String version, Set<String> practices, Set<String> initiatives) {

    /**
     * @throws ChapterRefusedException when the jar is not a readable chapter
     * @throws IOException when the file cannot be read
     */
    public static DependencyChapter read(Path jar) throws IOException, ChapterRefusedException {
        ZipSafety.check(jar, Files.size(jar));
        ChapterJar manifest = ChapterJar.inspect(jar);
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            ChapterContent content = new ChapterContentReader().read(zip.getPath("/"));
            return new DependencyChapter(manifest.pluginId(), manifest.version(),
                    Set.copyOf(content.practices().stream().map(PracticeEntry::slug).toList()),
                    Set.copyOf(content.initiatives().stream().map(InitiativeEntry::slug).toList()));
        }
    }
}
