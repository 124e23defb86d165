package org.proximite.web.startup;

import java.util.List;

/**
 * A setting the application cannot start with, found before anything was created. The code names
 * the message ({@code <code>.problem} and {@code <code>.action} in {@code startup/messages}); the
 * parameters always start with the variable and the value.
 */
public final class WrongSetting extends RuntimeException {

    private final String code;
    private final List<Object> parameters;

    WrongSetting(String code, Object... parameters) {
        this(code, null, parameters);
    }

    WrongSetting(String code, Throwable cause, Object... parameters) {
        super(code + " " + List.of(parameters), cause);
        this.code = code;
        this.parameters = List.of(parameters);
    }

    public String code() {
        return code;
    }

    public List<Object> parameters() {
        return parameters;
    }
}
