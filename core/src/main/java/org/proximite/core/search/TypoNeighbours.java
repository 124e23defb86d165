package org.proximite.core.search;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The terms of a field within a few edits of a word, sharing its first letter, each with the boost
 * Lucene's fuzzy terms give it: 1 for the word itself, else one less the share of the shorter word
 * that was edited. An edit is a letter added, dropped, replaced, or two neighbours swapped (each
 * letter edited once at most, as Lucene's Levenshtein automata count them). Words are compared by
 * code point.
 */
final class TypoNeighbours extends FilteredTermsEnum {

    private final int[] word;
    private final int maxEdits;
    private final BytesRef firstLetter;
    private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);
    private final EditDistance distance;

    TypoNeighbours(TermsEnum terms, String word, int maxEdits) {
        super(terms);
        this.word = word.codePoints().toArray();
        this.maxEdits = maxEdits;
        this.firstLetter = new BytesRef(new String(this.word, 0, Math.min(Typos.PREFIX_LENGTH, this.word.length)));
        this.distance = new EditDistance(this.word, maxEdits);
        setInitialSeekTerm(firstLetter);
    }

    @Override
    protected AcceptStatus accept(BytesRef term) {
        if (!startsWith(term, firstLetter)) {
            return AcceptStatus.END;
        }
        int length = UnicodeUtil.codePointCount(term);
        if (Math.abs(length - word.length) > maxEdits) {
            return AcceptStatus.NO;
        }
        int[] candidate = new int[length];
        UnicodeUtil.UTF8toUTF32(term, candidate);
        int edits = distance.to(candidate, Typos.PREFIX_LENGTH);
        if (edits > maxEdits) {
            return AcceptStatus.NO;
        }
        boost.setBoost(edits == 0 ? 1f : 1f - (float) edits / (float) Math.min(length, word.length));
        return AcceptStatus.YES;
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        return term.length >= prefix.length
                && java.util.Arrays.equals(term.bytes, term.offset, term.offset + prefix.length, prefix.bytes, prefix.offset, prefix.offset + prefix.length);
    }
}
