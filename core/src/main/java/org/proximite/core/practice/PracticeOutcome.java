package org.proximite.core.practice;

import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.OutcomeDirection;

/**
 * One outcome of a practice, rated on its own: what was found and how strongly it is known.
 *
 * @param outcome its code, for example {@code trust-in-police}
 * @param sources the numbers of the practice's references that support it, from 1
 */
public record PracticeOutcome(String outcome, OutcomeDirection direction, EvidenceLevel level, List<Integer> sources) {

    public PracticeOutcome {
        sources = List.copyOf(sources);
    }
}
