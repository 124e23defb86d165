package org.proximite.core.chapter.installing;

import static org.proximite.db.jooq.Tables.CHAPTER_DEPENDENCY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Finds the cycle a chapter's dependencies would close with the installed chapters' (A depends on
 * B, and an upgrade of B depends on A): PF4J cannot order such chapters, so the plan refuses them.
 */
final class DependencyCycles {

    private DependencyCycles() {}

    /** The cycle through {@code chapterId}, from it back to it, if its new dependencies make one. */
    static Optional<List<String>> through(DSLContext dsl, String chapterId, Set<String> dependencies) {
        Map<String, List<String>> graph = new HashMap<>();
        dsl.select(CHAPTER_DEPENDENCY.CHAPTER_ID, CHAPTER_DEPENDENCY.DEPENDS_ON).from(CHAPTER_DEPENDENCY)
                .where(CHAPTER_DEPENDENCY.CHAPTER_ID.ne(chapterId))
                .forEach(row -> graph.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        graph.put(chapterId, List.copyOf(dependencies));
        List<String> path = new ArrayList<>(List.of(chapterId));
        return walk(graph, chapterId, path, new HashSet<>()) ? Optional.of(path) : Optional.empty();
    }

    /** Depth first from the last id of {@code path}; true, with the cycle in {@code path}, when it comes back to its start. */
    private static boolean walk(Map<String, List<String>> graph, String start, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(path.getLast(), List.of())) {
            path.add(next);
            if (next.equals(start) || seen.add(next) && walk(graph, start, path, seen)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }
}
