package org.proximite.core.practice;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.theme.ThemeRef;

/**
 * A practice in a list.
 *
 * @param language the language the title and summary are in
 * @param fallback true when that is not the reader's language (no translation yet)
 */
public record PracticeCard(
        String slug,
        String title,
        String summary,
        String language,
        boolean fallback,
        EvidenceLevel evidenceLevel,
        ContentStatus status,
        String chapterId,
        List<ThemeRef> themes,
        OffsetDateTime updatedAt) {}
