package org.proximite.chapter.format.text;

/**
 * A value from an untrusted chapter as a message may show it: control characters replaced, and
 * cut short, so that a hostile jar cannot flood a log or an admin's page through its refusal.
 */
public final class Printable {

    private static final int MAX_LENGTH = 120;

    private Printable() {}

    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > MAX_LENGTH ? shown.substring(0, MAX_LENGTH - 3) + "..." : shown;
    }
}
