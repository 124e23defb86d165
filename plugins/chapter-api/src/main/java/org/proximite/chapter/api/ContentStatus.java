package org.proximite.chapter.api;

import java.util.Arrays;
import java.util.Optional;

/** Whether readers can see a practice or an initiative. */
public enum ContentStatus {
    DRAFT("draft"),
    PUBLISHED("published"),
    /** Set by the host when a chapter is removed but its content kept; chapters cannot use it. */
    ARCHIVED("archived");

    private final String code;

    ContentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
