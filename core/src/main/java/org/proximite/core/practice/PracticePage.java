package org.proximite.core.practice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.content.ContentLink;
import org.proximite.core.content.ItemText;
import org.proximite.core.content.Resource;
import org.proximite.core.theme.ThemeRef;

/**
 * A practice as its page shows it, in one language.
 *
 * @param language the language of {@code text}
 * @param fallbackFields fields of {@code text} taken from the default language, missing in the language shown
 * @param fallback true when {@code text} is not in the language asked for (no translation yet)
 * @param languages the languages the practice can be read in
 * @param text title, summary, body and EMMIE sections by field name (Markdown, not yet rendered)
 * @param appliedIn initiatives that applied this practice
 */
public record PracticePage(
        long id,
        String slug,
        int version,
        EvidenceLevel evidenceLevel,
        boolean archived,
        String chapterId,
        String defaultLanguage,
        String language,
        boolean fallback,
        List<String> fallbackFields,
        List<String> languages,
        ItemText text,
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
    public record Adaptation(String chapterId, String chapterName, String language, String rationale, Map<String, String> fields) {}
}
