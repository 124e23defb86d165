package org.proximite.core.initiative;

import java.time.LocalDate;

/**
 * An initiative in a list.
 *
 * @param fallback true when the title and summary are not in the reader's language
 * @param planned true when it has not taken place yet
 */
public record InitiativeCard(
        String slug,
        String title,
        String summary,
        String language,
        boolean fallback,
        String kind,
        String countryCode,
        String locality,
        LocalDate startDate,
        Integer year,
        Integer participantsTotal,
        boolean archived,
        String chapterId,
        boolean planned) {}
