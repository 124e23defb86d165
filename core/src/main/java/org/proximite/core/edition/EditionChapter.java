package org.proximite.core.edition;

import java.util.List;
import org.proximite.core.chapter.AdaptedPractice;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.chapter.ChapterTerm;
import org.proximite.core.chapter.ContextPage;

/**
 * A chapter as an edition holds it in one language: what the guide's page of that chapter shows
 * (its pages about the country, its words, the practices it adapts).
 */
public record EditionChapter(ChapterSummary chapter, List<ContextPage> pages, List<ChapterTerm> terms, List<AdaptedPractice> adaptations) {

    public EditionChapter {
        pages = List.copyOf(pages);
        terms = List.copyOf(terms);
        adaptations = List.copyOf(adaptations);
    }
}
