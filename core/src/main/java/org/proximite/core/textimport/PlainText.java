package org.proximite.core.textimport;

/** Markdown made plain for the one-line fields (title, summary), and cut to their length. */
final class PlainText {

    private PlainText() {}

    /** The words of a Markdown block on one line: marks, escapes and link addresses gone. */
    static String of(String markdown) {
        return markdown
                .replaceAll("(?m)^#{1,6}\\s+", "")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(\\*\\*|__|\\*|`)", "")
                .replaceAll("\\\\\n", " ")
                .replaceAll("\\\\([\\\\`*_\\[\\]<>#+.)-])", "$1")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Up to the end of the first sentence. */
    static String firstSentence(String text) {
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.!?](?=\\s)").matcher(text);
        return end.find() ? text.substring(0, end.end()) : text;
    }

    /** The text, or its beginning up to a word's end with an ellipsis, within {@code max} characters. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1).stripTrailing() + "…";
    }
}
