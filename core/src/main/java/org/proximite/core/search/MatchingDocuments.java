package org.proximite.core.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches, one bit set per segment (null where none matches), collected
 * without scoring: counting and facets need to know which documents match, not how well.
 */
record MatchingDocuments(FixedBitSet[] bySegment, long count) {

    /** The matches of {@code query}: worked out on bit sets when it is made of terms, else collected by Lucene. */
    static MatchingDocuments of(IndexSearcher searcher, Query query, BitSetMatches bitSets) throws IOException {
        if (!BitSetMatches.understands(query)) {
            return of(searcher, query);
        }
        var leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        long count = 0;
        for (LeafReaderContext segment : leaves) {
            FixedBitSet matched = bitSets.of(query, segment.reader());
            int found = matched.cardinality();
            bits[segment.ord] = found == 0 ? null : matched;
            count += found;
        }
        return new MatchingDocuments(bits, count);
    }

    static MatchingDocuments of(IndexSearcher searcher, Query query) throws IOException {
        int segments = searcher.getIndexReader().leaves().size();
        FixedBitSet[] bits = searcher.search(query, new CollectorManager<Collecting, FixedBitSet[]>() {
            @Override
            public Collecting newCollector() {
                return new Collecting(segments);
            }

            @Override
            public FixedBitSet[] reduce(Collection<Collecting> collectors) {
                FixedBitSet[] all = new FixedBitSet[segments];
                for (Collecting collector : collectors) {
                    for (int i = 0; i < segments; i++) {
                        FixedBitSet part = collector.bits[i];
                        if (part != null && all[i] == null) {
                            all[i] = part;
                        } else if (part != null) {
                            all[i].or(part);
                        }
                    }
                }
                return all;
            }
        });
        long count = 0;
        for (FixedBitSet segment : bits) {
            count += segment == null ? 0 : segment.cardinality();
        }
        return new MatchingDocuments(bits, count);
    }

    /**
     * These documents as a filter that scores nothing: beside the words' terms as optional
     * clauses, the best documents are found with block-max scoring, which skips the documents
     * that cannot enter the page instead of scoring every match.
     */
    Query asFilter() {
        return new Query() {
            @Override
            public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
                return new ConstantScoreWeight(this, boost) {
                    @Override
                    public ScorerSupplier scorerSupplier(LeafReaderContext segment) {
                        FixedBitSet matched = bySegment[segment.ord];
                        if (matched == null) {
                            return null;
                        }
                        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(matched, matched.cardinality())));
                    }

                    @Override
                    public boolean isCacheable(LeafReaderContext segment) {
                        return false;
                    }
                };
            }

            @Override
            public void visit(QueryVisitor visitor) {
                visitor.visitLeaf(this);
            }

            @Override
            public String toString(String field) {
                return "matches(" + count + ")";
            }

            @Override
            public boolean equals(Object other) {
                return this == other;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(this);
            }
        };
    }

    private static final class Collecting implements Collector {

        private final FixedBitSet[] bits;

        Collecting(int segments) {
            bits = new FixedBitSet[segments];
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext segment) {
            FixedBitSet matched = bits[segment.ord] == null ? new FixedBitSet(segment.reader().maxDoc()) : bits[segment.ord];
            bits[segment.ord] = matched;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Which documents match, not how well.
                }

                @Override
                public void collect(int doc) {
                    matched.set(doc);
                }

                @Override
                public void collect(DocIdStream stream) throws IOException {
                    stream.forEach(matched::set);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
