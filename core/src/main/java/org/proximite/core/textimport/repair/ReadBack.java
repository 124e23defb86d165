package org.proximite.core.textimport.repair;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a text that reads each run of non-ASCII characters back to the bytes a wrong
 * code page made of it and decodes them as UTF-8, where every byte survived: {@code Ă©} → é,
 * {@code â€™} → ’. For each run the code page that makes the words around it most plausible wins;
 * a run no reading improves is left alone.
 */
final class ReadBack {

    private ReadBack() {}

    /** The readings of one run by each code page that improves it, and by how much. */
    private record Run(Map<WrongDecoding, List<EditedText.Edit>> readings, Map<WrongDecoding, Integer> gains) {}

    /**
     * The edits of one pass, in order. Where several code pages improve a run as much (Ăš is è in
     * Latin-10 and ù in Latin-2), the one that improves the most runs of the text wins: a text was
     * garbled by one code page.
     */
    static List<EditedText.Edit> edits(String text) {
        List<Run> runs = new ArrayList<>();
        Map<WrongDecoding, Integer> improved = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            Run run = readings(text, i, end);
            run.gains().keySet().forEach(decoding -> improved.merge(decoding, 1, Integer::sum));
            runs.add(run);
            i = end;
        }
        List<EditedText.Edit> edits = new ArrayList<>();
        for (Run run : runs) {
            WrongDecoding best = null;
            for (WrongDecoding decoding : WrongDecoding.ALL) {
                Integer gain = run.gains().get(decoding);
                if (gain != null && (best == null || gain > run.gains().get(best)
                        || gain.equals(run.gains().get(best)) && improved.get(decoding) > improved.get(best))) {
                    best = decoding;
                }
            }
            if (best != null) {
                edits.addAll(run.readings().get(best));
            }
        }
        return edits;
    }

    /** The readings of the run {@code [start, end)} that lower the badness of its words. */
    private static Run readings(String text, int start, int end) {
        int contextStart = start;
        while (contextStart > 0 && Character.isLetter(text.charAt(contextStart - 1))) {
            contextStart--;
        }
        contextStart = Math.max(0, contextStart - 1);
        int contextEnd = end;
        while (contextEnd < text.length() && Character.isLetter(text.charAt(contextEnd))) {
            contextEnd++;
        }
        contextEnd = Math.min(text.length(), contextEnd + 1);
        int before = Badness.of(text.subSequence(contextStart, contextEnd));
        Map<WrongDecoding, List<EditedText.Edit>> readings = new HashMap<>();
        Map<WrongDecoding, Integer> gains = new HashMap<>();
        for (WrongDecoding decoding : WrongDecoding.ALL) {
            List<EditedText.Edit> reading = read(text, start, end, decoding);
            if (reading.isEmpty()) {
                continue;
            }
            StringBuilder after = new StringBuilder(text.substring(contextStart, start));
            int at = start;
            for (EditedText.Edit edit : reading) {
                after.append(text, at, edit.start()).append(edit.replacement());
                at = edit.end();
            }
            after.append(text, at, contextEnd);
            int gain = before - Badness.of(after);
            if (gain > 0) {
                readings.put(decoding, reading);
                gains.put(decoding, gain);
            }
        }
        return new Run(readings, gains);
    }

    /** Each UTF-8 sequence found whole in the run, read with this code page. */
    private static List<EditedText.Edit> read(String text, int start, int end, WrongDecoding decoding) {
        List<EditedText.Edit> edits = new ArrayList<>();
        int i = start;
        while (i < end) {
            int lead = decoding.byteOf(text.charAt(i));
            int following = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (following > 0 && i + following < end) {
                byte[] bytes = new byte[following + 1];
                bytes[0] = (byte) lead;
                boolean whole = true;
                for (int k = 1; k <= following && whole; k++) {
                    int b = decoding.byteOf(text.charAt(i + k));
                    whole = b >= 0x80 && b <= 0xBF;
                    bytes[k] = (byte) b;
                }
                String decoded = whole ? utf8(bytes) : null;
                if (decoded != null && isPlausible(decoded)) {
                    edits.add(new EditedText.Edit(i, i + following + 1, decoded, false));
                    i += following + 1;
                    continue;
                }
            }
            i++;
        }
        return edits;
    }

    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the character is one that French, English, Portuguese and their neighbours write:
     * Latin letters with their accents, typographic punctuation, the euro and a few signs. A
     * reading that gives anything else (IPA, other scripts) was an accident of clean text.
     */
    static boolean isPlausible(String decoded) {
        if (decoded.length() != 1) {
            return false;
        }
        char c = decoded.charAt(0);
        return c >= 0xA0 && c <= 0x17F
                || c >= 0x2010 && c <= 0x2027
                || c >= 0x2030 && c <= 0x203A
                || c == 0x20AC || c == 0x2122 || c == 0x2116;
    }
}
