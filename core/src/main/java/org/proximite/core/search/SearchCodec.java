package org.proximite.core.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec, except that each document's stored fields are compressed on their own. A page of
 * results reads twenty documents; Lucene's own format compresses them in blocks that share a
 * dictionary, so that reading one decompresses the dictionary and the documents before it in its
 * block, several times the document itself.
 *
 * <p>The index lives in memory and is never read back from its files, so the codec is not looked up
 * by its name and needs no registration.
 */
final class SearchCodec extends FilterCodec {

    private static final int MOST_BYTES_PER_BLOCK = 16 * 1024;

    private final StoredFieldsFormat storedFields =
            new Lucene90CompressingStoredFieldsFormat("ProximiteStoredFields", CompressionMode.FAST, MOST_BYTES_PER_BLOCK, 1, 10);

    SearchCodec() {
        super("ProximiteSearch", new Lucene104Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
