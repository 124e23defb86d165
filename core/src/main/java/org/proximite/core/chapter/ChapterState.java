package org.proximite.core.chapter;

/** Whether a chapter's content is shown, and if not, why. Only active chapters are shown to readers. */
public enum ChapterState {
    ACTIVE,
    /** An admin disabled it. */
    DISABLED,
    /** Installed, but this host's version is outside the range the chapter accepts (after a host upgrade, say). */
    INCOMPATIBLE,
    /** Installed, but it could not be loaded at the last start; the reason is kept. */
    FAILED
}
