package org.proximite.chapter.format.content;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.proximite.chapter.format.ChapterProblem;

/**
 * A chapter's logo, for exports: a PNG image, and nothing else.
 *
 * <p>Why PNG only, and not SVG: an SVG is a document, not a picture. It can carry scripts, event
 * handlers, outside references and CSS {@code url(…)}, spelt in ways no pattern catches
 * (namespaced elements, entity-encoded text, CSS escapes), and the only safe way to show one is to
 * render it ourselves. Exports need a raster image anyway, so the host asks for the raster image:
 * a PNG is checked exactly (its signature and its size in pixels), no SVG is ever stored, and
 * neither the host nor the authors' tool carries an SVG renderer. Authors export their SVG to PNG
 * once, with any drawing program.
 */
final class Logo {

    /** Large enough for a sharp logo in print, small enough to stay a logo. */
    static final int MAX_PIXELS = 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.png");
    private static final Pattern SVG_START = Pattern.compile("(?s)^\\s*(<\\?xml|<svg|<!DOCTYPE\\s+svg|<!--).*");

    private Logo() {}

    /** A logo names a {@code .png} file inside the chapter folder: no parent steps, nothing else. */
    static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches();
    }

    /** Checks that the bytes are a PNG image of a reasonable size. */
    static void check(String file, byte[] image, List<ChapterProblem> problems) {
        if (image.length < 24 || !Arrays.equals(Arrays.copyOf(image, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            String start = new String(image, 0, Math.min(image.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
            problems.add(ChapterProblem.of(file, "", SVG_START.matcher(start).matches() ? "content.logo.svg" : "content.logo.not-png"));
            return;
        }
        ByteBuffer header = ByteBuffer.wrap(image, PNG_SIGNATURE.length, 16);
        int chunkLength = header.getInt();
        byte[] chunkType = new byte[4];
        header.get(chunkType);
        if (chunkLength != 13 || !Arrays.equals(chunkType, new byte[] {'I', 'H', 'D', 'R'})) {
            problems.add(ChapterProblem.of(file, "", "content.logo.not-png"));
            return;
        }
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        if (width == 0 || height == 0 || width > MAX_PIXELS || height > MAX_PIXELS) {
            problems.add(ChapterProblem.of(file, "", "content.logo.size", width, height, MAX_PIXELS));
        }
    }
}
