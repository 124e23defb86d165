package org.proximite.web.edition;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    /** Gives the renderer every face of the family, read once. */
    static void addTo(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            byte[] bytes = face.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, face.weight(), face.style(), true);
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
