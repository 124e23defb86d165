package org.proximite.core.chapter;

import java.util.Optional;
import org.pf4j.VersionManager;
import org.proximite.chapter.format.Reason;

/** Whether a chapter's {@code Plugin-Requires} names a range, with an upper bound, that includes this host. */
public final class RequiresCheck {

    private RequiresCheck() {}

    /** Why the chapter does not fit this host, or empty when it does. */
    public static Optional<Reason> problem(String requires, VersionManager versions) {
        if (requires == null || requires.isBlank() || requires.strip().equals("*")) {
            return Optional.of(LifecycleReason.REQUIRES_MISSING.with());
        }
        if (!requires.contains("<")) {
            return Optional.of(LifecycleReason.REQUIRES_UNBOUNDED.with(requires));
        }
        try {
            if (!versions.checkVersionConstraint(HostVersion.get(), requires)) {
                return Optional.of(LifecycleReason.REQUIRES_EXCLUDES_HOST.with(requires, HostVersion.get()));
            }
        } catch (RuntimeException e) {
            return Optional.of(LifecycleReason.REQUIRES_INVALID.with(requires, SafeMessage.of(e)));
        }
        return Optional.empty();
    }
}
