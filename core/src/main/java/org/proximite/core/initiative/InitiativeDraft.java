package org.proximite.core.initiative;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;

/**
 * An initiative as an editor works on it: what every item has, and its own facts, participants,
 * practices and organisations.
 *
 * @param participantsByGroup counts per stakeholder group code
 * @param practiceSlugs the practices it applied
 * @param organisationSlugs the organisations involved, by slug; null when the draft does not carry them (a tool's, or one kept
 *     by an older version of the application): a save leaves the stored ones as they are
 * @param original the initiative as the editor loaded it (null for a new one)
 */
public record InitiativeDraft(ItemDraft item, InitiativeFacts facts, Map<String, Integer> participantsByGroup, List<String> practiceSlugs,
        List<String> organisationSlugs, InitiativeDraft original) {

    /** The name a conflict on an initiative's own fields carries (facts, participants, practices, organisations). */
    public static final String OWN_FIELDS = "facts";

    /** The kinds offered by default; chapters may use others written as slugs. */
    public static final List<String> KNOWN_KINDS = List.of(
            "event", "training", "dialogue-forum", "campaign", "webinar", "cultural-activity",
            "sports-activity", "meeting", "publication");

    public InitiativeDraft {
        participantsByGroup = Map.copyOf(participantsByGroup);
        practiceSlugs = List.copyOf(practiceSlugs);
        organisationSlugs = organisationSlugs == null ? null : List.copyOf(organisationSlugs);
    }

    /** A draft whose organisations are not edited: a save leaves the stored ones as they are. */
    public InitiativeDraft(ItemDraft item, InitiativeFacts facts, Map<String, Integer> participantsByGroup, List<String> practiceSlugs,
            InitiativeDraft original) {
        this(item, facts, participantsByGroup, practiceSlugs, null, original);
    }

    /** A new initiative, without organisations. */
    public InitiativeDraft(ItemDraft item, InitiativeFacts facts, Map<String, Integer> participantsByGroup, List<String> practiceSlugs) {
        this(item, facts, participantsByGroup, practiceSlugs, List.of(), null);
    }

    public static InitiativeDraft blank(String defaultLanguage) {
        return new InitiativeDraft(ItemDraft.blank(defaultLanguage), new InitiativeFacts("event", null, null, null, null, null, false, null),
                Map.of(), List.of());
    }

    public InitiativeDraft withItem(ItemDraft changed) {
        return new InitiativeDraft(changed, facts, participantsByGroup, practiceSlugs, organisationSlugs, original);
    }

    /** This draft with other facts, participants and practices, keeping what was loaded. */
    public InitiativeDraft withOwn(InitiativeFacts newFacts, Map<String, Integer> newParticipants, List<String> newPractices) {
        return new InitiativeDraft(item, newFacts, newParticipants, newPractices, organisationSlugs, original);
    }

    /** This draft with the organisations of these slugs involved. */
    public InitiativeDraft withOrganisations(List<String> newOrganisationSlugs) {
        return new InitiativeDraft(item, facts, participantsByGroup, practiceSlugs, newOrganisationSlugs, original);
    }

    /**
     * This draft carried over the initiative as stored now ({@code current}, as loaded): see
     * {@link ItemDraft#rebasedOn}. Its own fields merge part by part (facts, participants,
     * practices, organisations); a part both changed keeps the editor's, or the stored one when
     * {@code takeTheirs} names {@link #OWN_FIELDS}.
     */
    public InitiativeDraft rebasedOn(InitiativeDraft current, Set<String> takeTheirs) {
        ItemDraft rebased = item.rebasedOn(ItemKind.INITIATIVE, current.item(), takeTheirs);
        InitiativeDraft base = original != null ? original : current;
        boolean theirs = takeTheirs.contains(OWN_FIELDS);
        InitiativeFacts mergedFacts = part(base.facts().normalised(), facts.normalised(), current.facts().normalised(), theirs);
        Map<String, Integer> participants = part(base.participantsByGroup(), participantsByGroup, current.participantsByGroup(), theirs);
        List<String> practices = part(Set.copyOf(base.practiceSlugs()), Set.copyOf(practiceSlugs), Set.copyOf(current.practiceSlugs()), theirs)
                .equals(Set.copyOf(practiceSlugs)) ? practiceSlugs : current.practiceSlugs();
        List<String> organisations = organisationSlugs == null || base.organisationSlugs() == null ? current.organisationSlugs()
                : part(Set.copyOf(base.organisationSlugs()), Set.copyOf(organisationSlugs), Set.copyOf(current.organisationSlugs()), theirs)
                        .equals(Set.copyOf(organisationSlugs)) ? organisationSlugs : current.organisationSlugs();
        return new InitiativeDraft(rebased, mergedFacts, participants, practices, organisations,
                current.original() != null ? current.original() : current);
    }

    private static <T> T part(T base, T mine, T theirs, boolean takeTheirs) {
        boolean conflict = !Objects.equals(base, mine) && !Objects.equals(base, theirs) && !Objects.equals(mine, theirs);
        if (conflict) {
            return takeTheirs ? theirs : mine;
        }
        return Objects.equals(base, mine) ? theirs : mine;
    }

    public String slug() {
        return item.slug();
    }

    public boolean isNew() {
        return item.isNew();
    }
}
