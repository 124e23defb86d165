package org.proximite.core.exchange;

import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.practice.PracticeOutcome;

/** What only practices have, as tools exchange it: the evidence level and each outcome rated. */
public record PracticeEvidence(EvidenceLevel level, List<PracticeOutcome> outcomes) {

    public PracticeEvidence {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
