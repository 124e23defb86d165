package org.proximite.core.chapter;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.format.jar.SignatureStatus;

/**
 * An installed chapter, named in the reader's language when it can be.
 *
 * @param languages the chapter's content languages, default first
 */
public record ChapterSummary(
        String id,
        String name,
        String description,
        String countryCode,
        String defaultLanguage,
        List<String> languages,
        String version,
        ChapterState state,
        String stateReason,
        SignatureStatus signature,
        boolean hasCode,
        String brandColour,
        int practiceCount,
        int initiativeCount,
        OffsetDateTime updatedAt) {}
