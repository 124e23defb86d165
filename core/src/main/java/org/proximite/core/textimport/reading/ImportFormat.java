package org.proximite.core.textimport.reading;

import java.util.Locale;

/** What the given text is written in: plain text or Markdown (read the same way), or HTML. */
public enum ImportFormat {
    TEXT,
    HTML;

    /**
     * The format of a media type ({@code text/plain; charset=utf-8}, {@code text/html},
     * {@code text/markdown}) or of a file name ending in .txt, .md, .html or .htm.
     *
     * @throws ImportRefusedException with {@link ImportRefusedException#FORMAT} for anything else
     */
    public static ImportFormat of(String mediaTypeOrFileName) {
        String value = mediaTypeOrFileName == null ? "" : mediaTypeOrFileName.strip().toLowerCase(Locale.ROOT);
        String type = value.contains(";") ? value.substring(0, value.indexOf(';')).strip() : value;
        return switch (type) {
            case "text/plain", "text/markdown", "text/x-markdown" -> TEXT;
            case "text/html", "application/xhtml+xml" -> HTML;
            default -> {
                if (type.endsWith(".txt") || type.endsWith(".md") || type.endsWith(".markdown")) {
                    yield TEXT;
                }
                if (type.endsWith(".html") || type.endsWith(".htm")) {
                    yield HTML;
                }
                throw new ImportRefusedException(ImportRefusedException.FORMAT, mediaTypeOrFileName == null ? "-" : mediaTypeOrFileName);
            }
        };
    }
}
