package org.proximite.core.chapter;

import java.nio.file.Path;

/** Where chapter jars live on disk: the loaded copies, and uploads waiting for their plan to be applied. */
public record ChapterFolders(Path plugins, Path staging) {

    public static ChapterFolders in(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        return new ChapterFolders(root.resolve("plugins"), root.resolve("staging"));
    }
}
