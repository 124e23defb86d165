package org.proximite.core.textimport.repair;

/**
 * How much a stretch of text looks like a wrong decoding rather than something a person wrote:
 * a reading back to UTF-8 is kept only when it lowers this. Each mark counts where it stands, so
 * only the words around a run are scored.
 */
final class Badness {

    /**
     * Symbols that a high byte read with a Western or Central European code page turns into, and
     * that do not stand glued to a letter in French, English or Portuguese.
     */
    private static final String SYMBOLS = "€‚ƒ„†‡ˆ‰‹›˜™¢£¤¥¦§¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿¡ˇ˘˛˝˙\u00AD";

    /** Accented letters that are words on their own (à, é in Portuguese, ó and ô as interjections). */
    private static final String ONE_LETTER_WORDS = "àÀéÉóÓôÔ";

    private Badness() {}

    static int of(CharSequence text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                score += 3;
            } else if (SYMBOLS.indexOf(c) >= 0) {
                if (isLetter(text, i - 1) || isLetter(text, i + 1)) {
                    score += 2;
                }
            } else if (c >= 0x80 && Character.isUpperCase(c) && isLower(text, i - 1)) {
                // a capital inside a lower-case word: journĂ©es
                score += 2;
            } else if (c >= 0x80 && Character.isUpperCase(c) && isUpper(text, i - 1) && isLower(text, i + 1)) {
                // two capitals starting a word in small letters: ĂŠlèves
                score += 2;
            } else if (c >= 0x80 && Character.isLowerCase(c) && isUpper(text, i - 1) && (isUpper(text, i - 2) || isUpper(text, i + 1))) {
                // a small letter inside a word in capitals
                score += 2;
            }
            if (c >= 0x80 && Character.isLetter(c) && !isLetter(text, i - 1) && !isLetter(text, i + 1) && ONE_LETTER_WORDS.indexOf(c) < 0) {
                score += 1;
            }
        }
        return score;
    }

    private static boolean isLetter(CharSequence text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static boolean isLower(CharSequence text, int i) {
        return i >= 0 && i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private static boolean isUpper(CharSequence text, int i) {
        return i >= 0 && i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
