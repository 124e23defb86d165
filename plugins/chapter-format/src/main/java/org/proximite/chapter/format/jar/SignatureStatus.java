package org.proximite.chapter.format.jar;

import org.proximite.chapter.format.Reason;

/** What a chapter jar's signature says about who made it and whether it was changed since. */
public enum SignatureStatus {
    /** Signed by a publisher in this instance's trust store, and unchanged since. */
    SIGNED("signature.signed"),
    /** Not signed. */
    UNSIGNED("signature.unsigned"),
    /** Signed, but files were changed or added after signing. */
    MODIFIED("signature.modified"),
    /** Signed by a publisher this instance does not trust, or with a certificate it cannot accept. */
    INVALID("signature.invalid");

    private final String code;

    SignatureStatus(String code) {
        this.code = code;
    }

    /** The status as a reason a person reads, in their language. */
    public Reason reason() {
        return Reason.of(code);
    }
}
