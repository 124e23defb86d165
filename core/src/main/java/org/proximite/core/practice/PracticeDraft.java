package org.proximite.core.practice;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.content.ItemDraft;

/**
 * A practice as an editor works on it: what every item has, its evidence level and its outcomes.
 *
 * @param loadedEvidenceLevel the level as the editor loaded it (null for a new practice)
 * @param outcomes each outcome rated, citing the item's sources by number; null leaves the stored
 *     outcomes as they are
 * @param loadedOutcomes the outcomes as the editor loaded them (null when not loaded)
 */
public record PracticeDraft(ItemDraft item, EvidenceLevel evidenceLevel, EvidenceLevel loadedEvidenceLevel, List<PracticeOutcome> outcomes,
        List<PracticeOutcome> loadedOutcomes) {

    /** The name a conflict on a practice's own fields carries (its evidence level and outcomes). */
    public static final String OWN_FIELDS = "evidence";

    public PracticeDraft {
        outcomes = outcomes == null ? null : List.copyOf(outcomes);
        loadedOutcomes = loadedOutcomes == null ? null : List.copyOf(loadedOutcomes);
    }

    public PracticeDraft(ItemDraft item, EvidenceLevel evidenceLevel, EvidenceLevel loadedEvidenceLevel) {
        this(item, evidenceLevel, loadedEvidenceLevel, null, null);
    }

    public PracticeDraft(ItemDraft item, EvidenceLevel evidenceLevel) {
        this(item, evidenceLevel, null);
    }

    public static PracticeDraft blank(String defaultLanguage) {
        return new PracticeDraft(ItemDraft.blank(defaultLanguage), EvidenceLevel.PRACTICE_BASED, null, List.of(), null);
    }

    public PracticeDraft withItem(ItemDraft changed) {
        return new PracticeDraft(changed, evidenceLevel, loadedEvidenceLevel, outcomes, loadedOutcomes);
    }

    public PracticeDraft withEvidenceLevel(EvidenceLevel level) {
        return new PracticeDraft(item, level, loadedEvidenceLevel, outcomes, loadedOutcomes);
    }

    public PracticeDraft withOutcomes(List<PracticeOutcome> changed) {
        return new PracticeDraft(item, evidenceLevel, loadedEvidenceLevel, changed, loadedOutcomes);
    }

    /**
     * This draft carried over the practice as stored now ({@code current}, as loaded): see
     * {@link ItemDraft#rebasedOn}. The evidence level and the outcomes merge each on its own; one
     * both changed keeps the editor's, or the stored one when {@code takeTheirs} names
     * {@link #OWN_FIELDS}.
     */
    public PracticeDraft rebasedOn(PracticeDraft current, Set<String> takeTheirs) {
        ItemDraft rebased = item.rebasedOn(ItemKind.PRACTICE, current.item(), takeTheirs);
        boolean theirs = takeTheirs.contains(OWN_FIELDS);
        EvidenceLevel baseLevel = loadedEvidenceLevel != null ? loadedEvidenceLevel : current.evidenceLevel();
        EvidenceLevel level = part(baseLevel, evidenceLevel, current.evidenceLevel(), theirs);
        List<PracticeOutcome> baseOutcomes = loadedOutcomes != null ? loadedOutcomes : current.outcomes();
        List<PracticeOutcome> myOutcomes = outcomes != null ? outcomes : baseOutcomes;
        List<PracticeOutcome> mergedOutcomes = part(baseOutcomes, myOutcomes, current.outcomes(), theirs);
        return new PracticeDraft(rebased, level, current.evidenceLevel(), mergedOutcomes, current.outcomes());
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
