package org.proximite.core.chapter;

import java.util.regex.Pattern;

/**
 * The text of an exception as admins may read it: without the server's absolute paths, which say
 * more about the machine than anyone outside needs to know. A path keeps its last part, the file
 * name, which is what a person can act on.
 */
public final class SafeMessage {

    private static final Pattern UNIX_PATH = Pattern.compile("(?<![\\w.~/-])/(?:[^\\s/:;,'\"()\\[\\]]+/)+([^\\s/:;,'\"()\\[\\]]*)");
    private static final Pattern WINDOWS_PATH = Pattern.compile("(?<![\\w])[A-Za-z]:\\\\(?:[^\\s\\\\:;,'\"()\\[\\]]+\\\\)+([^\\s\\\\:;,'\"()\\[\\]]*)");
    private static final int LIMIT = 500;

    private SafeMessage() {}

    /** The exception's message (its type when it has none), without absolute paths. */
    public static String of(Throwable error) {
        String message = error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName() : error.getMessage();
        return withoutPaths(message);
    }

    public static String withoutPaths(String text) {
        String cleaned = WINDOWS_PATH.matcher(UNIX_PATH.matcher(text).replaceAll("$1")).replaceAll("$1");
        return cleaned.length() > LIMIT ? cleaned.substring(0, LIMIT) + "…" : cleaned;
    }
}
