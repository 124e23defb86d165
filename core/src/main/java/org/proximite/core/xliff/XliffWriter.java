package org.proximite.core.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XLIFF 2.0 document: one {@code <file>} per item, its id naming kind and address, the
 * versions of the texts exported in the metadata module; one {@code <unit>} per field, its name as
 * id, with one segment holding the source and, when there is one, the current translation. Texts
 * are written as text (Markdown stays Markdown, escaped by the XML writer; never HTML), with their
 * white space kept ({@code xml:space="preserve"}); characters XML cannot hold are left out.
 */
public final class XliffWriter {

    /**
     * One item to write.
     *
     * @param sourceVersion the version of the source text written
     * @param targetVersion the version of the target text written, 0 when there is none
     */
    public record Item(String fileId, int sourceVersion, int targetVersion, List<Field> fields) {

        public Item {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field to translate.
     *
     * @param target the current translation, or null
     * @param outdated whether the translation was written from an older source than the one written
     */
    public record Field(String name, String source, String target, boolean outdated) {}

    private final XMLStreamWriter xml;

    private XliffWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** The document, in UTF-8. */
    public static byte[] write(String sourceLanguage, String targetLanguage, List<Item> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new XliffWriter(xml).document(sourceLanguage, targetLanguage, items);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The XLIFF document could not be written", e);
        }
        return out.toByteArray();
    }

    private void document(String sourceLanguage, String targetLanguage, List<Item> items) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(XliffNames.XLIFF);
        xml.setPrefix("mda", XliffNames.METADATA);
        xml.writeStartElement(XliffNames.XLIFF, "xliff");
        xml.writeDefaultNamespace(XliffNames.XLIFF);
        xml.writeNamespace("mda", XliffNames.METADATA);
        xml.writeAttribute("version", XliffNames.VERSION);
        xml.writeAttribute("srcLang", sourceLanguage);
        xml.writeAttribute("trgLang", targetLanguage);
        for (Item item : items) {
            file(item);
        }
        newLine(0);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void file(Item item) throws XMLStreamException {
        newLine(1);
        xml.writeStartElement(XliffNames.XLIFF, "file");
        xml.writeAttribute("id", item.fileId());
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve");
        newLine(2);
        xml.writeStartElement(XliffNames.METADATA, "metadata");
        newLine(3);
        xml.writeStartElement(XliffNames.METADATA, "metaGroup");
        xml.writeAttribute("category", XliffNames.CATEGORY);
        meta(XliffNames.SOURCE_VERSION, item.sourceVersion());
        meta(XliffNames.TARGET_VERSION, item.targetVersion());
        newLine(3);
        xml.writeEndElement();
        newLine(2);
        xml.writeEndElement();
        for (Field field : item.fields()) {
            unit(field);
        }
        newLine(1);
        xml.writeEndElement();
    }

    private void meta(String type, int value) throws XMLStreamException {
        newLine(4);
        xml.writeStartElement(XliffNames.METADATA, "meta");
        xml.writeAttribute("type", type);
        xml.writeCharacters(String.valueOf(value));
        xml.writeEndElement();
    }

    private void unit(Field field) throws XMLStreamException {
        newLine(2);
        xml.writeStartElement(XliffNames.XLIFF, "unit");
        xml.writeAttribute("id", field.name());
        newLine(3);
        xml.writeStartElement(XliffNames.XLIFF, "segment");
        xml.writeAttribute("state", field.target() == null || field.outdated() ? "initial" : "translated");
        if (field.target() != null && field.outdated()) {
            xml.writeAttribute("subState", XliffNames.OUTDATED);
        }
        newLine(4);
        text("source", field.source());
        if (field.target() != null) {
            newLine(4);
            text("target", field.target());
        }
        newLine(3);
        xml.writeEndElement();
        newLine(2);
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(XliffNames.XLIFF, element);
        xml.writeCharacters(writable(value));
        xml.writeEndElement();
    }

    private void newLine(int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }

    /** The text without the characters XML 1.0 cannot hold. */
    private static String writable(String text) {
        if (text.codePoints().allMatch(XliffNames::isXmlCharacter)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XliffNames::isXmlCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
