package org.proximite.web.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the image test, with the reason in the test report, when this machine cannot run an image
 * (root, unshare and chroot are needed) or this build made none. Under CI ({@code CI} set) a missing
 * image fails the test instead: {@code .ci/run} installs mmdebstrap so that {@code bin/test} builds it.
 */
final class NeedsImage implements ExecutionCondition {

    /** Set by web-ui's profile "image", which builds the image in the package phase. */
    static final String PROPERTY = "proximite.image.tar";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!isRoot() || !Files.isExecutable(Path.of("/usr/bin/unshare")) || !Files.isExecutable(Path.of("/usr/sbin/chroot"))) {
            return ConditionEvaluationResult.disabled("Running the container image without a container runtime needs root,"
                    + " unshare and chroot");
        }
        if (System.getProperty(PROPERTY) == null && System.getenv("CI") == null) {
            return ConditionEvaluationResult.disabled(NO_IMAGE);
        }
        return ConditionEvaluationResult.enabled("the image at " + System.getProperty(PROPERTY));
    }

    static final String NO_IMAGE = "No container image in this build: bin/test builds and runs it where root, mmdebstrap"
            + " and unshare are present (apt-get install mmdebstrap; .ci/run does), bin/image builds it";

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
