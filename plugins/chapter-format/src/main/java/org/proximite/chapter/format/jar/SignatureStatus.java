package org.proximite.chapter.format.jar;

/** What a chapter jar's signature says about who made it and whether it was changed since. */
public enum SignatureStatus {
    /** Signed by a publisher in this instance's trust store, and unchanged since. */
    SIGNED,
    /** Not signed. */
    UNSIGNED,
    /** Signed, but files were changed or added after signing. */
    MODIFIED,
    /** Signed by a publisher this instance does not trust, or with a certificate it cannot accept. */
    INVALID
}
