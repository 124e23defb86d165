package org.proximite.core.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of a segment that hold a term, added to a bit set: a frequent term's documents are
 * kept as a bit set of their own, made when a query first asks for them, so that the next queries
 * with the same word (readers search the same few hundred words again and again) add them in one
 * pass over a few thousand longs instead of decoding tens of thousands of postings. A rare term's
 * postings are read each time: they are few.
 *
 * <p>Segments never change once written, so what is kept stays true for as long as the segment
 * lives; it is dropped when the segment closes. Each segment keeps the terms used last, within a
 * budget of bytes.
 */
final class FrequentTermDocs {

    /** A term held by this share of a segment's documents or more is kept as a bit set. */
    private static final int FREQUENT = 64;
    private static final long BUDGET_BYTES = 8L * 1024 * 1024;

    private final Map<IndexReader.CacheKey, Map<Term, FixedBitSet>> bySegment = new ConcurrentHashMap<>();

    /** Sets in {@code into} the documents of {@code segment} that hold {@code term} (deleted ones too: the caller drops those). */
    void addTo(FixedBitSet into, LeafReader segment, Term term) throws IOException {
        Map<Term, FixedBitSet> kept = keptFor(segment);
        FixedBitSet known = kept == null ? null : get(kept, term);
        if (known != null) {
            into.or(known);
            return;
        }
        Terms terms = segment.terms(term.field());
        if (terms == null) {
            return;
        }
        TermsEnum lookup = terms.iterator();
        if (!lookup.seekExact(term.bytes())) {
            return;
        }
        PostingsEnum postings = lookup.postings(null, PostingsEnum.NONE);
        if (kept == null || lookup.docFreq() < segment.maxDoc() / FREQUENT) {
            into.or(postings);
            return;
        }
        FixedBitSet holders = new FixedBitSet(segment.maxDoc());
        holders.or(postings);
        synchronized (kept) {
            kept.put(term, holders);
        }
        into.or(holders);
    }

    private static FixedBitSet get(Map<Term, FixedBitSet> kept, Term term) {
        synchronized (kept) {
            return kept.get(term);
        }
    }

    /** The terms kept for a segment, the least recently used dropped past the budget; null when the segment cannot say when it closes. */
    private Map<Term, FixedBitSet> keptFor(LeafReader segment) {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null) {
            return null;
        }
        return bySegment.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(bySegment::remove);
            int most = (int) Math.max(16, BUDGET_BYTES / (segment.maxDoc() / 8 + 64));
            return new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Term, FixedBitSet> eldest) {
                    return size() > most;
                }
            };
        });
    }
}
