package org.proximite.core.editing;

/** Lengths past which a text is refused, the same for editors, chapters and the database. */
public final class TextLimits {

    public static final int TITLE = 200;
    public static final int SUMMARY = 1000;
    public static final int SECTION = 20_000;
    public static final int BODY = 100_000;
    public static final int LOCALITY = 200;

    private TextLimits() {}
}
