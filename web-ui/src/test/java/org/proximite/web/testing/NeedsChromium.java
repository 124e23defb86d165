package org.proximite.web.testing;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class when there is no Chromium, with the reason in the test report, so a
 * developer's run says what did not run and why. Under CI ({@code CI} set) the class runs anyway
 * and fails on the missing browser: CI must never pass without its browser tests.
 */
public final class NeedsChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(SystemChromium.executable()) || System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("Chromium at " + SystemChromium.executable());
        }
        return ConditionEvaluationResult.disabled(SystemChromium.missing());
    }
}
