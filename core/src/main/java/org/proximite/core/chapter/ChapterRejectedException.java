package org.proximite.core.chapter;

import java.util.List;

/**
 * A chapter jar that cannot be installed as it is; nothing was changed. The reasons are written
 * for the admin who uploaded it (in English, as the log and the API speak).
 */
public class ChapterRejectedException extends Exception {

    private final List<String> reasons;

    public ChapterRejectedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public ChapterRejectedException(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
