package org.proximite.core.edition;

import java.util.Locale;
import java.util.Optional;

/** The files an edition has in each of its languages. */
public enum EditionFormat {
    /** The guide to print or read on a screen: cover, contents, bookmarks, page numbers. */
    PDF("pdf", "application/pdf"),
    /** A zip of static pages with relative links and an offline search, to carry without a network. */
    OFFLINE("zip", "application/zip");

    private final String extension;
    private final String mediaType;

    EditionFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file name's extension ({@code pdf}, {@code zip}). */
    public static Optional<EditionFormat> ofExtension(String extension) {
        String wanted = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        for (EditionFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
