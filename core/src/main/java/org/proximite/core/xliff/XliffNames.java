package org.proximite.core.xliff;

/** The names of XLIFF 2.0 and of the metadata module, as the export writes them and the import reads them. */
final class XliffNames {

    static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    /** The namespaces of every version of XLIFF start so ({@code …:1.2}, {@code …:2.0}). */
    static final String ANY_VERSION = "urn:oasis:names:tc:xliff:document:";
    static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String VERSION = "2.0";
    /** The metadata group of Proximité in each file: the versions the texts were exported at. */
    static final String CATEGORY = "proximite";
    static final String SOURCE_VERSION = "sourceVersion";
    static final String TARGET_VERSION = "targetVersion";
    /** The sub-state of a segment whose translation was written from an older source. */
    static final String OUTDATED = "proximite:outdated";

    private XliffNames() {}

    /** Whether XML 1.0 can hold this character: not a control character (but tab and line ends), not a lone surrogate, not U+FFFE or U+FFFF. */
    static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
