package org.proximite.core.workflow;

import java.util.List;

/**
 * A move the text's state does not allow, or that lacks what it needs; nothing was changed.
 * {@link #code()} is a message key ({@code workflow.notFrom}, {@code workflow.commentRequired},
 * {@code workflow.noText}) and {@link #arguments()} its parameters.
 */
public class WorkflowRefusedException extends RuntimeException {

    private final String code;
    private final List<String> arguments;

    public WorkflowRefusedException(String code, String... arguments) {
        super(code + " " + String.join(", ", arguments));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
