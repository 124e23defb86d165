package org.proximite.core.chapter;

/** A chapter jar refused before it was read: unsafe or unreadable as an archive. */
class UnsafeChapterException extends Exception {

    UnsafeChapterException(String reason) {
        super(reason);
    }
}
