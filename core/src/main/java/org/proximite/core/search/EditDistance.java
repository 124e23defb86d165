package org.proximite.core.search;

/**
 * The number of edits between one word and others, where an edit adds, drops or replaces a letter
 * or swaps two neighbours, and no letter is edited twice (the optimal string alignment distance,
 * which Lucene's Levenshtein automata with transpositions accept). Counting stops past the most
 * edits allowed: any larger distance is reported as that most plus one.
 */
final class EditDistance {

    private final int[] word;
    private final int most;
    private int[] twoRowsBack;
    private int[] previous;
    private int[] current;

    EditDistance(int[] word, int most) {
        this.word = word;
        this.most = most;
        twoRowsBack = new int[word.length + 1];
        previous = new int[word.length + 1];
        current = new int[word.length + 1];
    }

    /** The edits between the word and {@code other}, both read from {@code from} on (what comes before is equal). */
    int to(int[] other, int from) {
        int n = word.length - from;
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= other.length - from; i++) {
            int letter = other[from + i - 1];
            current[0] = i;
            int rowBest = i;
            for (int j = 1; j <= n; j++) {
                int cost = word[from + j - 1] == letter ? 0 : 1;
                int edits = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && letter == word[from + j - 2] && other[from + i - 2] == word[from + j - 1]) {
                    edits = Math.min(edits, twoRowsBack[j - 2] + 1);
                }
                current[j] = edits;
                rowBest = Math.min(rowBest, edits);
            }
            if (rowBest > most) {
                return most + 1;
            }
            int[] spare = twoRowsBack;
            twoRowsBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[n], most + 1);
    }
}
