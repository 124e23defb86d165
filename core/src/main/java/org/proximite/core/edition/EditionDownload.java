package org.proximite.core.edition;

/** A file of a ready edition with its bytes, to send. */
public record EditionDownload(Edition edition, EditionFile file, byte[] content) {

    /** A name to save it under, e.g. {@code proximite-guinea-2-fr.pdf}. */
    public String fileName() {
        String scope = edition.scope().isWholeGuide() ? "guide-" + edition.number() : edition.key();
        return "proximite-" + scope + "-" + file.language() + "." + file.format().extension();
    }
}
