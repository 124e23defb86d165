package org.proximite.chapter.api;

import java.util.List;
import java.util.Set;

/**
 * <b>Incubating.</b> One outcome of a practice, rated on its own as the College of Policing's
 * Crime Reduction Toolkit and CrimeSolutions rate them: an effect on trust is not an effect on
 * crime.
 *
 * @param outcome what changes, one of {@link #OUTCOMES}
 * @param direction what was found
 * @param level how strong the evidence for that finding is
 * @param sources keys of the chapter's sources that support it; required above
 *     {@link EvidenceLevel#PRACTICE_BASED}
 */
public record OutcomeEntry(String outcome, OutcomeDirection direction, EvidenceLevel level, List<String> sources) {

    /** The outcomes practices are rated on, so that readers can compare and filter them. */
    public static final Set<String> OUTCOMES = Set.of(
            "trust-in-police",
            "police-legitimacy",
            "reporting-of-crime",
            "perceived-safety",
            "crime",
            "disorder",
            "police-community-cooperation",
            "community-participation",
            "police-conduct",
            "knowledge-and-skills");

    public OutcomeEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
