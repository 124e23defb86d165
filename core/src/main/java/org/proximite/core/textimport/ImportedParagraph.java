package org.proximite.core.textimport;

import java.util.List;
import org.proximite.core.textimport.repair.Repair;

/**
 * One paragraph (or heading, list, quote) of an import, as Markdown.
 *
 * @param original the paragraph as it was given
 * @param text the paragraph repaired
 * @param language its language (fr, en, pt), or null when too short or too mixed to tell: it then
 *     goes with the paragraph before it
 * @param repairs what the repair changed, against {@code original}
 * @param suspect true when marks of a wrong encoding remain that the repair could not undo
 */
public record ImportedParagraph(String original, String text, String language, List<Repair> repairs, boolean suspect) {

    public ImportedParagraph {
        repairs = List.copyOf(repairs);
    }

    /** The same paragraph in another language, as the editor corrected it (null: not known). */
    public ImportedParagraph withLanguage(String newLanguage) {
        return new ImportedParagraph(original, text, newLanguage, repairs, suspect);
    }

    public long guessedRepairs() {
        return repairs.stream().filter(Repair::guessed).count();
    }
}
