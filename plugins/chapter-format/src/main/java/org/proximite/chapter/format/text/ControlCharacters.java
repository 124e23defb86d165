package org.proximite.chapter.format.text;

import java.util.OptionalInt;

/**
 * Characters no reader should get: NUL and the other control characters, which can hide text,
 * break exports and confuse other programs. Markdown needs line breaks and tabs; a plain-text
 * field is one line and needs neither.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The index of the first character the field may not hold, if any. */
    public static OptionalInt first(String text, boolean markdown) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedInMarkdown = c == '\n' || c == '\r' || c == '\t';
            if (Character.getType(c) == Character.CONTROL && !(markdown && allowedInMarkdown)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** How a character is named in a message: {@code U+0000}. */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
