package org.proximite.core.chapter;

import java.util.List;
import org.pf4j.VersionManager;

/**
 * The host-version check by the name {@link OfflineChapterCheck} calls it: the authors' tool runs
 * the same check as uploads ({@link RequiresCheck}), in English. Inspecting uploads is
 * {@code installing.ChapterInspector}'s job.
 */
final class ChapterInspector {

    private ChapterInspector() {}

    static void requiresProblems(String requires, VersionManager versions, List<String> reasons) {
        RequiresCheck.problem(requires, versions).ifPresent(reason -> reasons.add(reason.toString()));
    }
}
