package org.proximite.web.edition;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font every PDF embeds: DejaVu Sans (its own permissive licence), shipped in the build, so
 * that French, Portuguese and the Latin, Greek and Cyrillic letters chapters bring (ɛ, ɔ, ŋ…)
 * print the same on any host. Only the letters used are embedded.
 */
final class EditionFont {

    static final String FAMILY = "DejaVu Sans";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Face[] FACES = {
        new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
        new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
        new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
        new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
    };

    private EditionFont() {}

    /**
     * Gives the renderer every face of the family, read once per process and loaded into this
     * document without glyph substitutions: DejaVu's ligature rules, applied to every line of
     * text, took a third of the time of a long PDF and changed nothing a reader of these
     * languages would notice.
     */
    static void addTo(PdfRendererBuilder builder, PDDocument document) {
        for (Face face : FACES) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                font.setEnableGsub(false);
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FAMILY, face.weight(), face.style(), true);
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + face.file() + " could not be read", e);
            }
        }
    }

    private record Face(String file, int weight, FontStyle style) {

        private static final java.util.Map<String, byte[]> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

        byte[] bytes() {
            return LOADED.computeIfAbsent(file, name -> {
                try (InputStream in = EditionFont.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        throw new IllegalStateException("The font " + name + " is missing from the class path (jasperreports-fonts)");
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
