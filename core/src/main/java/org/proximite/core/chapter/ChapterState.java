package org.proximite.core.chapter;

/** Whether a chapter's content is shown. */
public enum ChapterState {
    ACTIVE,
    DISABLED
}
