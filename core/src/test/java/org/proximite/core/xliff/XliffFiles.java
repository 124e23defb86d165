package org.proximite.core.xliff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a translator's tool does to an exported file, for tests: reads a unit, fills in its target. */
final class XliffFiles {

    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";

    private XliffFiles() {}

    /** The file with one unit's target set (created when the segment has none). */
    static byte[] translated(byte[] xliff, String fileId, String unitId, String target) {
        Document document = parse(xliff);
        Element segment = (Element) unit(document, fileId, unitId).getElementsByTagNameNS(XLIFF, "segment").item(0);
        NodeList targets = segment.getElementsByTagNameNS(XLIFF, "target");
        Element element = targets.getLength() > 0 ? (Element) targets.item(0) : (Element) segment.appendChild(document.createElementNS(XLIFF, "target"));
        element.setTextContent(target);
        return bytes(document);
    }

    /** The file as many translation tools give it back: every element of the metadata module removed. */
    static byte[] withoutMetadata(byte[] xliff) {
        Document document = parse(xliff);
        NodeList metadata = document.getElementsByTagNameNS(XliffNames.METADATA, "metadata");
        while (metadata.getLength() > 0) {
            metadata.item(0).getParentNode().removeChild(metadata.item(0));
        }
        return bytes(document);
    }

    /** One unit's source or target text, null when it has none. */
    static String text(byte[] xliff, String fileId, String unitId, String which) {
        NodeList found = unit(parse(xliff), fileId, unitId).getElementsByTagNameNS(XLIFF, which);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    /** A unit's segment's attribute. */
    static String segmentAttribute(byte[] xliff, String fileId, String unitId, String attribute) {
        return ((Element) unit(parse(xliff), fileId, unitId).getElementsByTagNameNS(XLIFF, "segment").item(0)).getAttribute(attribute);
    }

    /** The ids of the units of a file. */
    static java.util.List<String> units(byte[] xliff, String fileId) {
        NodeList units = file(parse(xliff), fileId).getElementsByTagNameNS(XLIFF, "unit");
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            ids.add(((Element) units.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Element file(Document document, String fileId) {
        NodeList files = document.getElementsByTagNameNS(XLIFF, "file");
        for (int i = 0; i < files.getLength(); i++) {
            if (((Element) files.item(i)).getAttribute("id").equals(fileId)) {
                return (Element) files.item(i);
            }
        }
        throw new IllegalArgumentException("No file " + fileId);
    }

    private static Element unit(Document document, String fileId, String unitId) {
        NodeList units = file(document, fileId).getElementsByTagNameNS(XLIFF, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            if (((Element) units.item(i)).getAttribute("id").equals(unitId)) {
                return (Element) units.item(i);
            }
        }
        throw new IllegalArgumentException("No unit " + unitId + " in " + fileId);
    }

    private static Document parse(byte[] xliff) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
        } catch (Exception e) {
            throw new IllegalStateException("Not an XLIFF file the tests can read", e);
        }
    }

    private static byte[] bytes(Document document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
