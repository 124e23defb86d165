package org.proximite.core.initiative;

import java.util.List;
import org.proximite.core.content.ContentLink;
import org.proximite.core.content.ItemQueries.StoredItem;
import org.proximite.core.content.ShownPage;
import org.proximite.core.content.Source;

/**
 * An initiative as its page shows it, in one language: what every shown item has, and what only
 * initiatives have.
 *
 * @param item the initiative as stored: slug, version, chapter, default language, archived, last change
 * @param shown its text in the language asked, or in another one with the fallback flag; the
 *     fields it lacks taken from the default language
 * @param participants counts per stakeholder group, labelled in the reader's language
 * @param organisations names of the organisations involved
 * @param practices the practices it applied
 * @param sources its numbered references (number = index + 1)
 */
public record InitiativePage(
        StoredItem item,
        ShownPage shown,
        InitiativeFacts facts,
        List<ParticipantCount> participants,
        List<String> organisations,
        List<ContentLink> practices,
        List<Source> sources) {

    public record ParticipantCount(String group, String label, int count) {}
}
