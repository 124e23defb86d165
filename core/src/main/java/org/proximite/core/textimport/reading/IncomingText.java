package org.proximite.core.textimport.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes given to the import, checked and decoded: at most {@link #MAX_BYTES}, text and not a
 * program, a picture or an archive, UTF-8 (with or without a byte order mark), UTF-16 with its
 * byte order mark, or failing that a Windows-1252 file as old editors save them. Anything else is
 * refused with a code, before anything is read further.
 */
public final class IncomingText {

    /** The most an import takes: a long web page is a few hundred kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The first bytes of formats that are not text: PDF, ZIP (and office documents), PNG, GIF, JPEG, ELF, gzip. */
    private static final byte[][] NOT_TEXT = {
        {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x7F, 'E', 'L', 'F'}, {0x1F, (byte) 0x8B}
    };

    private IncomingText() {}

    /** The refusal of something of this size, in bytes, when it is over the limit. */
    public static ImportRefusedException tooLarge(long size) {
        return new ImportRefusedException(ImportRefusedException.TOO_LARGE, megabytes(size), megabytes(MAX_BYTES));
    }

    /**
     * The text these bytes hold.
     *
     * @throws ImportRefusedException when they are empty, too many, binary or not text in an encoding it reads
     */
    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        String text;
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            text = strict(bytes, StandardCharsets.UTF_16);
            if (text == null) {
                throw new ImportRefusedException(ImportRefusedException.UNDECODABLE, 0);
            }
            refuseControls(text);
        } else {
            refuseBinary(bytes);
            int skip = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
            text = strict(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), StandardCharsets.UTF_8);
            if (text == null) {
                text = windows1252(bytes);
            }
        }
        if (text.isBlank()) {
            throw new ImportRefusedException(ImportRefusedException.EMPTY);
        }
        return text;
    }

    private static void refuseBinary(byte[] bytes) {
        for (byte[] magic : NOT_TEXT) {
            if (startsWith(bytes, magic)) {
                throw new ImportRefusedException(ImportRefusedException.BINARY);
            }
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportRefusedException(ImportRefusedException.BINARY);
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (tooManyControls(controls, bytes.length)) {
            throw new ImportRefusedException(ImportRefusedException.BINARY);
        }
    }

    private static void refuseControls(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ImportRefusedException(ImportRefusedException.BINARY);
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (tooManyControls(controls, text.length())) {
            throw new ImportRefusedException(ImportRefusedException.BINARY);
        }
    }

    /** A stray control character or two happens in text; more than one in 200 is a binary file. */
    private static boolean tooManyControls(int controls, int length) {
        return controls > Math.max(8, length / 200);
    }

    /**
     * Text saved as Windows-1252 by an old editor: every high byte is one the code page defines,
     * and they are a minority. Random bytes are neither.
     */
    private static String windows1252(byte[] bytes) {
        int high = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                throw new ImportRefusedException(ImportRefusedException.UNDECODABLE, firstInvalidUtf8(bytes));
            }
            if (b >= 0x80) {
                high++;
            }
        }
        if (high * 10 > bytes.length * 3) {
            throw new ImportRefusedException(ImportRefusedException.UNDECODABLE, firstInvalidUtf8(bytes));
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** Where UTF-8 decoding first fails, counted in bytes from 1, for the message. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position() + 1;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static double megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0;
    }
}
