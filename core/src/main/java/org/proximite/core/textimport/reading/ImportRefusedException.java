package org.proximite.core.textimport.reading;

import java.util.List;

/**
 * What was given to the import cannot be imported; nothing was saved. {@link #code()} is a message
 * key ({@code import.refused.tooLarge}, …) and {@link #arguments()} its parameters.
 */
public class ImportRefusedException extends RuntimeException {

    public static final String EMPTY = "import.refused.empty";
    public static final String TOO_LARGE = "import.refused.tooLarge";
    public static final String BINARY = "import.refused.binary";
    public static final String UNDECODABLE = "import.refused.undecodable";
    public static final String FORMAT = "import.refused.format";
    public static final String LANGUAGE = "import.refused.language";
    public static final String KIND = "import.refused.kind";
    public static final String ALL_REFUSED = "import.refused.allRefused";

    private final String code;
    private final List<Object> arguments;

    public ImportRefusedException(String code, Object... arguments) {
        super("Import refused: " + code + " " + List.of(arguments));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
