package org.proximite.core.practice;

import org.proximite.chapter.api.EvidenceLevel;

/**
 * What a reader narrows the practice list to. Null fields do not filter.
 *
 * @param language the reader's language: texts are shown in it, or in the practice's default
 *     language with a fallback flag
 * @param themeSlug a theme; practices filed under it or under one of its children
 * @param chapterId a chapter
 * @param evidenceLevel an evidence level: the practice's, or with {@code outcome} that outcome's
 * @param outcome an outcome the practice is rated on, for example {@code trust-in-police}
 * @param availableIn only practices that have a text written in this language
 * @param includeDrafts whether drafts are listed (editors only)
 */
public record PracticeFilter(
        String language,
        String themeSlug,
        String chapterId,
        EvidenceLevel evidenceLevel,
        String outcome,
        String availableIn,
        boolean includeDrafts) {

    /** A filter on no outcome. */
    public PracticeFilter(String language, String themeSlug, String chapterId, EvidenceLevel evidenceLevel, String availableIn,
            boolean includeDrafts) {
        this(language, themeSlug, chapterId, evidenceLevel, null, availableIn, includeDrafts);
    }

    public static PracticeFilter published(String language) {
        return new PracticeFilter(language, null, null, null, null, null, false);
    }
}
