package org.exokg.document;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's DOM parser with external entities and DTD loading switched off (JATS and PubMed
 * files declare remote DTDs; fetching them would be slow, leak requests and open XXE holes),
 * plus small helpers for walking the tree.
 */
public final class SecureXml {

    /**
     * Deepest element nesting accepted. Real JATS and PubMed files stay under 30 levels; the DOM and
     * the readers walk the tree recursively, so deeper input is refused while it is parsed.
     */
    public static final int MAX_DEPTH = 500;

    private SecureXml() {}

    public static org.w3c.dom.Document parse(Path file, String content) throws DocumentException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null); // errors surface as exceptions, not printed to stderr
            // Any DTD reference resolves to nothing: nothing is fetched, nothing expanded from outside.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            InputSource source = new InputSource(new StringReader(content));
            source.setSystemId(file.toUri().toString());
            return builder.parse(source);
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new DocumentException(file, "XML nested deeper than " + MAX_DEPTH + " elements (line "
                        + e.getLineNumber() + ")");
            }
            throw new DocumentException(file, "malformed XML at line " + e.getLineNumber() + ": " + oneLine(e.getMessage()));
        } catch (SAXException e) {
            throw new DocumentException(file, "malformed XML: " + oneLine(e.getMessage()));
        } catch (IOException | ParserConfigurationException e) {
            throw new DocumentException(file, "cannot parse XML: " + oneLine(e.getMessage()), e);
        }
    }

    /** The JDK parser's own depth limit (checked while parsing, so no deep tree is ever built). */
    private static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(MAX_DEPTH_PROPERTY, Integer.toString(MAX_DEPTH));
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        f.setValidating(false);
        return f;
    }

    /** The parser's message on one line, cut short: it may quote a whole (hostile) entity or element. */
    private static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    /** Element children with this local name. */
    public static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(name(e))) {
                found.add(e);
            }
        }
        return found;
    }

    /** All element children. */
    public static List<Element> children(Node parent) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    public static Element child(Node parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Follows a path of local names, taking the first match at each step. */
    public static Element path(Node from, String... localNames) {
        Node current = from;
        for (String n : localNames) {
            current = child(current, n);
            if (current == null) {
                return null;
            }
        }
        return (Element) current;
    }

    /** Descendants with this local name, in document order. */
    public static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    public static String name(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    /** Text content with white space runs collapsed, or null for a missing element. */
    public static String text(Node n) {
        if (n == null) {
            return null;
        }
        String t = n.getTextContent().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
