package org.proximite.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;
import org.junit.jupiter.api.Test;

/** A file read from its array gives back what Lucene wrote, in slices and clones too, and nothing past its end. */
class ArrayIndexInputTest {

    @Test
    void readsBackWhatLuceneWrote() throws IOException {
        Random random = new Random(5);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeByte((byte) 7);
        out.writeShort((short) -2);
        out.writeInt(0x12345678);
        out.writeLong(-3L);
        out.writeVInt(300_000);
        out.writeVLong(1L << 40);
        out.writeString("sécurité");
        int[] ints = random.ints(100).toArray();
        for (int value : ints) {
            out.writeInt(value);
        }
        long[] longs = random.longs(50).toArray();
        for (long value : longs) {
            out.writeLong(value);
        }
        IndexInput in = new ArrayIndexInput("test", out.toArrayCopy());

        assertThat(in.readByte()).isEqualTo((byte) 7);
        assertThat(in.readShort()).isEqualTo((short) -2);
        assertThat(in.readInt()).isEqualTo(0x12345678);
        assertThat(in.readLong()).isEqualTo(-3L);
        assertThat(in.readVInt()).isEqualTo(300_000);
        assertThat(in.readVLong()).isEqualTo(1L << 40);
        assertThat(in.readString()).isEqualTo("sécurité");
        long intsAt = in.getFilePointer();
        int[] readInts = new int[ints.length];
        in.readInts(readInts, 0, ints.length);
        assertThat(readInts).containsExactly(ints);
        long[] readLongs = new long[longs.length];
        in.readLongs(readLongs, 0, longs.length);
        assertThat(readLongs).containsExactly(longs);
        assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);

        IndexInput slice = in.slice("ints", intsAt + 4, 8);
        IndexInput clone = slice.clone();
        assertThat(slice.readInt()).isEqualTo(ints[1]);
        assertThat(clone.getFilePointer()).isZero();
        assertThat(clone.readInt()).isEqualTo(ints[1]);
        assertThat(slice.readInt()).isEqualTo(ints[2]);
        assertThatThrownBy(slice::readInt).isInstanceOf(EOFException.class);
        RandomAccessInput random8 = in.randomAccessSlice(intsAt, 8L * ints.length);
        assertThat(random8.readInt(4L * 99)).isEqualTo(ints[99]);
        assertThat(random8.readLong(0)).isEqualTo((ints[0] & 0xFFFFFFFFL) | ((long) ints[1] << 32));
        assertThatThrownBy(() -> random8.readInt(8L * ints.length - 2)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> in.seek(in.length() + 1)).isInstanceOf(EOFException.class);
    }
}
