package org.proximite.core.chapter;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.format.Reason;
import org.proximite.chapter.format.jar.SignatureStatus;

/**
 * An installed chapter, named in the reader's language when it can be.
 *
 * @param languages the chapter's content languages, default first
 * @param stateReason why it is in its state, in English (null when active)
 * @param stateReasons the same as codes with parameters, to show in the reader's language
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
        List<Reason> stateReasons,
        SignatureStatus signature,
        boolean hasCode,
        String brandColour,
        int practiceCount,
        int initiativeCount,
        OffsetDateTime updatedAt) {}
