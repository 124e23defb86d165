package org.proximite.core.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Where a text's sentences begin, found once when the text is indexed and kept beside it: the
 * passages of a page are then cut at the same places as the JDK's sentence breaker cuts them,
 * without running it again on every text of every page (it reads the text character by character
 * through a {@link CharacterIterator}, and going back to where a sentence starts costs as much as
 * going forward).
 */
final class SentenceBreaks {

    /** Where Lucene's highlighter splits a field's several values (its own constant is not public). */
    static final char VALUES_APART = '\u0000';

    private SentenceBreaks() {}

    /** The JDK's sentence breaker as Lucene's highlighter runs it over a field's values. */
    static BreakIterator jdk() {
        return new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), VALUES_APART);
    }

    /** Each boundary of {@code text}'s sentences, from 0 to its length, kept as the gaps between them (variable-length integers). */
    static BytesRef of(String text) {
        BreakIterator sentences = jdk();
        sentences.setText(text);
        byte[] gaps = new byte[16];
        int length = 0;
        int before = 0;
        for (int boundary = sentences.first(); boundary != BreakIterator.DONE; boundary = sentences.next()) {
            gaps = ArrayUtil.grow(gaps, length + 5);
            int gap = boundary - before;
            while ((gap & ~0x7F) != 0) {
                gaps[length++] = (byte) ((gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            gaps[length++] = (byte) gap;
            before = boundary;
        }
        return new BytesRef(gaps, 0, length);
    }

    /**
     * A sentence breaker over boundaries found before: answers what the JDK's would for the same
     * text, for the calls the highlighter makes (the text's end, the boundary before and after an
     * offset).
     */
    static final class Known extends BreakIterator {

        private int[] boundaries = new int[8];
        private int count;
        private int current;
        private CharacterIterator text = new StringCharacterIterator("");

        /** Points this breaker at {@code text}, whose boundaries {@link #of} gave. */
        void reset(String text, BytesRef kept) {
            this.text = new StringCharacterIterator(text);
            ByteArrayDataInput in = new ByteArrayDataInput(kept.bytes, kept.offset, kept.length);
            count = 0;
            int at = 0;
            while (!in.eof()) {
                at += in.readVInt();
                if (count == boundaries.length) {
                    boundaries = ArrayUtil.grow(boundaries);
                }
                boundaries[count++] = at;
            }
            current = 0;
        }

        @Override
        public int following(int offset) {
            // The first boundary after offset.
            int at = Arrays.binarySearch(boundaries, 0, count, offset);
            int index = at >= 0 ? at + 1 : -at - 1;
            return move(index);
        }

        @Override
        public int preceding(int offset) {
            // The last boundary before offset.
            int at = Arrays.binarySearch(boundaries, 0, count, offset);
            int index = (at >= 0 ? at : -at - 1) - 1;
            return move(index);
        }

        private int move(int index) {
            if (index < 0 || index >= count) {
                return DONE;
            }
            current = index;
            return boundaries[index];
        }

        @Override
        public int first() {
            return move(0);
        }

        @Override
        public int last() {
            return move(count - 1);
        }

        @Override
        public int next(int n) {
            return move(current + n);
        }

        @Override
        public int next() {
            return next(1);
        }

        @Override
        public int previous() {
            return next(-1);
        }

        @Override
        public int current() {
            return boundaries[current];
        }

        @Override
        public CharacterIterator getText() {
            return text;
        }

        @Override
        public void setText(CharacterIterator text) {
            throw new UnsupportedOperationException("Sentences are found when the text is indexed: call reset with them");
        }
    }
}
