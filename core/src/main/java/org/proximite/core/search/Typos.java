package org.proximite.core.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.AttributeSource;

/**
 * A term's neighbours within one typo, two from seven letters on. Building the automata that
 * recognise them costs more than looking them up, and they depend on the term alone: the
 * queries of one term over several fields share them through one attribute source, which
 * Lucene's fuzzy terms keep them in.
 */
final class Typos extends FuzzyQuery {

    private static final int FUZZY_EXPANSIONS = 5;

    private final AttributeSource automata;

    Typos(Term term, AttributeSource automata) {
        super(term, term.text().length() >= 7 ? 2 : 1, 1, FUZZY_EXPANSIONS, true);
        this.automata = automata;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource unused) throws IOException {
        return super.getTermsEnum(terms, automata);
    }
}
