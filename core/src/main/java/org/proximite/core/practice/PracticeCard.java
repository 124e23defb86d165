package org.proximite.core.practice;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.theme.ThemeRef;

/**
 * A practice in a list.
 *
 * @param language the language the title and summary are in
 * @param fallback true when that is not the reader's language (no translation yet)
 * @param archived hidden from readers (editors see it in their lists)
 */
public record PracticeCard(
        String slug,
        String title,
        String summary,
        String language,
        boolean fallback,
        EvidenceLevel evidenceLevel,
        boolean archived,
        String chapterId,
        List<ThemeRef> themes,
        OffsetDateTime updatedAt) {}
