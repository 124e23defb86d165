package org.proximite.chapter.format.offline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.proximite.chapter.format.ChapterRefusedException;
import org.proximite.chapter.format.jar.ChapterManifest;
import org.proximite.chapter.format.text.Printable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The manifest a chapter's {@code pom.xml} will write into its jar, read without Maven: the
 * {@code manifestEntries} of the jar plugin, with the pom's own properties filled in, as the
 * template and the shipped chapters write them. When the values come from somewhere this cannot
 * see (a parent pom, a profile, the command line), it says so rather than guess.
 */
final class PomManifest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private PomManifest() {}

    /**
     * @throws ChapterRefusedException with the reason the manifest could not be read from it
     */
    static ChapterManifest read(Path pom) throws ChapterRefusedException {
        Document document = parse(pom);
        Element project = document.getDocumentElement();
        Map<String, String> properties = properties(project);
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList lists = project.getElementsByTagName("manifestEntries");
        for (int i = 0; i < lists.getLength(); i++) {
            for (Element entry : children((Element) lists.item(i))) {
                entries.put(entry.getTagName(), entry.getTextContent().strip());
            }
        }
        if (!entries.containsKey("Plugin-Id")) {
            throw new ChapterRefusedException("manifest.pom.none");
        }
        Map<String, String> resolved = new HashMap<>();
        for (var entry : entries.entrySet()) {
            resolved.put(entry.getKey(), resolve(entry.getKey(), entry.getValue(), properties));
        }
        return new ChapterManifest(resolved.get("Plugin-Id"), resolved.get("Plugin-Version"), resolved.get("Plugin-Requires"),
                resolved.get("Plugin-Dependencies"), resolved.get("Plugin-Class"));
    }

    private static Document parse(Path pom) throws ChapterRefusedException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A pom needs no document type: refusing one shuts out entity tricks of every kind.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(pom.toFile());
        } catch (SAXException e) {
            throw new ChapterRefusedException("manifest.pom.unreadable", Printable.of(e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            throw new ChapterRefusedException("manifest.pom.unreadable", "");
        }
    }

    /** The pom's properties, and the project's coordinates as Maven names them. */
    private static Map<String, String> properties(Element project) {
        Map<String, String> properties = new HashMap<>();
        for (Element child : children(project)) {
            switch (child.getTagName()) {
                case "groupId", "artifactId", "version" -> properties.put("project." + child.getTagName(), child.getTextContent().strip());
                case "parent" -> children(child).forEach(parent ->
                        properties.putIfAbsent("project." + parent.getTagName(), parent.getTextContent().strip()));
                case "properties" -> children(child).forEach(property -> properties.put(property.getTagName(), property.getTextContent().strip()));
                default -> { }
            }
        }
        return properties;
    }

    private static String resolve(String attribute, String value, Map<String, String> properties) throws ChapterRefusedException {
        String text = value;
        // A few rounds cover properties that name other properties; more would be a loop.
        for (int round = 0; round < 10; round++) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            String name = matcher.group(1);
            String replacement = properties.get(name);
            if (replacement == null) {
                throw new ChapterRefusedException("manifest.pom.unresolved", attribute, "${" + name + "}");
            }
            text = text.substring(0, matcher.start()) + replacement + text.substring(matcher.end());
        }
        throw new ChapterRefusedException("manifest.pom.unresolved", attribute, Printable.of(value));
    }

    private static java.util.List<Element> children(Element parent) {
        java.util.List<Element> elements = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
