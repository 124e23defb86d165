package org.proximite.core.chapter;

/** A chapter jar that is not imported, with the reason admins will read. */
class ChapterRefusedException extends Exception {

    private final ChapterAction action;
    private final String fromVersion;

    ChapterRefusedException(ChapterAction action, String fromVersion, String reason) {
        super(reason);
        this.action = action;
        this.fromVersion = fromVersion;
    }

    ChapterAction action() {
        return action;
    }

    String fromVersion() {
        return fromVersion;
    }
}
