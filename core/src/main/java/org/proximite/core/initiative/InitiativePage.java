package org.proximite.core.initiative;

import java.time.OffsetDateTime;
import java.util.List;
import org.proximite.core.content.ContentLink;
import org.proximite.core.content.ItemText;

/**
 * An initiative as its page shows it, in one language.
 *
 * @param fallbackFields fields of {@code text} taken from the default language, missing in the language shown
 * @param fallback true when {@code text} is not in the language asked for
 * @param participants counts per stakeholder group, labelled in the reader's language
 * @param organisations names of the organisations involved
 */
public record InitiativePage(
        long id,
        String slug,
        int version,
        InitiativeFacts facts,
        List<ParticipantCount> participants,
        List<String> organisations,
        boolean archived,
        String chapterId,
        String defaultLanguage,
        String language,
        boolean fallback,
        List<String> fallbackFields,
        List<String> languages,
        ItemText text,
        List<ContentLink> practices,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public record ParticipantCount(String group, String label, int count) {}
}
