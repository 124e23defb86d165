package org.proximite.chapter.format.text;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name closest to a mistyped one, when one is close enough to be what the author meant:
 * {@code guniea} for {@code guinea}. Distance counts insertions, deletions, substitutions and
 * swaps of two neighbours (optimal string alignment), the typos people make.
 */
public final class DidYouMean {

    private DidYouMean() {}

    /** The closest known name, if it is within a few typos and no other is as close. */
    public static Optional<String> among(String typed, Collection<String> known) {
        if (typed == null || typed.isEmpty()) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 4));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : known) {
            if (candidate == null || candidate.equals(typed)) {
                continue;
            }
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase(), allowed);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && !candidate.equals(best)) {
                tie = true;
            }
        }
        return bestDistance <= allowed && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance; gives up (returns more than {@code limit}) on very different lengths. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
