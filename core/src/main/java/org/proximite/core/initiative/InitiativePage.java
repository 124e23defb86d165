package org.proximite.core.initiative;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;
import org.proximite.core.practice.PracticePage.ContentLink;

/**
 * An initiative as its page shows it, in one language.
 *
 * @param fallback true when {@code text} is not in the language asked for
 * @param participants counts per stakeholder group, labelled in the reader's language
 * @param organisations names of the organisations involved
 */
public record InitiativePage(
        long id,
        String slug,
        int version,
        String kind,
        String countryCode,
        String locality,
        LocalDate startDate,
        LocalDate endDate,
        Integer year,
        Integer participantsTotal,
        List<ParticipantCount> participants,
        List<String> organisations,
        ContentStatus status,
        String chapterId,
        String defaultLanguage,
        String language,
        boolean fallback,
        List<String> languages,
        InitiativeText text,
        List<ContentLink> practices,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public record ParticipantCount(String group, String label, int count) {}
}
