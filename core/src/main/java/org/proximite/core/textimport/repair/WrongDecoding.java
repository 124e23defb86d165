package org.proximite.core.textimport.repair;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * One single-byte code page that UTF-8 bytes were wrongly read with: which byte each of its
 * characters stands for, so that a garbled character can be turned back into its byte.
 */
final class WrongDecoding {

    /** In the order tried; on a tie the earlier one wins (the Western code page is the most common). */
    static final List<WrongDecoding> ALL = List.of(
            of("windows-1252"), of("ISO-8859-1"), of("windows-1250"), of("ISO-8859-2"), of("ISO-8859-16"), of("ISO-8859-15"));

    /** Every character these code pages give a high byte lies below this (™ is U+2122). */
    private static final int LIMIT = 0x2200;

    private final String name;
    private final short[] byteOf = new short[LIMIT];

    private WrongDecoding(String name) {
        this.name = name;
        Arrays.fill(byteOf, (short) -1);
    }

    private static WrongDecoding of(String name) {
        WrongDecoding decoding = new WrongDecoding(name);
        Charset charset = Charset.forName(name);
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            // A byte the code page leaves undefined is commonly passed through as the control
            // character (or Latin-1 letter) of the same number.
            if (c == '\uFFFD') {
                c = (char) b;
            }
            decoding.byteOf[c] = (short) b;
        }
        return decoding;
    }

    /** The byte this character was read from, or -1 when it cannot come from a high byte of this code page. */
    int byteOf(char c) {
        return c < LIMIT ? byteOf[c] : -1;
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
