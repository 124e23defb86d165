package org.proximite.chapter.format.jar;

import java.util.List;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/** A chapter's {@code Plugin-Requires}: the Proximité versions it works with. */
public final class HostRequirement {

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private HostRequirement() {}

    /** {@code Plugin-Requires} must name a range with an upper bound that includes this host. */
    public static void check(String requires, List<String> reasons) {
        if (requires == null || requires.isBlank() || requires.strip().equals("*")) {
            reasons.add("Plugin-Requires is missing: say which Proximité versions the chapter works with, e.g. '>=0.1.0 & <1.0.0'");
            return;
        }
        if (!requires.contains("<")) {
            reasons.add("Plugin-Requires '" + requires + "' has no upper bound: add one, e.g. '>=0.1.0 & <1.0.0'");
            return;
        }
        try {
            if (!VERSIONS.checkVersionConstraint(HostVersion.get(), requires)) {
                reasons.add("it requires Proximité " + requires + " but this host is " + HostVersion.get());
            }
        } catch (RuntimeException e) {
            reasons.add("Plugin-Requires '" + requires + "' is not a version range: " + e.getMessage());
        }
    }
}
