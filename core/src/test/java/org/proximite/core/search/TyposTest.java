package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A misspelled word finds the same neighbours, with the same boosts, as Lucene's fuzzy query with
 * its Levenshtein automata: for words with letters added, dropped, replaced and swapped, once,
 * twice or three times, in the texts of both languages, over several segments.
 */
class TyposTest {

    private static final List<String> LANGUAGES = List.of("fr", "en");
    private static final String LETTERS = "abcdeéèfgilmnoprstuvyç’";

    @Test
    void findsTheNeighboursLucenesFuzzyQueryFinds() throws IOException {
        Random random = new Random(11);
        Map<String, List<String>> words = Map.of("fr", BenchmarkCorpus.words("fr"), "en", BenchmarkCorpus.words("en"));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new LanguageAnalyzers()))) {
            for (int i = 0; i < 300; i++) {
                Document document = new Document();
                for (String language : LANGUAGES) {
                    document.add(new Field("text." + language, BenchmarkCorpus.sentence(random, words.get(language), 40), SearchIndex.WITH_OFFSETS));
                }
                writer.addDocument(document);
                if (i % 100 == 99) {
                    writer.flush();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                int neighbours = 0;
                for (int q = 0; q < 3_000; q++) {
                    String language = LANGUAGES.get(q % 2);
                    List<String> vocabulary = words.get(language);
                    String word = misspelled(random, vocabulary.get(random.nextInt(vocabulary.size())).toLowerCase(java.util.Locale.ROOT), q % 4);
                    if (word.length() < 4) {
                        continue;
                    }
                    Term term = new Term("text." + language, word);
                    Query expected = searcher.rewrite(new FuzzyQuery(term, Typos.maxEdits(word), Typos.PREFIX_LENGTH, Typos.FUZZY_EXPANSIONS, true));
                    Query found = searcher.rewrite(new Typos(term));
                    assertThat(found.toString()).as(word).isEqualTo(expected.toString());
                    assertThat(found).as(word).isEqualTo(expected);
                    neighbours += found.toString().isEmpty() ? 0 : found.toString().split(" ").length;
                }
                assertThat(neighbours).as("neighbours found").isGreaterThan(2_000);
            }
        }
    }

    /** The word with {@code edits} letters added, dropped, replaced or swapped with the next one. */
    private static String misspelled(Random random, String word, int edits) {
        StringBuilder typed = new StringBuilder(word);
        for (int e = 0; e < edits && typed.length() > 1; e++) {
            int at = random.nextInt(typed.length() - 1);
            char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
            switch (random.nextInt(4)) {
                case 0 -> typed.insert(at, letter);
                case 1 -> typed.deleteCharAt(at);
                case 2 -> typed.setCharAt(at, letter);
                default -> {
                    char next = typed.charAt(at + 1);
                    typed.setCharAt(at + 1, typed.charAt(at));
                    typed.setCharAt(at, next);
                }
            }
        }
        return typed.toString();
    }
}
