package org.proximite.chapter.format.text;

import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text that was UTF-8 but got decoded with a Western or Central European Windows code page, as
 * text pasted from the web often is: {@code journĂ©es} for {@code journées}, {@code Ă©tĂ©} for
 * {@code été}. Readers must never see it.
 */
public final class Mojibake {

    /**
     * Marks that UTF-8 text read as windows-1250 or windows-1252 leaves, and that French, English,
     * Spanish and Portuguese text does not contain: a Central European letter (Ă, Ĺ, Ć) where an
     * accented letter stood, {@code Ã} before a Windows high character, {@code â€} for a typographic
     * quote, and {@code â} standing for an apostrophe whose other bytes were lost ({@code lâoccasion}).
     */
    private static final Pattern SUSPECT = Pattern.compile(
            "[ĂĹĆ]"
                    + "|Ã[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
                    + "|â€"
                    + "|(?<!\\p{L})(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)â(?=[aeiouyhéèêàAEIOUYHÉ])");

    private static final List<Charset> WRONG_DECODINGS =
            List.of(Charset.forName("windows-1250"), Charset.forName("windows-1252"));

    private Mojibake() {}

    /** The letters one of which every mark of {@link #SUSPECT} contains. */
    private static final String MARK_LETTERS = "ĂĹĆÃâ";

    /** Whether the text shows the marks of a wrong decoding. */
    public static boolean isSuspect(String text) {
        // Most texts have none of the marks' letters: a scan for them spares the pattern's search.
        return text != null && hasMarkLetter(text) && SUSPECT.matcher(text).find();
    }

    private static boolean hasMarkLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (MARK_LETTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text as it was before the wrong decoding, when every byte survived; empty when the text
     * cannot be repaired (bytes were lost, so a person must fix it).
     */
    public static Optional<String> repair(String text) {
        if (!isSuspect(text)) {
            return Optional.of(text);
        }
        for (Charset wrong : WRONG_DECODINGS) {
            Optional<String> repaired = reencode(text, wrong).filter(candidate -> !isSuspect(candidate));
            if (repaired.isPresent()) {
                return repaired;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reencode(String text, Charset wrong) {
        try {
            ByteBuffer bytes = wrong.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
