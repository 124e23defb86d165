package org.proximite.core.textimport;

import java.util.regex.Pattern;

/**
 * The marks a wrong decoding of UTF-8 leaves, written out for tests independently of the repair:
 * a lead character of a UTF-8 sequence as Windows-1252, Windows-1250, Latin-1, Latin-2 or
 * Latin-10 show it, followed by what a continuation byte shows as; a Central European capital
 * inside or at the start of a word in small letters; â€; control characters 0x80–0x9F; the
 * replacement character.
 */
public final class MojibakeMarks {

    private static final Pattern MARKS = Pattern.compile(
            "[ÂÃÄÅĂĹĆâ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ©®°±²³´µ¶·¸¹º»¼½¾ŚŤŹśťźˇ˘ŁĄŞŻłąşĽľżȘșȚț]"
                    + "|â€"
                    + "|(?<=\\p{Ll})[ĂĆĹÃ](?=\\p{Ll})"
                    + "|(?<!\\p{L})[ĂĆĹÃ](?=\\p{Ll})"
                    + "|(?<=\\p{L})â(?=\\p{L})"
                    + "|[\\u0080-\\u009F\\uFFFD]");

    private MojibakeMarks() {}

    public static boolean in(String text) {
        return MARKS.matcher(text).find();
    }

    public static String first(String text) {
        var matcher = MARKS.matcher(text);
        return matcher.find() ? text.substring(Math.max(0, matcher.start() - 10), Math.min(text.length(), matcher.end() + 10)) : null;
    }
}
