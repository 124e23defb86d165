package org.proximite.chapter.api;

import java.util.List;
import java.util.Map;

/**
 * A practice as a chapter ships it, with its texts per language.
 *
 * @param evidenceLevel the practice's level; with outcomes, the highest of theirs
 * @param sources keys of the chapter's sources the practice cites
 * @param outcomes what is known of each of its outcomes
 */
public record PracticeEntry(
        String slug,
        List<String> themes,
        EvidenceLevel evidenceLevel,
        ContentStatus status,
        List<String> related,
        List<ResourceEntry> resources,
        List<String> sources,
        List<OutcomeEntry> outcomes,
        Map<String, PracticeText> texts) {

    /**
     * A practice's texts in one language. The sections follow EMMIE: effect (and the evidence for
     * it), mechanism, context and conditions, implementation, cost. Body and sections are Markdown.
     */
    public record PracticeText(
            String title,
            String summary,
            String body,
            String effect,
            String mechanism,
            String context,
            String implementation,
            String cost) {}
}
