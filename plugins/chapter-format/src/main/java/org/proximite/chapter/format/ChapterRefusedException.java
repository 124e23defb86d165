package org.proximite.chapter.format;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A chapter, or an action on one, was refused; nothing was changed. Carries every reason, each a
 * code with parameters.
 */
public class ChapterRefusedException extends Exception {

    private final List<Reason> reasons;

    public ChapterRefusedException(List<Reason> reasons) {
        super(reasons.stream().map(Reason::toString).collect(Collectors.joining("; ")));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    public ChapterRefusedException(Reason reason) {
        this(List.of(reason));
    }

    public ChapterRefusedException(String code, Object... arguments) {
        this(Reason.of(code, arguments));
    }

    /** Refuses a chapter for the problems found in its files. */
    public static ChapterRefusedException of(List<ChapterProblem> problems) {
        return new ChapterRefusedException(problems.stream().map(ChapterProblem::reason).toList());
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** The first reason's code: what kind of refusal this is. */
    public String code() {
        return reasons.getFirst().code();
    }

    public String message(Locale locale) {
        return reasons.stream().map(reason -> reason.message(locale)).collect(Collectors.joining("; "));
    }
}
