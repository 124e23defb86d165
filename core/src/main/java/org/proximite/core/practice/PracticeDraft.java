package org.proximite.core.practice;

import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.core.content.ItemDraft;

/**
 * A practice as an editor works on it: what every item has, and its evidence level.
 *
 * @param loadedEvidenceLevel the level as the editor loaded it (null for a new practice)
 */
public record PracticeDraft(ItemDraft item, EvidenceLevel evidenceLevel, EvidenceLevel loadedEvidenceLevel) {

    public PracticeDraft(ItemDraft item, EvidenceLevel evidenceLevel) {
        this(item, evidenceLevel, null);
    }

    public static PracticeDraft blank(String defaultLanguage) {
        return new PracticeDraft(ItemDraft.blank(defaultLanguage), EvidenceLevel.PRACTICE_BASED);
    }

    public PracticeDraft withItem(ItemDraft changed) {
        return new PracticeDraft(changed, evidenceLevel, loadedEvidenceLevel);
    }

    public PracticeDraft withEvidenceLevel(EvidenceLevel level) {
        return new PracticeDraft(item, level, loadedEvidenceLevel);
    }

    public String slug() {
        return item.slug();
    }

    public boolean isNew() {
        return item.isNew();
    }
}
