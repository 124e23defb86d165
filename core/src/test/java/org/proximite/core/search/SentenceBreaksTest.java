package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sentence boundaries kept with a text answer what the JDK's sentence breaker answers, as
 * Lucene's highlighter runs it, for every offset of texts with full stops, questions, exclamations,
 * abbreviations, numbers, quotes, brackets, line breaks and several values.
 */
class SentenceBreaksTest {

    private static final List<String> BETWEEN_WORDS = List.of(" ", " ", " ", " ", " ", ". ", "? ", "! ", ".\u00a0", " M. ", " 3.5 ", "… ", "...",
            ".\" ", " « ", " » ", " (", ") ", ".) ", "\n", "\n\n", "\r\n", " l’", ": ", "; ", ".Next ", "!? ", " e.g. ", "\u0000", "\u2029", ".  ");

    @Test
    void findsTheBoundariesTheJdksSentenceBreakerFinds() {
        Random random = new Random(3);
        List<String> words = BenchmarkCorpus.words("fr");
        int boundaries = 0;
        for (int t = 0; t < 2_000; t++) {
            String text = text(random, words, 1 + random.nextInt(40));
            BreakIterator jdk = SentenceBreaks.jdk();
            SentenceBreaks.Known kept = new SentenceBreaks.Known();
            kept.reset(text, SentenceBreaks.of(text));
            assertThat(kept.getText().getEndIndex()).isEqualTo(text.length());
            for (int offset = 0; offset < text.length(); offset++) {
                jdk.setText(text);
                assertThat(kept.following(offset)).as("after %d in [%s]", offset, text).isEqualTo(jdk.following(offset));
                jdk.setText(text);
                assertThat(kept.preceding(offset + 1)).as("before %d in [%s]", offset + 1, text).isEqualTo(jdk.preceding(offset + 1));
            }
            jdk.setText(text);
            for (int boundary = jdk.first(); boundary != BreakIterator.DONE; boundary = jdk.next()) {
                boundaries++;
            }
        }
        assertThat(boundaries).as("boundaries, two for each text without any inside").isGreaterThan(2 * 2_000 + 5_000);
    }

    private static String text(Random random, List<String> words, int length) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "\"");
        for (int w = 0; w < length; w++) {
            String word = words.get(random.nextInt(words.size()));
            if (random.nextInt(4) == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(w == 0 ? "" : BETWEEN_WORDS.get(random.nextInt(BETWEEN_WORDS.size()))).append(word);
        }
        return text.append(List.of("", ".", " ?", "!", ". ", "\n").get(random.nextInt(6))).toString();
    }
}
