package org.proximite.core.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a segment that a search's query matches, worked out on bit sets: each term's
 * documents ({@link FrequentTermDocs}), or-ed and and-ed as the query's clauses say. Searches
 * look for terms, all of them or any, within facets: queries made of terms, boolean clauses,
 * boosts, everything and nothing. Lucene's collection of the matches would visit every match one
 * by one.
 */
final class BitSetMatches {

    private final FrequentTermDocs termDocs;

    BitSetMatches(FrequentTermDocs termDocs) {
        this.termDocs = termDocs;
    }

    /** Whether the query is made only of what this works out; else Lucene collects its matches. */
    static boolean understands(Query query) {
        return switch (query) {
            case BoostQuery boost -> understands(boost.getQuery());
            case TermQuery term -> true;
            case MatchAllDocsQuery all -> true;
            case MatchNoDocsQuery none -> true;
            case BooleanQuery bool -> bool.getMinimumNumberShouldMatch() <= 1 && bool.clauses().stream().allMatch(clause -> understands(clause.query()));
            default -> false;
        };
    }

    /** The live documents of {@code segment} that {@code query} matches ({@link #understands} it). */
    FixedBitSet of(Query query, LeafReader segment) throws IOException {
        FixedBitSet matched = matches(query, segment);
        Bits live = segment.getLiveDocs();
        if (live != null) {
            // Postings still hold the documents deleted since the segment was written.
            for (int doc = 0; doc < segment.maxDoc(); doc++) {
                if (!live.get(doc)) {
                    matched.clear(doc);
                }
            }
        }
        return matched;
    }

    private FixedBitSet matches(Query query, LeafReader segment) throws IOException {
        FixedBitSet matched = new FixedBitSet(segment.maxDoc());
        switch (query) {
            case BoostQuery boost -> matched.or(matches(boost.getQuery(), segment));
            case TermQuery term -> termDocs.addTo(matched, segment, term.getTerm());
            case MatchAllDocsQuery all -> matched.set(0, segment.maxDoc());
            case MatchNoDocsQuery none -> {
                // Nothing.
            }
            case BooleanQuery bool -> matchesAll(bool, segment, matched);
            default -> throw new IllegalArgumentException("Not made of terms: " + query);
        }
        return matched;
    }

    /**
     * A boolean query's matches: those of every required clause (must or filter); of these, or of
     * all documents when none is required, those of at least the optional clauses asked for (one
     * when nothing is required); never those of an excluded clause.
     */
    private void matchesAll(BooleanQuery bool, LeafReader segment, FixedBitSet matched) throws IOException {
        boolean required = false;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == Occur.MUST || clause.occur() == Occur.FILTER) {
                FixedBitSet clauseMatches = matches(clause.query(), segment);
                if (required) {
                    matched.and(clauseMatches);
                } else {
                    matched.or(clauseMatches);
                    required = true;
                }
            }
        }
        if (!required || bool.getMinimumNumberShouldMatch() > 0) {
            FixedBitSet any = new FixedBitSet(segment.maxDoc());
            for (BooleanClause clause : bool.clauses()) {
                if (clause.occur() == Occur.SHOULD) {
                    addAnyOf(clause.query(), segment, any);
                }
            }
            if (required) {
                matched.and(any);
            } else {
                matched.or(any);
            }
        }
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == Occur.MUST_NOT) {
                matched.andNot(matches(clause.query(), segment));
            }
        }
    }

    /** Adds a clause's matches to {@code any}: a term's documents, or each of a disjunction's, straight into it. */
    private void addAnyOf(Query query, LeafReader segment, FixedBitSet any) throws IOException {
        switch (query) {
            case BoostQuery boost -> addAnyOf(boost.getQuery(), segment, any);
            case TermQuery term -> termDocs.addTo(any, segment, term.getTerm());
            case BooleanQuery bool when isDisjunction(bool) -> {
                for (BooleanClause clause : bool.clauses()) {
                    addAnyOf(clause.query(), segment, any);
                }
            }
            default -> any.or(matches(query, segment));
        }
    }

    private static boolean isDisjunction(BooleanQuery bool) {
        return bool.getMinimumNumberShouldMatch() <= 1 && bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD);
    }
}
