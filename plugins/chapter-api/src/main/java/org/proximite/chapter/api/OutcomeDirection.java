package org.proximite.chapter.api;

import java.util.Arrays;
import java.util.Optional;

/** What was found about one outcome of a practice. */
public enum OutcomeDirection {
    POSITIVE("positive"),
    /** Looked for, and no effect found. */
    NONE("none"),
    NEGATIVE("negative"),
    /** Positive in some places or for some people, negative or absent for others. */
    MIXED("mixed"),
    /** Nobody measured it: what is said of it is practitioners' experience. */
    NOT_MEASURED("not-measured");

    private final String code;

    OutcomeDirection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OutcomeDirection> fromCode(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code.equals(code)).findFirst();
    }
}
