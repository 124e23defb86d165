package org.proximite.core.practice;

import java.util.List;
import java.util.Map;
import org.proximite.chapter.api.ContentStatus;
import org.proximite.chapter.api.EvidenceLevel;
import org.proximite.chapter.api.PracticeEntry.PracticeText;

/**
 * A practice as an editor works on it: every language at once.
 *
 * @param id null for a practice not yet saved
 * @param version the version the editor loaded; the save is refused if it changed meanwhile
 * @param texts the texts per language; a language whose fields are all blank is not saved
 */
public record PracticeDraft(
        Long id,
        String slug,
        int version,
        String chapterId,
        String defaultLanguage,
        EvidenceLevel evidenceLevel,
        ContentStatus status,
        List<String> themeSlugs,
        Map<String, PracticeText> texts) {

    public static PracticeDraft blank(String defaultLanguage) {
        return new PracticeDraft(null, "", 0, null, defaultLanguage, EvidenceLevel.PRACTICE_BASED,
                ContentStatus.DRAFT, List.of(), Map.of());
    }

    public boolean isNew() {
        return id == null;
    }
}
