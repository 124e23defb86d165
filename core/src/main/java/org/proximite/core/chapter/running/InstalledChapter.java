package org.proximite.core.chapter.running;

import java.util.Set;
import org.proximite.core.chapter.ChapterState;

/**
 * A chapter as the database records it, which is what every instance's node follows.
 *
 * @param sha256 the fingerprint of its jar, kept in {@code chapter_package}
 * @param dependencies ids of the chapters it depends on
 */
record InstalledChapter(String id, String version, String sha256, ChapterState state, String requires, Set<String> dependencies) {}
