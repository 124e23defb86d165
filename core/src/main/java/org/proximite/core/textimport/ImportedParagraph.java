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
 * @param editedByHand true when the editor rewrote the repaired text before accepting it: its
 *     text is theirs, and the repairs only say what the import had changed before
 */
public record ImportedParagraph(String original, String text, String language, List<Repair> repairs, boolean suspect, boolean editedByHand) {

    public ImportedParagraph {
        repairs = List.copyOf(repairs);
    }

    /** A paragraph as the import read and repaired it, not edited yet. */
    public ImportedParagraph(String original, String text, String language, List<Repair> repairs, boolean suspect) {
        this(original, text, language, repairs, suspect, false);
    }

    /** The same paragraph in another language, as the editor corrected it (null: not known). */
    public ImportedParagraph withLanguage(String newLanguage) {
        return new ImportedParagraph(original, text, newLanguage, repairs, suspect, editedByHand);
    }

    /**
     * The paragraph with the text the editor wrote by hand, marked so; no longer suspect, since a
     * person read it. The same text as now changes nothing.
     */
    public ImportedParagraph withTextByHand(String newText) {
        String written = newText == null ? "" : newText.strip();
        if (written.equals(text.strip())) {
            return this;
        }
        return new ImportedParagraph(original, written, language, repairs, false, true);
    }

    public long guessedRepairs() {
        return repairs.stream().filter(Repair::guessed).count();
    }
}
