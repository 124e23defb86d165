package org.proximite.chapter.format.jar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version, {@code MAJOR.MINOR.PATCH} with an optional pre-release
 * ({@code 1.0.0-rc.1}), as semver.org defines it, without build metadata. Chapter versions must be
 * such versions: they order upgrades, and they become file names, so nothing else may pass.
 */
public record SemanticVersion(long major, long minor, long patch, String preRelease) implements Comparable<SemanticVersion> {

    /** Longer than any honest version; keeps file names and messages short. */
    public static final int MAX_LENGTH = 64;

    private static final String NUMBER = "(0|[1-9][0-9]{0,17})";
    private static final String IDENTIFIER = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern FORM = Pattern.compile(
            NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(?:-(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?");

    public static Optional<SemanticVersion> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                Long.parseLong(matcher.group(3)), matcher.group(4)));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** Precedence as semver.org says: numbers first; a pre-release comes before its release. */
    @Override
    public int compareTo(SemanticVersion other) {
        int numbers = major != other.major ? Long.compare(major, other.major)
                : minor != other.minor ? Long.compare(minor, other.minor)
                : Long.compare(patch, other.patch);
        if (numbers != 0) {
            return numbers;
        }
        if (preRelease == null || other.preRelease == null) {
            return preRelease == null ? (other.preRelease == null ? 0 : 1) : -1;
        }
        String[] mine = preRelease.split("\\.");
        String[] theirs = other.preRelease.split("\\.");
        for (int i = 0; i < Math.min(mine.length, theirs.length); i++) {
            int compared = compareIdentifiers(mine[i], theirs[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(mine.length, theirs.length);
    }

    private static int compareIdentifiers(String a, String b) {
        boolean aNumeric = a.chars().allMatch(Character::isDigit);
        boolean bNumeric = b.chars().allMatch(Character::isDigit);
        if (aNumeric && bNumeric) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return aNumeric ? -1 : bNumeric ? 1 : a.compareTo(b);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
    }
}
