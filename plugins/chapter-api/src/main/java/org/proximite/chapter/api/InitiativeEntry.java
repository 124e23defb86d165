package org.proximite.chapter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Something that happened, somewhere, at some time, applying practices.
 *
 * @param kind for example {@code event}, {@code training}, {@code dialogue-forum}, {@code campaign},
 *     {@code webinar}, {@code cultural-activity}, {@code sports-activity}, {@code publication}
 * @param year the year when the sources give no exact dates, or null when they give none at all
 * @param planned true for an initiative that has not taken place yet: readers see it marked as
 *     planned, never as a report
 * @param participantsTotal how many took part, or null when the sources do not say
 * @param participantsByGroup counts per stakeholder group, only those the sources give
 * @param sources keys of the chapter's sources for its dates, place, counts and outcomes
 */
public record InitiativeEntry(
        String slug,
        String kind,
        String countryCode,
        String locality,
        LocalDate startDate,
        LocalDate endDate,
        Integer year,
        boolean planned,
        Integer participantsTotal,
        Map<String, Integer> participantsByGroup,
        List<String> organisations,
        List<String> practices,
        ContentStatus status,
        List<String> sources,
        Map<String, InitiativeText> texts) {

    /** An initiative's texts in one language; body and outcomes are Markdown. */
    public record InitiativeText(String title, String summary, String body, String outcomes) {}
}
