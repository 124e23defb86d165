package org.proximite.core.practice;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry.PracticeText;
import org.proximite.core.theme.ThemeRef;

/**
 * A practice as its page shows it, in one language.
 *
 * @param language the language of {@code text}
 * @param fallback true when {@code text} is not in the language asked for (no translation yet)
 * @param languages the languages the practice is written in
 * @param text title, summary, body and EMMIE sections (Markdown, not yet rendered)
 * @param appliedIn initiatives that applied this practice
 */
public record PracticePage(
        long id,
        String slug,
        int version,
        EvidenceLevel evidenceLevel,
        ContentStatus status,
        String chapterId,
        String defaultLanguage,
        String language,
        boolean fallback,
        List<String> languages,
        PracticeText text,
        List<ThemeRef> themes,
        List<Resource> resources,
        List<ContentLink> related,
        List<ContentLink> appliedIn,
        List<Adaptation> adaptations,
        OffsetDateTime updatedAt,
        String updatedBy) {

    /**
     * How another chapter adapts this practice, in the reader's language when it has it.
     *
     * @param fields the fields it changes ({@code title}, {@code implementation}, …), Markdown where the field is
     */
    public record Adaptation(String chapterId, String chapterName, String language, String rationale, java.util.Map<String, String> fields) {}

    /** A tool or resource: a link or a file, in one language or in all (language null). */
    public record Resource(String kind, String language, String label, String url) {}

    /** A link to another practice or an initiative, titled in the reader's language if it can be. */
    public record ContentLink(String slug, String title) {}
}
