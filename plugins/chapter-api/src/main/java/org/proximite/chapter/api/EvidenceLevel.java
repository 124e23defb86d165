package org.proximite.chapter.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * How strong the evidence for a practice's effect is, from the weakest to the strongest rung.
 *
 * <p>Most of what field projects know sits on the first rung: practice-based knowledge, described
 * by the people who did it, with no formal evaluation. The ladder says so plainly instead of
 * dressing it up; the direction of the effect (positive, none, negative) is written in the
 * practice's "effect" section, per outcome.
 */
public enum EvidenceLevel {
    /** Described by practitioners from experience; not monitored or evaluated. */
    PRACTICE_BASED("practice-based"),
    /** Outcomes were monitored by the project (counts, surveys), with no comparison group. */
    MONITORED("monitored"),
    /** An independent evaluation with a comparison (before/after with control, or better). */
    EVALUATED("evaluated"),
    /** Several evaluations agree, or a systematic review supports the effect. */
    ESTABLISHED("established");

    private final String code;

    EvidenceLevel(String code) {
        this.code = code;
    }

    /** The code written in chapter files and URLs, for example {@code practice-based}. */
    public String code() {
        return code;
    }

    public static Optional<EvidenceLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
    }
}
