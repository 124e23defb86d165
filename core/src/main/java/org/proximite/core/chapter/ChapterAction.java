package org.proximite.core.chapter;

/** What was done, or tried, with a chapter; one per row of its history. */
public enum ChapterAction {
    INSTALL,
    UPGRADE,
    REFUSE,
    LOAD,
    ENABLE,
    DISABLE,
    UNINSTALL,
    ALLOW_CODE,
    RESTORE
}
