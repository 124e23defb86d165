package org.proximite.core.textimport.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.proximite.chapter.format.text.Mojibake;

/**
 * Repairs text that was UTF-8 and was read with a wrong single-byte code page, once or twice:
 * first what can be read back with every byte ({@code Ă©} → é, {@code ÃƒÂ©} → é), then the likely
 * reading of what lost bytes ({@code lâoccasion} → l’occasion), then drops the invisible control
 * characters left over. Clean text comes out as it went in.
 */
public final class MojibakeRepair {

    /** Text decoded wrongly twice needs two passes; a third finds nothing more in practice. */
    private static final int PASSES = 3;

    private MojibakeRepair() {}

    /** Repairs a text whose language is not known: the guesses that depend on the language are not made. */
    public static RepairedText repair(String text) {
        return repair(text, read -> null);
    }

    /**
     * Repairs a text.
     *
     * @param languageOf the language of the text once read back (fr, en, pt), or null when not
     *     known; some lost bytes are guessed only in some languages
     */
    public static RepairedText repair(String text, UnaryOperator<String> languageOf) {
        EditedText edited = new EditedText(text);
        for (int pass = 0; pass < PASSES; pass++) {
            List<EditedText.Edit> edits = ReadBack.edits(edited.current());
            if (edits.isEmpty()) {
                break;
            }
            edited.apply(edits);
        }
        edited.apply(LostBytes.edits(edited.current(), languageOf.apply(edited.current())));
        edited.apply(leftoverControls(edited.current()));
        String repaired = edited.current();
        return new RepairedText(text, repaired, edited.repairs(), Mojibake.isSuspect(repaired) || repaired.indexOf('\uFFFD') >= 0);
    }

    /** Control characters 0x80–0x9F that no reading used: nobody types them. */
    private static List<EditedText.Edit> leftoverControls(String text) {
        List<EditedText.Edit> edits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                edits.add(new EditedText.Edit(i, i + 1, "", false));
            }
        }
        return edits;
    }
}
