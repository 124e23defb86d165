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
 * @param refused true when the editor refused the paragraph: it stays out of the draft (a menu, a
 *     notice, a line for another page, or a repair that no edit would make right)
 */
public record ImportedParagraph(String original, String text, String language, List<Repair> repairs, boolean suspect, boolean editedByHand,
        boolean refused) {

    public ImportedParagraph {
        repairs = List.copyOf(repairs);
    }

    /** A paragraph as the import read and repaired it, not edited yet. */
    public ImportedParagraph(String original, String text, String language, List<Repair> repairs, boolean suspect) {
        this(original, text, language, repairs, suspect, false, false);
    }

    /** The same paragraph in another language, as the editor corrected it (null: not known). */
    public ImportedParagraph withLanguage(String newLanguage) {
        return new ImportedParagraph(original, text, newLanguage, repairs, suspect, editedByHand, refused);
    }

    /**
     * The paragraph with the text the editor wrote by hand, cleaned as the import cleans what it
     * reads (no HTML passes), marked so; no longer suspect, since a person read it. The same text
     * as now changes nothing.
     */
    public ImportedParagraph withTextByHand(String newText) {
        String written = HandWrittenText.clean(newText);
        if (written.equals(text.strip())) {
            return this;
        }
        return new ImportedParagraph(original, written, language, repairs, false, true, false);
    }

    /** Whether the import changed the paragraph. */
    public boolean repaired() {
        return !repairs.isEmpty();
    }

    /** The paragraph refused by the editor: it stays out of the draft, and the history counts it. */
    public ImportedParagraph asRefused() {
        return new ImportedParagraph(original, text, language, repairs, suspect, editedByHand, true);
    }

    /** The paragraph taken back after a refusal, as it was. */
    public ImportedParagraph asKept() {
        return new ImportedParagraph(original, text, language, repairs, suspect, editedByHand, false);
    }

    public long guessedRepairs() {
        return repairs.stream().filter(Repair::guessed).count();
    }
}
