package org.proximite.web.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the image test, with the reason in the test report, when this build made no image or cannot
 * run one (root, unshare and chroot are needed). Under CI ({@code CI} set) the test runs anyway and
 * fails on what is missing: {@code .ci/run} installs mmdebstrap so that {@code bin/test} builds the
 * image.
 */
final class NeedsImage implements ExecutionCondition {

    /** Set by web-ui's profile "image", which builds the image in the package phase. */
    static final String PROPERTY = "proximite.image.tar";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missing();
        if (missing == null || System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("the image at " + System.getProperty(PROPERTY));
        }
        return ConditionEvaluationResult.disabled(missing);
    }

    /** What this machine or build lacks to run the image, or null. */
    static String missing() {
        if (System.getProperty(PROPERTY) == null) {
            return "No container image in this build: bin/test builds and runs it where root, mmdebstrap and unshare"
                    + " are present (apt-get install mmdebstrap; .ci/run does), bin/image builds it";
        }
        if (!isRoot() || !Files.isExecutable(Path.of("/usr/bin/unshare")) || !Files.isExecutable(Path.of("/usr/sbin/chroot"))) {
            return "Running the container image without a container runtime needs root, unshare and chroot";
        }
        return null;
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
