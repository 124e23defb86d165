package org.proximite.core.actor;

import java.util.List;

/**
 * The actor may not do what was asked; nothing was changed. {@link #code()} is a message key
 * ({@code denied.role}, {@code denied.chapter}, {@code denied.language}) and {@link #arguments()} its parameters.
 */
public class NotAllowedException extends RuntimeException {

    private final String code;
    private final List<String> arguments;

    public NotAllowedException(String actor, String code, String... arguments) {
        super(actor + " may not do this: " + code + " " + String.join(", ", arguments));
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
