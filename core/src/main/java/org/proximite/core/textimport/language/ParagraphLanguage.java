package org.proximite.core.textimport.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a paragraph among French, English and Portuguese. Each language has a
 * profile: its most common short words ({@code fr.txt}, {@code en.txt}, {@code pt.txt} beside this
 * class) and the accented letters only it writes among the three. A paragraph gets a language when
 * it has enough words, that language's profile matches at least two of them, and clearly more than
 * the runner-up's; otherwise it has none, and the import puts it with its neighbours.
 *
 * <p>A small explicit method rather than a library: the guide is written in a few languages, the
 * paragraphs are long enough, and the profiles can be read and corrected by the people who know
 * these languages.
 */
public final class ParagraphLanguage {

    /** The languages told apart, in the order that breaks a tie. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("fr", "en", "pt");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int FEWEST_WORDS = 3;
    private static final int FEWEST_MATCHES = 2;

    /** Letters that among the three only this language writes, each worth one common word. */
    private static final Map<String, String> OWN_LETTERS = Map.of(
            "fr", "èêëîïùûœÿ",
            "pt", "ãõ",
            "en", "");

    private static final Map<String, Set<String>> WORDS = load();

    private ParagraphLanguage() {}

    /** The paragraph's language (fr, en, pt), or empty when it is too short or too mixed to tell. */
    public static Optional<String> of(String paragraph) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> scores.put(language, 0));
        int words = 0;
        Matcher matcher = WORD.matcher(paragraph.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            words++;
            for (String language : LANGUAGES) {
                if (WORDS.get(language).contains(word)) {
                    scores.merge(language, 1, Integer::sum);
                }
            }
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (String language : LANGUAGES) {
            String own = OWN_LETTERS.get(language);
            for (int i = 0; i < lower.length(); i++) {
                if (own.indexOf(lower.charAt(i)) >= 0) {
                    scores.merge(language, 1, Integer::sum);
                }
            }
        }
        if (words < FEWEST_WORDS) {
            return Optional.empty();
        }
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (String language : LANGUAGES) {
            int score = scores.get(language);
            if (score > bestScore) {
                second = bestScore;
                best = language;
                bestScore = score;
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null || bestScore < FEWEST_MATCHES || bestScore * 2 < second * 3) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            words.put(language, Set.copyOf(read(language + ".txt")));
        }
        return words;
    }

    private static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = ParagraphLanguage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
