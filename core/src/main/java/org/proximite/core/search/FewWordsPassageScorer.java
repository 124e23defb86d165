package org.proximite.core.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, each term counted once per passage, without the hash table of 32 KB
 * that Lucene's scorer makes for every passage it scores: a passage holds a few words.
 */
final class FewWordsPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDocument = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            boolean counted = false;
            for (int j = 0; j < i && !counted; j++) {
                counted = terms[j].bytesEquals(terms[i]);
            }
            if (counted) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[i]);
        }
        return score * norm(passage.getStartOffset());
    }
}
