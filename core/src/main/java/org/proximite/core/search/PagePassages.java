package org.proximite.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The best passage of each hit of one page, with the words found marked: the sentence Lucene's
 * unified highlighter would choose, scored and formatted the same way, from the offsets the index
 * keeps and the text already read for the page.
 *
 * <p>Where the highlighter looks each of the query's terms up again for every document, this looks
 * each term up once per field and walks its postings along the page's documents in order; the
 * query's terms are set up once per query, and the sentences were found when the texts were indexed.
 */
final class PagePassages {

    static final PassageScorer SCORER = new FewWordsPassageScorer();
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    static final String ELLIPSIS = " … ";

    private final IndexReader reader;
    private final Map<String, BytesRef[]> termsByField;
    private final SentencePassage passage = new SentencePassage();

    /** The passages of {@code query}'s words (its terms, field by field) in the documents of {@code reader}. */
    PagePassages(IndexReader reader, Query query) {
        this.reader = reader;
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Map<String, TreeSet<BytesRef>> sorted = new HashMap<>();
        for (Term term : terms) {
            sorted.computeIfAbsent(term.field(), field -> new TreeSet<>()).add(term.bytes());
        }
        termsByField = new HashMap<>();
        sorted.forEach((field, bytes) -> termsByField.put(field, bytes.toArray(BytesRef[]::new)));
    }

    /**
     * The passage of {@code field} in each document, from its text there and the boundaries of its
     * sentences ({@link SentenceBreaks#of}, found again when null): null for a document whose text
     * holds none of the words.
     */
    String[] of(String field, int[] docs, String[] texts, BytesRef[] sentences) throws IOException {
        String[] passages = new String[docs.length];
        BytesRef[] terms = termsByField.get(field);
        if (terms == null || docs.length == 0) {
            return passages;
        }
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafOrd = -1;
        PostingsEnum[] postings = null;
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafOrd) {
                leafOrd = leaf;
                postings = postings(leaves.get(leaf), field, terms);
            }
            int doc = docs[i] - leaves.get(leaf).docBase;
            OffsetsEnum offsets = offsets(postings, terms, doc);
            if (offsets != null) {
                passages[i] = passage.best(texts[i], sentences[i], offsets);
            }
        }
        return passages;
    }

    /** Each term's postings with offsets in one segment, null for a term the segment lacks. */
    private static PostingsEnum[] postings(LeafReaderContext leaf, String field, BytesRef[] terms) throws IOException {
        PostingsEnum[] postings = new PostingsEnum[terms.length];
        Terms index = leaf.reader().terms(field);
        if (index == null) {
            return postings;
        }
        TermsEnum lookup = index.iterator();
        for (int t = 0; t < terms.length; t++) {
            if (lookup.seekExact(terms[t])) {
                postings[t] = lookup.postings(null, PostingsEnum.OFFSETS);
                if (postings[t] == null) {
                    throw new IllegalArgumentException("field '" + field + "' was indexed without offsets, cannot highlight");
                }
            }
        }
        return postings;
    }

    /** The words' offsets in one document, in the order of the text; null when none is there. */
    private static OffsetsEnum offsets(PostingsEnum[] postings, BytesRef[] terms, int doc) throws IOException {
        List<OffsetsEnum> found = new ArrayList<>(2);
        for (int t = 0; t < terms.length; t++) {
            PostingsEnum term = postings[t];
            if (term != null && term.docID() < doc) {
                term.advance(doc);
            }
            if (term != null && term.docID() == doc) {
                found.add(new OffsetsEnum.OfPostings(terms[t], term));
            }
        }
        return switch (found.size()) {
            case 0 -> null;
            case 1 -> found.getFirst();
            default -> new OffsetsEnum.MultiOffsetsEnum(found);
        };
    }

    /**
     * Lucene's choice of passage for one field of one document: the best scored sentence, as the
     * unified highlighter finds it with the same scorer and formatter, asked for one passage and
     * none when no word is found; the sentences are the JDK's, found when the text was indexed.
     */
    private static final class SentencePassage extends FieldHighlighter {

        SentencePassage() {
            super("", null, new SentenceBreaks.Known(), SCORER, 1, 0, formatter(), Comparator.comparingInt(Passage::getStartOffset));
        }

        String best(String text, BytesRef sentences, OffsetsEnum offsets) throws IOException {
            try (offsets) {
                if (text == null || text.isEmpty()) {
                    return null;
                }
                ((SentenceBreaks.Known) breakIterator).reset(text, sentences != null ? sentences : SentenceBreaks.of(text));
                Passage[] passages = highlightOffsetsEnums(offsets);
                return passages.length == 0 ? null : (String) passageFormatter.format(passages, text);
            }
        }
    }

    static PassageFormatter formatter() {
        return new EscapingInRuns();
    }

    /**
     * Lucene's passage formatter, escaping the same characters, but copying the text between two
     * of them in one piece instead of character by character.
     */
    private static final class EscapingInRuns extends DefaultPassageFormatter {

        EscapingInRuns() {
            super(OPEN, CLOSE, ELLIPSIS, true);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            int from = start;
            for (int i = start; i < end; i++) {
                String escaped = switch (content.charAt(i)) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    case '\'' -> "&#x27;";
                    case '/' -> "&#x2F;";
                    default -> null;
                };
                if (escaped != null) {
                    dest.append(content, from, i).append(escaped);
                    from = i + 1;
                }
            }
            dest.append(content, from, end);
        }
    }
}
