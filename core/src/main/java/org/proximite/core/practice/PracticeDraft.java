package org.proximite.core.practice;

import java.util.List;
import org.proximite.chapter.api.EvidenceLevel;
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

    public String slug() {
        return item.slug();
    }

    public boolean isNew() {
        return item.isNew();
    }
}
