package org.proximite.core.practice;

import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.content.ContentLink;
import org.proximite.core.content.ItemQueries.StoredItem;
import org.proximite.core.content.Resource;
import org.proximite.core.content.Source;
import org.proximite.core.content.ShownPage;
import org.proximite.core.theme.ThemeRef;

/**
 * A practice as its page shows it, in one language: what every shown item has, and what only
 * practices have.
 *
 * @param item the practice as stored: slug, version, chapter, default language, archived, last change
 * @param shown its text (Markdown, not yet rendered) in the language asked, or in another one with
 *     the fallback flag; the fields it lacks taken from the default language; the languages it can
 *     be read in
 * @param sources its numbered references (number = index + 1)
 * @param outcomes what is known of each of its outcomes; its level is their summary
 * @param appliedIn initiatives that applied this practice
 */
public record PracticePage(
        StoredItem item,
        ShownPage shown,
        EvidenceLevel evidenceLevel,
        List<ThemeRef> themes,
        List<Resource> resources,
        List<Source> sources,
        List<PracticeOutcome> outcomes,
        List<ContentLink> related,
        List<ContentLink> appliedIn,
        List<Adaptation> adaptations) {

    /**
     * How another chapter adapts this practice, in the reader's language when it has it.
     *
     * @param fields the fields it changes ({@code title}, {@code implementation}, …), Markdown where the field is
     */
    public record Adaptation(String chapterId, String chapterName, String language, String rationale, Map<String, String> fields) {}
}
