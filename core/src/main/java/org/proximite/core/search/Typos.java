package org.proximite.core.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;

/**
 * A term's neighbours within one typo, two from seven letters on, the first letter as typed: the
 * same terms, with the same boosts, as Lucene's fuzzy query finds, but found by measuring the
 * distance to each term of the field that starts with the same letter instead of building
 * Levenshtein automata. Building those costs about a millisecond for each word typed, and the
 * misspelled word of a query is seldom one searched before; measuring the few terms that share its
 * first letter costs a few microseconds.
 */
final class Typos extends FuzzyQuery {

    static final int FUZZY_EXPANSIONS = 5;
    static final int PREFIX_LENGTH = 1;

    Typos(Term term) {
        super(term, maxEdits(term.text()), PREFIX_LENGTH, FUZZY_EXPANSIONS, true);
    }

    /** One typo forgiven, two from seven letters on. */
    static int maxEdits(String term) {
        return term.length() >= 7 ? 2 : 1;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource unused) throws IOException {
        return new TypoNeighbours(terms.iterator(), getTerm().text(), getMaxEdits());
    }
}
