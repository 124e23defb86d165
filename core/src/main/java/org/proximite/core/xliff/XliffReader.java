package org.proximite.core.xliff;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 2.0 document safely: at most {@link #MAX_BYTES}, {@link #MAX_FILES} files and
 * {@link #MAX_UNITS} units, elements at most {@link #MAX_DEPTH} deep; a document type declaration
 * is refused before anything it declares is read (no external entity, no entity expansion), and
 * nothing is fetched from anywhere. What cannot be read at all is an {@link XliffRefusedException};
 * what is wrong in one file or unit is a problem of the document, for the import to report.
 *
 * <p>A unit's text is its segments and ignorables put back together in order, the way a
 * translation tool may have split it; annotations ({@code <mrk>}) keep their text; characters
 * written as {@code <cp>} are read back. Inline codes are not: the export writes none.
 */
public final class XliffReader {

    /** The largest file imported: a few hundred practices' texts. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most items (files) in one document: as many as one export takes. */
    public static final int MAX_FILES = 500;
    /** The most units (fields) in one document. */
    public static final int MAX_UNITS = 10_000;
    /** XLIFF nests a handful of levels; a document nested deeper is not one of ours. */
    public static final int MAX_DEPTH = 32;

    private final XMLStreamReader xml;
    private final List<XliffProblem> problems = new ArrayList<>();
    private int depth;
    private int files;
    private int units;
    private String sourceLanguage;
    private String targetLanguage;

    private XliffReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * The document these bytes hold.
     *
     * @throws XliffRefusedException when they are too many, not XML, not well-formed, declare a
     *     document type, are not XLIFF 2.0, or hold too many files or units
     */
    public static XliffDocument read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw XliffRefusedException.tooLarge(bytes.length);
        }
        if (!startsLikeXml(bytes)) {
            throw new XliffRefusedException(XliffRefusedException.NOT_XML);
        }
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new XliffReader(xml).document();
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new XliffRefusedException(XliffRefusedException.MALFORMED, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open: the bytes are in memory
                }
            }
        }
    }

    /** The JDK's own parser, whatever else is on the class path, with DTDs and external entities off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Nothing is fetched: " + systemId);
        });
        return factory;
    }

    /** Whether the first thing after a byte order mark and spaces is a tag. */
    private static boolean startsLikeXml(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        String head = new String(bytes, 0, Math.min(bytes.length, 512), utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        return head.replace("\uFEFF", "").stripLeading().startsWith("<");
    }

    private XliffDocument document() throws XMLStreamException {
        int event = next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XliffRefusedException(XliffRefusedException.NOT_XML);
            }
            event = next();
        }
        String version = xml.getAttributeValue(null, "version");
        if (!"xliff".equals(xml.getLocalName())) {
            throw new XliffRefusedException(XliffRefusedException.NOT_XLIFF, xml.getLocalName());
        }
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        if (!XliffNames.XLIFF.equals(namespace) || !XliffNames.VERSION.equals(version)) {
            if (!namespace.startsWith(XliffNames.ANY_VERSION)) {
                throw new XliffRefusedException(XliffRefusedException.NOT_XLIFF, xml.getLocalName());
            }
            throw new XliffRefusedException(XliffRefusedException.VERSION, version != null ? version : namespace.substring(XliffNames.ANY_VERSION.length()));
        }
        sourceLanguage = required("srcLang");
        targetLanguage = required("trgLang");
        List<XliffDocument.File> read = new ArrayList<>();
        int root = depth;
        for (event = next(); depth >= root; event = next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("file")) {
                    read.add(file());
                } else {
                    skip();
                }
            }
        }
        while (event != XMLStreamConstants.END_DOCUMENT) {
            event = next();
        }
        if (read.isEmpty() || units == 0) {
            throw new XliffRefusedException(XliffRefusedException.EMPTY);
        }
        return new XliffDocument(sourceLanguage, targetLanguage, read, problems);
    }

    private XliffDocument.File file() throws XMLStreamException {
        if (++files > MAX_FILES) {
            throw new XliffRefusedException(XliffRefusedException.TOO_MANY_UNITS, MAX_FILES, MAX_UNITS);
        }
        String id = required("id");
        Integer[] versions = new Integer[2];
        List<XliffDocument.Unit> read = new ArrayList<>();
        units(id, versions, read);
        return new XliffDocument.File(id, versions[0], versions[1], read);
    }

    /** The units of a file or a group, until its end; groups are read through, metadata kept in {@code versions}. */
    private void units(String fileId, Integer[] versions, List<XliffDocument.Unit> read) throws XMLStreamException {
        int container = depth;
        for (int event = next(); depth >= container; event = next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isXliff("unit")) {
                XliffDocument.Unit unit = unit(fileId);
                if (unit != null) {
                    read.add(unit);
                }
            } else if (isXliff("group")) {
                units(fileId, versions, read);
            } else if (XliffNames.METADATA.equals(xml.getNamespaceURI()) && "meta".equals(xml.getLocalName())) {
                String type = xml.getAttributeValue(null, "type");
                String value = plainText();
                if (XliffNames.SOURCE_VERSION.equals(type)) {
                    versions[0] = number(value);
                } else if (XliffNames.TARGET_VERSION.equals(type)) {
                    versions[1] = number(value);
                }
            } else if (!XliffNames.METADATA.equals(xml.getNamespaceURI())) {
                skip();
            }
            // Other elements of the metadata module (metadata, metaGroup) are read through.
        }
    }

    /** One unit; null when it has no id (a problem of the file). */
    private XliffDocument.Unit unit(String fileId) throws XMLStreamException {
        if (++units > MAX_UNITS) {
            throw new XliffRefusedException(XliffRefusedException.TOO_MANY_UNITS, MAX_FILES, MAX_UNITS);
        }
        String id = xml.getAttributeValue(null, "id");
        int line = xml.getLocation().getLineNumber();
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        boolean translated = false;
        boolean untranslated = false;
        int unit = depth;
        for (int event = next(); depth >= unit; event = next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean segment = isXliff("segment");
            if (!segment && !isXliff("ignorable")) {
                skip();
                continue;
            }
            Part part = part(fileId, id);
            source.append(part.source());
            if (part.target() != null) {
                target.append(part.target());
            } else {
                target.append(part.source());
            }
            if (segment) {
                translated |= part.target() != null;
                untranslated |= part.target() == null;
            }
        }
        if (id == null) {
            problems.add(XliffProblem.of(XliffProblem.UNIT_WITHOUT_ID, fileId, null, line));
            return null;
        }
        if (translated && untranslated) {
            problems.add(XliffProblem.of(XliffProblem.PARTLY_TRANSLATED, fileId, id));
        }
        boolean whole = translated && !untranslated && !target.toString().isBlank();
        return new XliffDocument.Unit(id, source.toString(), whole ? target.toString() : null);
    }

    /** A segment's or an ignorable's source and target (null when it has none). */
    private record Part(String source, String target) {}

    private Part part(String fileId, String unitId) throws XMLStreamException {
        String source = "";
        String target = null;
        int part = depth;
        for (int event = next(); depth >= part; event = next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (isXliff("source")) {
                checkLanguage(sourceLanguage, fileId, unitId);
                source = inline(fileId, unitId);
            } else if (isXliff("target")) {
                checkLanguage(targetLanguage, fileId, unitId);
                target = inline(fileId, unitId);
            } else {
                skip();
            }
        }
        return new Part(source, target);
    }

    private void checkLanguage(String expected, String fileId, String unitId) {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (language != null && !language.equalsIgnoreCase(expected)) {
            problems.add(XliffProblem.of(XliffProblem.WRONG_LANGUAGE, fileId, unitId, language, expected));
        }
    }

    /** The text of a source or target, annotations read through; an inline code is a problem of the unit. */
    private String inline(String fileId, String unitId) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int element = depth;
        for (int event = next(); depth >= element; event = next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (isXliff("mrk")) {
                        // An annotation (a term, a comment): its text is the text; read on inside it.
                        continue;
                    }
                    if (isXliff("sm") || isXliff("em")) {
                        skip();
                    } else if (isXliff("cp") && XliffNames.isXmlCharacter(codePoint(xml.getAttributeValue(null, "hex")))) {
                        // A character a tool chose to write as a code point: one XML could hold, so not a control character.
                        text.appendCodePoint(codePoint(xml.getAttributeValue(null, "hex")));
                        skip();
                    } else {
                        problems.add(XliffProblem.of(XliffProblem.INLINE_CODE, fileId, unitId, xml.getLocalName()));
                        skip();
                    }
                }
                default -> {
                    // end tags of annotations, comments, processing instructions
                }
            }
        }
        return text.toString();
    }

    /** The text of an element without children (a metadata value). */
    private String plainText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int element = depth;
        for (int event = next(); depth >= element; event = next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            }
        }
        return text.toString().strip();
    }

    /** Reads past the element just started, whatever it holds. */
    private void skip() throws XMLStreamException {
        int element = depth;
        while (depth >= element) {
            next();
        }
    }

    /** The next event, with the depth it leaves; a DTD is refused as soon as it shows. */
    private int next() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XliffRefusedException(XliffRefusedException.DOCTYPE);
        }
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
            throw new XliffRefusedException(XliffRefusedException.TOO_DEEP, xml.getLocation().getLineNumber());
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    private boolean isXliff(String name) {
        return XliffNames.XLIFF.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    private String required(String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw new XliffRefusedException(XliffRefusedException.MISSING_ATTRIBUTE, xml.getLocalName(), attribute,
                    xml.getLocation().getLineNumber());
        }
        return value.strip();
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The character a {@code <cp hex="…">} stands for, or -1 when it stands for none. */
    private static int codePoint(String hex) {
        try {
            return hex == null || hex.length() > 6 ? -1 : Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
