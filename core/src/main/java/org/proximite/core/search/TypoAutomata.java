package org.proximite.core.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.AttributeSource;

/**
 * The automata that recognise the typos of the words searched lately, kept from one query to the
 * next: readers search the same words again and again, and building a word's automata costs more
 * than looking its neighbours up. The most recently searched words are kept, a bounded number.
 *
 * <p>A word's automata are built before they are shared, so that queries on several threads only
 * read them.
 */
final class TypoAutomata {

    private static final int MOST_WORDS = 256;

    private final Map<String, AttributeSource> recent = new LinkedHashMap<>(MOST_WORDS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AttributeSource> eldest) {
            return size() > MOST_WORDS;
        }
    };

    /** The automata of the typos of {@code term} (a word of {@code language} as the index holds it), for {@link Typos}. */
    AttributeSource of(String language, Term term, LeafReader anySegment) throws IOException {
        String key = language + '\u0000' + term.text();
        synchronized (recent) {
            AttributeSource known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        AttributeSource built = new AttributeSource();
        // Opening the typos' terms once fills the source with the term's automata.
        new Typos(term, built).getTermsEnum(Terms.getTerms(anySegment, term.field()), null);
        synchronized (recent) {
            AttributeSource known = recent.putIfAbsent(key, built);
            return known != null ? known : built;
        }
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
