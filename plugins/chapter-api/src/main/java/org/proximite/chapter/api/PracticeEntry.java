package org.proximite.chapter.api;

import java.util.List;
import java.util.Map;

/** A practice as a chapter ships it, with its texts per language. */
public record PracticeEntry(
        String slug,
        List<String> themes,
        EvidenceLevel evidenceLevel,
        ContentStatus status,
        List<String> related,
        List<ResourceEntry> resources,
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
