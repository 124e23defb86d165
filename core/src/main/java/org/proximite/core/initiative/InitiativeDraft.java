package org.proximite.core.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.InitiativeEntry.InitiativeText;

/**
 * An initiative as an editor works on it: every language at once.
 *
 * @param id null for an initiative not yet saved
 * @param version the version the editor loaded; the save is refused if it changed meanwhile
 * @param year the year, when exact dates are not known
 * @param participantsByGroup counts per stakeholder group code
 * @param practiceSlugs the practices it applied
 */
public record InitiativeDraft(
        Long id,
        String slug,
        int version,
        String chapterId,
        String defaultLanguage,
        String kind,
        String countryCode,
        String locality,
        LocalDate startDate,
        LocalDate endDate,
        Integer year,
        Integer participantsTotal,
        Map<String, Integer> participantsByGroup,
        List<String> practiceSlugs,
        ContentStatus status,
        Map<String, InitiativeText> texts) {

    /** The kinds offered by default; chapters may use others written as slugs. */
    public static final List<String> KNOWN_KINDS = List.of(
            "event", "training", "dialogue-forum", "campaign", "webinar", "cultural-activity",
            "sports-activity", "meeting", "publication");

    public static InitiativeDraft blank(String defaultLanguage) {
        return new InitiativeDraft(null, "", 0, null, defaultLanguage, "event", null, null, null, null, null,
                null, Map.of(), List.of(), ContentStatus.DRAFT, Map.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
