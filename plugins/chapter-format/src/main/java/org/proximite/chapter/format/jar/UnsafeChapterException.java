package org.proximite.chapter.format.jar;

/** A chapter jar refused before it was read: unsafe or unreadable as an archive. */
public class UnsafeChapterException extends Exception {

    public UnsafeChapterException(String reason) {
        super(reason);
    }
}
