package org.exokg.document;

import static org.exokg.document.SecureXml.child;
import static org.exokg.document.SecureXml.children;
import static org.exokg.document.SecureXml.descendants;
import static org.exokg.document.SecureXml.name;
import static org.exokg.document.SecureXml.path;
import static org.exokg.document.SecureXml.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * JATS XML (the PubMed Central article format): title, authors, identifiers, abstract, body
 * sections with their titles, figure captions, and the reference list. Bibliographic xrefs in
 * the text become citations of the numbered references (bare superscript numbers are written
 * as "[n]" so that they do not glue onto the preceding word).
 */
public final class JatsReader implements DocumentReader {

    /** Elements whose content is not running prose. */
    private static final Set<String> SKIPPED = Set.of(
            "table", "table-wrap-foot", "disp-formula", "tex-math", "graphic", "media", "alternatives",
            "supplementary-material", "object-id", "label");
    private static final Pattern CITATION_TEXT = Pattern.compile("\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?(?:\\s*,\\s*\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?){0,200}"); // bounded: see CitationMarkers

    @Override
    public List<Document> read(Path file, String content, DocumentMetadata sidecar) throws DocumentException {
        org.w3c.dom.Document dom = SecureXml.parse(file, content);
        Element article = dom.getDocumentElement();
        if (!"article".equals(name(article))) {
            List<Element> inner = descendants(article, "article");
            if (inner.isEmpty()) {
                throw new DocumentException(file, "no <article> element in " + name(article));
            }
            article = inner.get(0);
        }
        Element meta = path(article, "front", "article-meta");
        Map<String, Integer> referenceNumbers = new HashMap<>();
        List<Reference> references = references(article, referenceNumbers);

        DocumentMetadata md = metadata(article, meta, sidecar);
        DocumentTextBuilder b = new DocumentTextBuilder();
        if (md.title() != null) {
            b.startSection("Title");
            b.startParagraph();
            b.append(md.title());
            b.endParagraph();
        }
        if (meta != null) {
            for (Element abs : children(meta, "abstract")) {
                if (abs.hasAttribute("abstract-type")) {
                    continue; // graphical / teaser abstracts repeat the main one
                }
                b.startSection("Abstract");
                blocks(abs, b, referenceNumbers);
            }
        }
        Element body = child(article, "body");
        if (body != null) {
            b.startSection(null);
            blocks(body, b, referenceNumbers);
        }
        String text = b.text();
        String id = md.pmid() != null ? DocumentIds.forPmid(md.pmid())
                : md.pmcid() != null ? DocumentIds.forPmcid(md.pmcid())
                : DocumentIds.fromFileName(file);
        return List.of(new Document(id, DocumentFormat.JATS, file, text, md, b.sections(), references, b.citations()));
    }

    private static DocumentMetadata metadata(Element article, Element meta, DocumentMetadata sidecar) {
        String title = null;
        String pmid = null;
        String pmcid = null;
        String doi = null;
        String year = null;
        List<String> authors = new ArrayList<>();
        if (meta != null) {
            title = text(path(meta, "title-group", "article-title"));
            for (Element id : children(meta, "article-id")) {
                String type = id.getAttribute("pub-id-type");
                String value = text(id);
                if (value == null) {
                    continue;
                }
                switch (type) {
                    case "pmid" -> pmid = value;
                    case "pmc", "pmcid" -> pmcid = DocumentIds.normalizedPmcid(value);
                    case "doi" -> doi = value;
                    default -> { }
                }
            }
            for (Element group : children(meta, "contrib-group")) {
                for (Element contrib : children(group, "contrib")) {
                    if (!"author".equals(contrib.getAttribute("contrib-type"))) {
                        continue;
                    }
                    Element name = child(contrib, "name");
                    if (name != null) {
                        String surname = text(child(name, "surname"));
                        String given = text(child(name, "given-names"));
                        authors.add(given == null ? surname : surname + ", " + given);
                    } else if (text(child(contrib, "collab")) != null) {
                        authors.add(text(child(contrib, "collab")));
                    }
                }
            }
            for (Element date : children(meta, "pub-date")) {
                String y = text(child(date, "year"));
                if (y != null && y.matches("\\d{4}")) {
                    year = y;
                    break;
                }
            }
        }
        String type = articleType(article.getAttribute("article-type"));
        String language = article.getAttribute("xml:lang");
        if (language.isEmpty()) {
            language = article.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        }
        return new DocumentMetadata(
                title != null ? title : sidecar.title(),
                type != null ? type : sidecar.type(),
                !language.isEmpty() ? language.toLowerCase(Locale.ROOT) : sidecar.language() != null ? sidecar.language() : "en",
                !authors.isEmpty() ? authors : sidecar.creators(),
                year != null ? year : sidecar.year(),
                pmid != null ? pmid : sidecar.pmid(),
                pmcid != null ? pmcid : sidecar.pmcid(),
                doi != null ? doi : sidecar.doi());
    }

