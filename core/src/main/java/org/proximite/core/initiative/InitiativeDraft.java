package org.proximite.core.initiative;

import java.util.List;
import java.util.Map;
import org.proximite.core.content.ItemDraft;

/**
 * An initiative as an editor works on it: what every item has, and its own facts, participants
 * and practices.
 *
 * @param participantsByGroup counts per stakeholder group code
 * @param practiceSlugs the practices it applied
 * @param original the initiative as the editor loaded it (null for a new one)
 */
public record InitiativeDraft(ItemDraft item, InitiativeFacts facts, Map<String, Integer> participantsByGroup, List<String> practiceSlugs,
        InitiativeDraft original) {

    /** The kinds offered by default; chapters may use others written as slugs. */
    public static final List<String> KNOWN_KINDS = List.of(
            "event", "training", "dialogue-forum", "campaign", "webinar", "cultural-activity",
            "sports-activity", "meeting", "publication");

    public InitiativeDraft {
        participantsByGroup = Map.copyOf(participantsByGroup);
        practiceSlugs = List.copyOf(practiceSlugs);
    }

    public InitiativeDraft(ItemDraft item, InitiativeFacts facts, Map<String, Integer> participantsByGroup, List<String> practiceSlugs) {
        this(item, facts, participantsByGroup, practiceSlugs, null);
    }

    public static InitiativeDraft blank(String defaultLanguage) {
        return new InitiativeDraft(ItemDraft.blank(defaultLanguage), new InitiativeFacts("event", null, null, null, null, null, false, null),
                Map.of(), List.of());
    }

    public InitiativeDraft withItem(ItemDraft changed) {
        return new InitiativeDraft(changed, facts, participantsByGroup, practiceSlugs, original);
    }

    /** This draft with other facts, participants and practices, keeping what was loaded. */
    public InitiativeDraft withOwn(InitiativeFacts newFacts, Map<String, Integer> newParticipants, List<String> newPractices) {
        return new InitiativeDraft(item, newFacts, newParticipants, newPractices, original);
    }

    public String slug() {
        return item.slug();
    }

    public boolean isNew() {
        return item.isNew();
    }
}
