package org.proximite.chapter.format.jar;

import java.util.List;
import java.util.Optional;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.text.Printable;

/**
 * A chapter's {@code Plugin-Requires}: the Proximité versions it works with. It must have an upper
 * bound, because a bare {@code 1.2.0} means "1.2.0 or any later version" to PF4J, and a chapter
 * cannot promise to work with hosts that do not exist yet.
 */
public final class HostRequirement {

    private HostRequirement() {}

    /** Why the requirement is refused on this host; empty when it is fine. */
    public static List<Reason> problems(String requires) {
        return problems(requires, HostVersion.get());
    }

    static List<Reason> problems(String requires, String hostVersion) {
        if (requires == null || requires.isBlank() || requires.strip().equals("*")) {
            return List.of(Reason.of("requires.missing"));
        }
        String shown = Printable.of(requires);
        if (requires.contains("|")) {
            return List.of(Reason.of("requires.alternatives", shown));
        }
        Optional<VersionRange> range = VersionRange.parse(requires);
        if (range.isEmpty()) {
            return List.of(SemanticVersion.isValid(requires.strip())
                    ? Reason.of("requires.unbounded", shown)
                    : Reason.of("requires.malformed", shown));
        }
        if (!range.get().hasUpperBound()) {
            return List.of(Reason.of("requires.unbounded", shown));
        }
        SemanticVersion host = SemanticVersion.parse(hostVersion).orElseThrow();
        if (!range.get().includes(host)) {
            return List.of(Reason.of("requires.excludes-host", shown, hostVersion));
        }
        return List.of();
    }
}
