package org.proximite.chapter.format.jar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a chapter accepts, written as PF4J reads them but in the one form the format
 * allows: comparisons joined by {@code &}, such as {@code >=0.1.0 & <1.0.0}. No {@code |}, no
 * wildcards, no shorthand: a range an author and an admin can both read at a glance, whose upper
 * bound is plain to see, and which PF4J evaluates the same way when it loads the chapter. Bounds
 * are release versions: PF4J's range parser cannot read a pre-release ({@code <2.0.0-rc.1}) and
 * would fail on it when loading the chapter.
 */
public record VersionRange(List<Bound> bounds) {

    /** Plenty for two or three comparisons. */
    public static final int MAX_LENGTH = 200;

    /** One comparison with a version. */
    public record Bound(String operator, SemanticVersion version) {

        boolean admits(SemanticVersion candidate) {
            int compared = candidate.compareTo(version);
            return switch (operator) {
                case ">=" -> compared >= 0;
                case ">" -> compared > 0;
                case "<=" -> compared <= 0;
                case "<" -> compared < 0;
                default -> compared == 0;
            };
        }
    }

    private static final Pattern BOUND = Pattern.compile("\\s*(>=|<=|>|<|=)\\s*([^\\s&|]+)\\s*");

    /** The range, or empty when it is not written in the allowed form. */
    public static Optional<VersionRange> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH || text.contains("|")) {
            return Optional.empty();
        }
        List<Bound> bounds = new ArrayList<>();
        for (String part : text.split("&", -1)) {
            Matcher matcher = BOUND.matcher(part);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Optional<SemanticVersion> version = SemanticVersion.parse(matcher.group(2));
            if (version.isEmpty() || version.get().preRelease() != null) {
                return Optional.empty();
            }
            bounds.add(new Bound(matcher.group(1), version.get()));
        }
        return Optional.of(new VersionRange(List.copyOf(bounds)));
    }

    /** Whether some comparison caps the versions: {@code <}, {@code <=} or {@code =}. */
    public boolean hasUpperBound() {
        return bounds.stream().anyMatch(bound -> !bound.operator().startsWith(">"));
    }

    public boolean includes(SemanticVersion version) {
        return bounds.stream().allMatch(bound -> bound.admits(version));
    }
}
