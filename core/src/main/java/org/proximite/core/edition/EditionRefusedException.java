package org.proximite.core.edition;

/** An edition was not created because what was asked is wrong; nothing was changed. */
public class EditionRefusedException extends RuntimeException {

    private final EditionReason reason;

    public EditionRefusedException(EditionReason reason) {
        super(reason.code() + " " + reason.parameters());
        this.reason = reason;
    }

    public EditionReason reason() {
        return reason;
    }
}