    /** "review-article" → "review", "research-article" → "research article". */
    private static String articleType(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return null;
        }
        String t = attribute.replace("-article", "").replace('-', ' ').strip();
        return t.equals("research") ? "research article" : t;
    }

    private static List<Reference> references(Element article, Map<String, Integer> numbers) {
        List<Reference> refs = new ArrayList<>();
        Element back = child(article, "back");
        if (back == null) {
            return refs;
        }
        int index = 0;
        for (Element list : descendants(back, "ref-list")) {
            for (Element ref : children(list, "ref")) {
                index++;
                int number = index;
                String label = text(child(ref, "label"));
                if (label != null && label.replaceAll("\\D", "").length() > 0 && label.replaceAll("\\D", "").length() < 6) {
                    number = Integer.parseInt(label.replaceAll("\\D", ""));
                }
                Element citation = child(ref, "mixed-citation");
                if (citation == null) {
                    citation = child(ref, "element-citation");
                }
                if (citation == null) {
                    citation = child(ref, "citation");
                }
                String citationText = text(citation != null ? citation : ref);
                if (ref.hasAttribute("id")) {
                    numbers.put(ref.getAttribute("id"), number);
                }
                refs.add(new Reference(number, citationText == null ? "[" + number + "]" : citationText));
            }
        }
        return refs;
    }

    /** Walks sections, paragraphs and captions in document order. */
    private void blocks(Element parent, DocumentTextBuilder b, Map<String, Integer> refs) {
        blocks(parent, b, refs, null);
    }

    /** @param methods the title of the Methods section the blocks are in, or null */
    private void blocks(Element parent, DocumentTextBuilder b, Map<String, Integer> refs, String methods) {
        for (Element e : children(parent)) {
            switch (name(e)) {
                case "sec" -> {
                    String title = text(child(e, "title"));
                    // a subsection of a Methods section ("Cell culture", "EV isolation") is Methods too: its name keeps
                    // the Methods title before its own ("Materials and methods / EV isolation"); the text keeps the heading
                    String name = methods == null ? title : title == null ? methods : methods + " / " + title;
                    b.startSection(title, name);
                    blocks(e, b, refs, methods != null ? methods : Section.isMethods(title) ? title : null);
                }
                case "p" -> {
                    b.startParagraph();
                    inline(e, b, refs);
                    b.endParagraph();
                }
                case "list" -> {
                    for (Element item : children(e, "list-item")) {
                        blocks(item, b, refs, methods);
                    }
                }
                case "fig", "table-wrap" -> {
                    Element caption = child(e, "caption");
                    if (caption != null) {
                        String label = text(child(e, "label"));
                        b.startSection(label != null ? label : name(e).equals("fig") ? "Figure" : "Table");
                        String captionTitle = text(child(caption, "title"));
                        if (captionTitle != null) {
                            b.startParagraph();
                            b.append(captionTitle);
                            b.endParagraph();
                        }
                        blocks(caption, b, refs, methods);
                    }
                }
                case "boxed-text", "disp-quote", "statement" -> blocks(e, b, refs, methods);
                default -> { }
            }
        }
    }

    private void inline(Node node, DocumentTextBuilder b, Map<String, Integer> refs) {
        NodeList nodes = node.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                String name = name(e);
                if (SKIPPED.contains(name) || name.equals("fig") || name.equals("table-wrap")) {
                    continue;
                }
                if (name.equals("xref") && "bibr".equals(e.getAttribute("ref-type"))) {
                    citation(e, b, refs);
                } else {
                    inline(e, b, refs);
                }
            }
        }
    }

    private static void citation(Element xref, DocumentTextBuilder b, Map<String, Integer> refs) {
        String shown = xref.getTextContent().replaceAll("\\s+", " ").strip();
        List<Integer> numbers = new ArrayList<>();
        for (String rid : xref.getAttribute("rid").split("\\s+")) {
            Integer n = refs.get(rid);
            if (n != null) {
                numbers.add(n);
            }
        }
        Matcher numeric = CITATION_TEXT.matcher(shown);
        boolean bare = numeric.matches();
        if (numbers.isEmpty() && bare) {
            numbers.addAll(CitationMarkers.numbers(shown));
        }
        // A bare number right after a word ("exosomes<sup>12</sup>") becomes "[12]".
        boolean bracket = bare && b.openBrackets() == 0;
        int start = b.length();
        b.append(bracket ? "[" + shown + "]" : shown);
        b.addCitation(start, b.length(), numbers);
    }
}
