package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The passages a page shows are the ones Lucene's unified highlighter finds for the same words, in
 * texts of several sentences, over several segments, in both languages of each document.
 */
class PagePassagesTest {

    private static final List<String> LANGUAGES = List.of("fr", "en");

    /** What may stand between two words of a text, most often a space; the rest must come out escaped. */
    private static final List<String> MARKUP = List.of(" ", " ", " ", " ", " ", " ", " ", " ", " l'", " & ", " <b>", "</b> ", " \"", "\" ", "/", " 1/2 ",
            " M. ", " 3.5 ", "! ", "… ", "\n", " (", ") ", " « ", " » ");

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @Test
    void marksTheSameWordsInTheSameSentencesAsLucenesHighlighter() throws IOException {
        Random random = new Random(7);
        Map<String, List<String>> words = Map.of("fr", BenchmarkCorpus.words("fr"), "en", BenchmarkCorpus.words("en"));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            // Read through the writer, as the index is: its codec is known by instance, not by name.
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers).setCodec(new SearchCodec()))) {
                for (int i = 0; i < 600; i++) {
                    Document document = new Document();
                    for (String language : LANGUAGES) {
                        document.add(new Field("title." + language, sentences(random, words.get(language), 1), SearchIndex.WITH_OFFSETS));
                        String text = sentences(random, words.get(language), 1 + random.nextInt(8));
                        document.add(new Field("text." + language, text, SearchIndex.WITH_OFFSETS));
                        document.add(new StoredField("sentences." + language, SentenceBreaks.of(text)));
                    }
                    writer.addDocument(document);
                    if (i % 200 == 199) {
                        writer.flush();
                    }
                }
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    assertThat(reader.leaves()).hasSizeGreaterThan(1);
                    IndexSearcher searcher = new IndexSearcher(reader);
                    int marked = 0;
                    for (int q = 0; q < 300; q++) {
                        String language = LANGUAGES.get(q % 2);
                        Query query = query(BenchmarkCorpus.sentence(random, words.get(language), 1 + random.nextInt(3)));
                        ScoreDoc[] page = searcher.search(query, 20).scoreDocs;
                        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
                        PagePassages passages = new PagePassages(reader, query);
                        for (String shown : LANGUAGES) {
                            String field = "text." + shown;
                            String[] texts = Arrays.stream(docs).mapToObj(doc -> stored(searcher, doc).get(field)).toArray(String[]::new);
                            BytesRef[] sentences = Arrays.stream(docs).mapToObj(doc -> stored(searcher, doc).getBinaryValue("sentences." + shown))
                                    .toArray(BytesRef[]::new);
                            String[] expected = lucenes(searcher).highlightFields(new String[] {field}, query, docs, new int[] {1}).get(field);
                            assertThat(passages.of(field, docs, texts, sentences)).as("%s in %s", query, field).containsExactly(expected);
                            assertThat(passages.of(field, docs, texts, new BytesRef[docs.length])).as("%s in %s, sentences found again", query, field)
                                    .containsExactly(expected);
                            marked += (int) Arrays.stream(expected).filter(passage -> passage != null && passage.contains(PagePassages.OPEN)).count();
                        }
                    }
                    assertThat(marked).as("passages with words marked").isGreaterThan(1_000);
                }
            }
        }
    }

    /** The unified highlighter as the index used it before: the same scorer and formatter, one passage, none without a word found. */
    private UnifiedHighlighter lucenes(IndexSearcher searcher) {
        return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzers)
                .withFormatter(new DefaultPassageFormatter(PagePassages.OPEN, PagePassages.CLOSE, PagePassages.ELLIPSIS, true))
                .withMaxNoHighlightPassages(0)
                .withHandleMultiTermQuery(true)
                .withWeightMatches(false)) {
            @Override
            protected PassageScorer getScorer(String field) {
                return PagePassages.SCORER;
            }
        };
    }

    /** Each word in the titles and texts of every language, as the index looks words up. */
    private Query query(String text) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : text.split(" ")) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String language : LANGUAGES) {
                try (TokenStream stream = analyzers.of(language).tokenStream("query", word)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        any.add(new BoostQuery(new TermQuery(new Term("title." + language, term.toString())), 3f), Occur.SHOULD);
                        any.add(new TermQuery(new Term("text." + language, term.toString())), Occur.SHOULD);
                    }
                    stream.end();
                }
            }
            all.add(any.build(), Occur.SHOULD);
        }
        return all.build();
    }

    private static Document stored(IndexSearcher searcher, int doc) {
        try {
            return searcher.storedFields().document(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sentences(Random random, List<String> vocabulary, int count) {
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            String sentence = withMarkup(random, BenchmarkCorpus.sentence(random, vocabulary, 3 + random.nextInt(25)));
            sentences.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + (random.nextInt(5) == 0 ? " ?" : "."));
        }
        return String.join(" ", sentences);
    }

    private static String withMarkup(Random random, String sentence) {
        StringBuilder text = new StringBuilder();
        for (String word : sentence.split(" ")) {
            text.append(text.isEmpty() ? "" : MARKUP.get(random.nextInt(MARKUP.size()))).append(word);
        }
        return text.toString();
    }
}
