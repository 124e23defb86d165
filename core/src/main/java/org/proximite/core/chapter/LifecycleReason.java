package org.proximite.core.chapter;

import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.Reason;

/**
 * The codes of the chapter lifecycle's refusals, decisions and history lines: each a message key
 * of the chapter format's reasons bundle (block {@code # lifecycle}), in English and French.
 * Code decides by these constants, never by a message's text.
 */
public enum LifecycleReason {
    REASONS_MORE("lifecycle.reasons.more"),
    FILE_EMPTY("lifecycle.file.empty"),
    FILE_TOO_LARGE("lifecycle.file.too-large"),
    FILE_UNSTAGED("lifecycle.file.unstaged"),
    MANIFEST_UNREADABLE("lifecycle.manifest.unreadable"),
    DEPENDENCY_MISSING("lifecycle.dependency.missing"),
    DEPENDENCY_WRONG_VERSION("lifecycle.dependency.wrong-version"),
    DEPENDENCY_CYCLE("lifecycle.dependency.cycle"),
    CONTENT_UNREADABLE("lifecycle.content.unreadable"),
    SIGNER_CHANGED("lifecycle.signer.changed"),
    SIGNER_MISSING("lifecycle.signer.missing"),
    PLAN_UNKNOWN("lifecycle.plan.unknown"),
    PLAN_EXPIRED("lifecycle.plan.expired"),
    PLAN_APPLIED("lifecycle.plan.applied"),
    BUSY("lifecycle.busy"),
    NOT_INSTALLED("lifecycle.not-installed"),
    REMOVE_DEPENDANTS("lifecycle.remove.dependants"),
    APPLY_FAILED("lifecycle.apply.failed"),
    APPLY_NODE_FAILED("lifecycle.apply.node-failed"),
    LOAD_FAILED("lifecycle.load.failed"),
    START_FAILED("lifecycle.start.failed"),
    DEPENDENCY_NOT_STARTED("lifecycle.dependency.not-started"),
    CHECK_TIMEOUT("lifecycle.check.timeout"),
    CHECK_FAILED("lifecycle.check.failed"),
    FOLDER_SET_ASIDE("lifecycle.folder.set-aside"),
    FOLDER_UNREADABLE("lifecycle.folder.unreadable"),
    FOLDER_RESTORED("lifecycle.folder.restored"),
    IMPORTED("lifecycle.imported"),
    IMPORTED_KEPT("lifecycle.imported.kept"),
    IMPORTED_MERGED("lifecycle.imported.merged"),
    REMOVED_KEPT("lifecycle.removed.kept"),
    REMOVED_DELETED("lifecycle.removed.deleted"),
    CODE_ALLOWED("lifecycle.code.allowed"),
    SHIPPED_WAITS("lifecycle.shipped.waits"),
    DECISION_SAME_VERSION("lifecycle.decision.same-version"),
    DECISION_DOWNGRADE("lifecycle.decision.downgrade"),
    DECISION_CONFLICTS("lifecycle.decision.conflicts"),
    DECISION_UNSETTLED("lifecycle.decision.unsettled"),
    DECISION_CODE_UNSIGNED("lifecycle.decision.code.unsigned"),
    DECISION_CODE_MODIFIED("lifecycle.decision.code.modified"),
    DECISION_CODE_INVALID("lifecycle.decision.code.invalid"),
    DECISION_PUBLISHER("lifecycle.decision.publisher"),
    DECISION_CONTENT_REPLACED("lifecycle.decision.content-replaced");

    private final String code;

    LifecycleReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** This reason with its parameters, in the order its message shows them. */
    public Reason with(Object... arguments) {
        return Reason.of(code, arguments);
    }

    /** A refusal for this one reason. */
    public ChapterRefusedException refusal(Object... arguments) {
        return new ChapterRefusedException(with(arguments));
    }

    public boolean is(Reason reason) {
        return code.equals(reason.code());
    }
}
