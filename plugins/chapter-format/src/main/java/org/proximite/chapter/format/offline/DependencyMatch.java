package org.proximite.chapter.format.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.jar.SemanticVersion;
import org.proximite.chapter.format.jar.VersionRange;
import org.proximite.chapter.format.text.DidYouMean;

/**
 * Matches a chapter's {@code Plugin-Dependencies} with the chapter jars its author gave: each
 * declared chapter must be there at a version in range, with the closest id when one was
 * mistyped; a jar given but not declared would be ignored by the server, so it is said too.
 */
final class DependencyMatch {

    private DependencyMatch() {}

    /** @return the given chapters the manifest declares, whose practices the chapter may adapt */
    static List<DependencyChapter> check(Map<String, String> declared, List<DependencyChapter> given, List<Reason> problems) {
        List<String> givenIds = given.stream().map(DependencyChapter::id).toList();
        declared.forEach((id, range) -> {
            Optional<DependencyChapter> found = given.stream().filter(chapter -> chapter.id().equals(id)).findFirst();
            if (found.isEmpty()) {
                DidYouMean.among(id, givenIds).ifPresentOrElse(
                        close -> problems.add(Reason.of("dependency.missing.close", id, range, close)),
                        () -> problems.add(Reason.of("dependency.missing", id, range)));
                return;
            }
            Optional<VersionRange> accepted = VersionRange.parse(range);
            Optional<SemanticVersion> version = SemanticVersion.parse(found.get().version());
            if (accepted.isPresent() && version.isPresent() && !accepted.get().includes(version.get())) {
                problems.add(Reason.of("dependency.version", id, range, found.get().version()));
            }
        });
        for (DependencyChapter chapter : given) {
            if (!declared.containsKey(chapter.id())) {
                String next = SemanticVersion.parse(chapter.version()).map(version -> (version.major() + 1) + ".0.0").orElse("2.0.0");
                problems.add(Reason.of("dependency.undeclared", chapter.id(), chapter.version(), next));
            }
        }
        return given.stream().filter(chapter -> declared.containsKey(chapter.id())).toList();
    }
}
