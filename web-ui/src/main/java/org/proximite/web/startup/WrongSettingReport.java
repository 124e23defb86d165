package org.proximite.web.startup;

import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link WrongSetting} into the one message the operator reads when the application
 * refuses to start: what is wrong and what to do, in the operator's language. Spring Boot logs the
 * exception's trace at debug level only.
 */
class WrongSettingReport extends AbstractFailureAnalyzer<WrongSetting> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WrongSetting wrong) {
        Locale language = StartupMessages.operatorLanguage();
        Object[] parameters = wrong.parameters().toArray();
        return new FailureAnalysis(StartupMessages.text(wrong.code() + ".problem", language, parameters),
                StartupMessages.text(wrong.code() + ".action", language, parameters), wrong);
    }
}
