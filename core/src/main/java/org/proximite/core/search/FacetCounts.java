package org.proximite.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Exact facet counts of a search, from the set of its matches: the documents that hold each value
 * of each facet are kept as a bit set per segment, made once when the segment first serves a
 * search, so that a value's count is the size of an intersection of two bit sets. Reading every
 * match's values instead costs more than the search itself when a query matches most documents.
 *
 * <p>Deleted documents need no care: they are never among the matches.
 */
final class FacetCounts {

    /** The most values shown for one facet. */
    private static final int MOST_VALUES = 100;

    private final List<String> facets;
    private final Map<IndexReader.CacheKey, Map<String, Map<String, FixedBitSet>>> bySegment = new ConcurrentHashMap<>();

    FacetCounts(List<String> facets) {
        this.facets = facets;
    }

    /** Each facet's values among the matches, most frequent first, then in the order of their names. */
    Map<String, List<SearchResults.FacetValue>> of(IndexReader reader, MatchingDocuments matches) throws IOException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (LeafReaderContext segment : reader.leaves()) {
            FixedBitSet matched = matches.bySegment()[segment.ord];
            if (matched == null) {
                continue;
            }
            valuesOf(segment.reader()).forEach((facet, values) -> values.forEach((value, holders) -> {
                long count = FixedBitSet.intersectionCount(matched, holders);
                if (count > 0) {
                    counts.computeIfAbsent(facet, any -> new HashMap<>()).merge(value, count, Long::sum);
                }
            }));
        }
        Map<String, List<SearchResults.FacetValue>> result = new LinkedHashMap<>();
        for (String facet : facets) {
            result.put(facet, counts.getOrDefault(facet, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(MOST_VALUES)
                    .map(entry -> new SearchResults.FacetValue(entry.getKey(), Math.toIntExact(entry.getValue())))
                    .toList());
        }
        return result;
    }

    private Map<String, Map<String, FixedBitSet>> valuesOf(LeafReader segment) throws IOException {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null) {
            return read(segment);
        }
        Map<String, Map<String, FixedBitSet>> values = bySegment.get(cache.getKey());
        if (values == null) {
            values = read(segment);
            if (bySegment.putIfAbsent(cache.getKey(), values) == null) {
                cache.addClosedListener(bySegment::remove);
            }
        }
        return values;
    }

    private Map<String, Map<String, FixedBitSet>> read(LeafReader segment) throws IOException {
        Map<String, Map<String, FixedBitSet>> byFacet = new HashMap<>();
        for (String facet : facets) {
            Terms terms = segment.terms(facet);
            if (terms == null) {
                continue;
            }
            Map<String, FixedBitSet> values = new HashMap<>();
            TermsEnum each = terms.iterator();
            PostingsEnum holders = null;
            for (BytesRef value = each.next(); value != null; value = each.next()) {
                FixedBitSet bits = new FixedBitSet(segment.maxDoc());
                holders = each.postings(holders, PostingsEnum.NONE);
                bits.or(holders);
                values.put(value.utf8ToString(), bits);
            }
            byFacet.put(facet, values);
        }
        return byFacet;
    }
}
