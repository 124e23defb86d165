package org.proximite.core.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The search benchmarks' practices and queries, drawn with fixed seeds from the words of the
 * Guinea chapter's own texts, the frequent words more often: the engine's benchmark and the HTTP
 * API's benchmark search the same texts with the same queries.
 */
public final class BenchmarkCorpus {

    /** How many practices, each in French and English: {@code -Dproximite.benchmark.practices=N}, 50,000 by default. */
    public static final int PRACTICES = Integer.getInteger("proximite.benchmark.practices", 50_000);
    public static final int WARM_UP = 300;
    public static final int QUERIES = 2_000;
    static final long SEED = 20_151_104L;

    /** One query: one to three words, every tenth with two letters swapped, in the reader's language. */
    public record Query(String text, String language) {}

    private BenchmarkCorpus() {}

    /** Practices whose title and text are drawn from the Guinea chapter's words, the frequent ones more often. */
    static List<IndexedItem> practices(int count) {
        Map<String, List<String>> words = words();
        Random random = new Random(SEED);
        List<String> themes = List.of("community-dialogue", "prevention", "police-reform", "women-and-youth");
        List<IndexedItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, IndexedItem.Text> texts = new HashMap<>();
            for (String language : List.of("fr", "en")) {
                List<String> vocabulary = words.get(language);
                texts.put(language, new IndexedItem.Text(sentence(random, vocabulary, 4 + random.nextInt(4)),
                        sentence(random, vocabulary, 60 + random.nextInt(60))));
            }
            items.add(new IndexedItem("practice", "practice-" + i, i % 7 == 0 ? "guinea" : "chapter-" + (i % 12), "fr",
                    List.of("promising", "practice-based", "evaluated").get(i % 3), null, List.of(themes.get(i % themes.size())), texts));
        }
        return items;
    }

    /** The benchmarks' queries, half in French, half in English. */
    public static List<Query> queries() {
        Map<String, List<String>> words = words();
        Random random = new Random(SEED + 1);
        List<Query> queries = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            String language = i % 2 == 0 ? "fr" : "en";
            String text = sentence(random, words.get(language), 1 + random.nextInt(3));
            if (i % 10 == 9 && text.length() > 5) {
                text = text.substring(0, 2) + text.charAt(3) + text.charAt(2) + text.substring(4);
            }
            queries.add(new Query(text, language));
        }
        return queries;
    }

    /** Words drawn with a rank-skewed choice: the square of a uniform number favours the head of the list. */
    static String sentence(Random random, List<String> vocabulary, int length) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            double u = random.nextDouble();
            text.append(w == 0 ? "" : " ").append(vocabulary.get((int) (u * u * vocabulary.size())));
        }
        return text.toString();
    }

    /** The words of the Guinea chapter's texts in French and English, the most frequent first. */
    static Map<String, List<String>> words() {
        return Map.of("fr", words("fr"), "en", words("en"));
    }

    static List<String> words(String language) {
        try (InputStream in = BenchmarkCorpus.class.getResourceAsStream("/bench/words-" + language + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
