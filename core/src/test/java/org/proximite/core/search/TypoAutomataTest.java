package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.AttributeSource;
import org.junit.jupiter.api.Test;

class TypoAutomataTest {

    @Test
    void aWordSearchedAgainFindsTheSameNeighboursWithTheAutomataKeptFromBefore() throws IOException {
        try (ByteBuffersDirectory directory = index("conseil local de sécurité et conseils de quartier")) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LeafReader segment = reader.leaves().getFirst().reader();
                TypoAutomata automata = new TypoAutomata();
                Term typed = new Term("text.fr", "cosneil");

                AttributeSource first = automata.of("fr", typed, segment);
                AttributeSource again = automata.of("fr", new Term("title.fr", "cosneil"), segment);

                assertThat(again).isSameAs(first);
                Query kept = searcher.rewrite(new Typos(typed, again));
                Query fresh = searcher.rewrite(new Typos(typed, new AttributeSource()));
                assertThat(kept).isEqualTo(fresh);
                assertThat(kept.toString()).contains("conseil");
            }
        }
    }

    @Test
    void keepsOnlyTheWordsSearchedLately() throws IOException {
        try (ByteBuffersDirectory directory = index("conseil")) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader segment = reader.leaves().getFirst().reader();
                TypoAutomata automata = new TypoAutomata();
                AttributeSource first = automata.of("fr", new Term("text.fr", "mot0000"), segment);
                for (int i = 1; i < 1_000; i++) {
                    automata.of("fr", new Term("text.fr", "mot" + String.format("%04d", i)), segment);
                }

                assertThat(automata.size()).isLessThan(1_000);
                assertThat(automata.of("fr", new Term("text.fr", "mot0000"), segment)).isNotSameAs(first);
                assertThat(automata.of("en", new Term("text.en", "mot0999"), segment)).isNotSameAs(automata.of("fr", new Term("text.fr", "mot0999"), segment));
            }
        }
    }

    private static ByteBuffersDirectory index(String text) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers))) {
            Document document = new Document();
            document.add(new Field("title.fr", text, SearchIndex.WITH_OFFSETS));
            document.add(new Field("text.fr", text, SearchIndex.WITH_OFFSETS));
            writer.addDocument(document);
        }
        return directory;
    }
}
