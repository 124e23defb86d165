package org.proximite.core.search;

import java.io.EOFException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * A file of the in-memory index, read straight from the one array that holds it. Lucene's own
 * reader of such a file goes through a {@link java.nio.ByteBuffer} and, over a file of a single
 * block, reads every number a byte at a time (its fast path needs a block size it does not have
 * then): decoding postings, the bulk of a search, went byte by byte. Numbers are little-endian, as
 * Lucene writes them.
 */
final class ArrayIndexInput extends IndexInput implements RandomAccessInput {

    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] bytes;
    private final int offset;
    private final int length;
    /** Where the next read starts, from {@link #offset}. */
    private int position;

    ArrayIndexInput(String description, byte[] bytes) {
        this(description, bytes, 0, bytes.length);
    }

    private ArrayIndexInput(String description, byte[] bytes, int offset, int length) {
        super(description);
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** Where {@code count} bytes from the current position start in the array; past the end is an error. */
    private int take(int count) throws EOFException {
        int at = position;
        if ((long) at + count > length) {
            throw new EOFException("Read past the end of " + this + ": " + count + " bytes at " + at + " of " + length);
        }
        position = at + count;
        return offset + at;
    }

    /** Where {@code count} bytes at {@code at} are in the array, without moving. */
    private int at(long at, int count) throws EOFException {
        if (at < 0 || at + count > length) {
            throw new EOFException("Read outside " + this + ": " + count + " bytes at " + at + " of " + length);
        }
        return offset + (int) at;
    }

    @Override
    public byte readByte() throws EOFException {
        return bytes[take(1)];
    }

    @Override
    public void readBytes(byte[] into, int from, int count) throws EOFException {
        System.arraycopy(bytes, take(count), into, from, count);
    }

    @Override
    public short readShort() throws EOFException {
        return (short) SHORTS.get(bytes, take(Short.BYTES));
    }

    @Override
    public int readInt() throws EOFException {
        return (int) INTS.get(bytes, take(Integer.BYTES));
    }

    @Override
    public long readLong() throws EOFException {
        return (long) LONGS.get(bytes, take(Long.BYTES));
    }

    @Override
    public void readInts(int[] into, int from, int count) throws EOFException {
        int at = take(Math.multiplyExact(count, Integer.BYTES));
        for (int i = 0; i < count; i++) {
            into[from + i] = (int) INTS.get(bytes, at + i * Integer.BYTES);
        }
    }

    @Override
    public void readLongs(long[] into, int from, int count) throws EOFException {
        int at = take(Math.multiplyExact(count, Long.BYTES));
        for (int i = 0; i < count; i++) {
            into[from + i] = (long) LONGS.get(bytes, at + i * Long.BYTES);
        }
    }

    @Override
    public void readFloats(float[] into, int from, int count) throws EOFException {
        int at = take(Math.multiplyExact(count, Float.BYTES));
        for (int i = 0; i < count; i++) {
            into[from + i] = Float.intBitsToFloat((int) INTS.get(bytes, at + i * Float.BYTES));
        }
    }

    @Override
    public byte readByte(long at) throws EOFException {
        return bytes[at(at, 1)];
    }

    @Override
    public void readBytes(long at, byte[] into, int from, int count) throws EOFException {
        System.arraycopy(bytes, at(at, count), into, from, count);
    }

    @Override
    public short readShort(long at) throws EOFException {
        return (short) SHORTS.get(bytes, at(at, Short.BYTES));
    }

    @Override
    public int readInt(long at) throws EOFException {
        return (int) INTS.get(bytes, at(at, Integer.BYTES));
    }

    @Override
    public long readLong(long at) throws EOFException {
        return (long) LONGS.get(bytes, at(at, Long.BYTES));
    }

    @Override
    public long getFilePointer() {
        return position;
    }

    @Override
    public void seek(long to) throws EOFException {
        if (to < 0 || to > length) {
            throw new EOFException("Seek outside " + this + ": " + to + " of " + length);
        }
        position = (int) to;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public IndexInput slice(String description, long from, long count) throws EOFException {
        if (from < 0 || count < 0 || from + count > length) {
            throw new EOFException("Slice outside " + this + ": " + count + " bytes at " + from + " of " + length);
        }
        return new ArrayIndexInput(getFullSliceDescription(description), bytes, offset + (int) from, (int) count);
    }

    @Override
    public ArrayIndexInput clone() {
        return (ArrayIndexInput) super.clone();
    }

    @Override
    public void close() {
        // The array belongs to the directory: nothing to release.
    }
}
