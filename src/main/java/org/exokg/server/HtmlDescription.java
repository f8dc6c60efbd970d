package org.exokg.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.exokg.ExoKg;
import org.exokg.rdf.Prefixes;
import org.exokg.server.ResourceDescriber.Row;

/**
 * The HTML page of an ExoKG IRI, for people: label, definition, synonyms, super- and subclasses, mappings,
 * the claims that mention the term with their evidence sentences and documents, and every statement about
 * it. The content comes from {@link ResourceDescriber}'s queries; this class only lays it out. ExoKG IRIs
 * are linked to their mirror path on this server, so a browser can walk the graph locally.
 */
public final class HtmlDescription {

    /** Everything under this prefix is served locally on the path after it. */
    public static final String BASE = "https://w3id.org/exokg/";

    private final ResourceDescriber describer;

    public HtmlDescription(ResourceDescriber describer) {
        this.describer = describer;
    }

    /** The local path (starting with /) of an ExoKG IRI, or the IRI itself for any other. */
    public static String href(String iri) {
        return iri.startsWith(BASE) ? "/" + iri.substring(BASE.length()) : iri;
    }

    public String page(String iri) {
        String title = title(iri);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append(" — ExoKG</title>\n");
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                h.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"?format=")
                        .append(r.extension()).append("\">\n");
            }
        }
        h.append("<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em;line-height:1.4}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;"
                + "text-align:left;vertical-align:top}code{font-size:.9em}.negative{color:#a00}.hedged{color:#a60}"
                + ".unverified{color:#a60}.iri{color:#555}</style>\n</head>\n<body>\n");
        h.append("<header><p><a href=\"/\">ExoKG</a></p>\n<h1 id=\"label\">").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"iri\"><code id=\"iri\">").append(esc(iri)).append("</code></p>\n");
        List<Row> types = describer.select("types", iri);
        if (!types.isEmpty()) {
            h.append("<p id=\"types\">Type: ");
            h.append(String.join(", ", types.stream().map(t -> link(t.get("type"), t.text("typeLabel"))).toList()));
            h.append("</p>\n");
        }
        h.append("<p id=\"formats\">Also as ");
        List<String> formats = new ArrayList<>();
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                formats.add("<a href=\"?format=" + r.extension() + "\">" + r.mediaType() + "</a>");
            }
        }
        h.append(String.join(", ", formats)).append("</p>\n</header>\n<main>\n");

        definitions(h, iri);
        synonyms(h, iri);
        classes(h, "superclasses", "Superclasses", describer.select("superclasses", iri));
        classes(h, "subclasses", "Subclasses", describer.select("subclasses", iri));
        mappings(h, iri);
        evidence(h, iri);
        claims(h, iri);
        properties(h, iri);
        incoming(h, iri);
        h.append("</main>\n<footer><p>ExoKG — an open knowledge graph of exosome therapeutics. "
                + "Data CC BY 4.0. <a href=\"/.well-known/void\">Dataset description (VoID)</a>, "
                + "<a href=\"/exokg/sparql\">SPARQL</a>.</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Its label, the statement of a claim ("exosome crosses blood-brain barrier"), or the IRI's last segment. */
    String title(String iri) {
        List<Row> labels = describer.select("labels", iri);
        if (!labels.isEmpty()) {
            return labels.get(0).text("label");
        }
        List<Row> claim = describer.select("claim-statement", iri);
        if (!claim.isEmpty()) {
            Row c = claim.get(0);
            boolean negative = c.text("polarity").endsWith("NegativePolarity");
            return "Claim" + (negative ? " (negated)" : "") + ": " + name(c, "subject") + " " + name(c, "predicate") + " "
                    + name(c, "object") + ("true".equals(c.text("hedged")) ? " (hedged)" : "");
        }
        return localName(iri);
    }

    private static String name(Row r, String var) {
        return r.has(var + "Label") ? r.text(var + "Label") : curie(r.get(var));
    }

    /** The 404 page. */
    public static String notFound(String iri) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found — ExoKG</title></head>\n"
                + "<body>\n<h1 id=\"label\">Not found</h1>\n<p>ExoKG has no description of <code id=\"iri\">" + esc(iri)
                + "</code>.</p>\n<p><a href=\"/\">ExoKG</a></p>\n</body>\n</html>\n";
    }

    private void definitions(StringBuilder h, String iri) {
        List<Row> rows = describer.select("definitions", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"definition\">\n<h2>Definition</h2>\n");
        for (Row r : rows) {
            h.append("<p class=\"").append(esc(r.text("kind"))).append("\">").append(esc(r.text("definition")))
                    .append("</p>\n");
        }
        h.append("</section>\n");
    }

    private void synonyms(StringBuilder h, String iri) {
        List<Row> rows = describer.select("synonyms", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"synonyms\">\n<h2>Synonyms</h2>\n<ul>\n");
        for (Row r : rows) {
            h.append("<li class=\"synonym\">").append(esc(r.text("synonym"))).append(" <small>(")
                    .append(esc(r.text("scope"))).append(")</small></li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private void classes(StringBuilder h, String id, String heading, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n<ul>\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : rows) {
            if (seen.add(r.text("class"))) {
                h.append("<li>").append(link(r.get("class"), r.text("label"))).append("</li>\n");
            }
        }
        h.append("</ul>\n</section>\n");
    }

    private void mappings(StringBuilder h, String iri) {
        List<Row> rows = describer.select("mappings", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"mappings\">\n<h2>Mappings</h2>\n<table>\n<tr><th>Relation</th><th>External term</th>"
                + "<th>Label</th><th>Status</th></tr>\n");
        for (Row r : rows) {
            RDFNode target = r.get("target");
            String shown = target.isLiteral() ? esc(target.asLiteral().getLexicalForm()) : link(target, curie(target));
            h.append("<tr class=\"mapping ").append(esc(r.text("status"))).append("\"><td>")
                    .append(esc(r.text("relation"))).append("</td><td>").append(shown).append("</td><td>")
                    .append(esc(r.text("targetLabel"))).append("</td><td>").append(esc(r.text("status")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private void claims(StringBuilder h, String iri) {
        List<Row> rows = describer.select("claims", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"claims\">\n<h2>Claims mentioning this term (").append(rows.size()).append(")</h2>\n")
                .append("<table>\n<tr><th>Claim</th><th>Evidence sentence</th><th>Document</th></tr>\n");
        for (Row r : rows) {
            boolean negative = r.text("polarity").endsWith("NegativePolarity");
            boolean hedged = "true".equals(r.text("hedged"));
            h.append("<tr class=\"claim").append(negative ? " negative" : "").append(hedged ? " hedged" : "")
                    .append("\"><td>");
            h.append(negative ? "<strong>not:</strong> " : "");
            h.append(link(r.get("subject"), r.text("subjectLabel"))).append(' ');
            h.append(link(r.get("predicate"), r.text("predicateLabel"))).append(' ');
            h.append(link(r.get("object"), r.text("objectLabel")));
            if (r.has("qualifier")) {
                h.append(" <small>(").append(link(r.get("qualifier"), "")).append(")</small>");
            }
            if (hedged) {
                h.append(" <small>(hedged)</small>");
            }
            h.append("<br><small>").append(link(r.get("claim"), "claim")).append("</small></td><td class=\"sentence\">");
            h.append(r.has("sentence") ? "<a href=\"" + esc(href(r.text("sentence"))) + "\">" + esc(r.text("sentenceText"))
                    + "</a>" : "");
            h.append("</td><td class=\"document\">");
            h.append(r.has("document") ? link(r.get("document"), r.text("documentTitle")) : "");
            h.append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private void evidence(StringBuilder h, String iri) {
        List<Row> rows = describer.select("claim-evidence", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"evidence\">\n<h2>Evidence</h2>\n");
        for (Row r : rows) {
            h.append("<blockquote class=\"evidence\">").append(esc(r.has("exact") ? r.text("exact") : r.text("sentenceText")))
                    .append("</blockquote>\n<p><small>");
            if (r.has("document")) {
                h.append(link(r.get("document"), r.text("documentTitle")));
            }
            if (r.has("section")) {
                h.append(", section “").append(esc(r.text("section"))).append("”");
            }
            if (r.has("start")) {
                h.append(", characters ").append(esc(r.text("start"))).append("–").append(esc(r.text("end")));
            }
            if (r.has("sentence")) {
                h.append(" (").append(link(r.get("sentence"), "sentence")).append(")");
            }
            h.append(" — ").append(link(r.get("evidence"), "annotation")).append("</small></p>\n");
        }
        h.append("</section>\n");
    }

    private void properties(StringBuilder h, String iri) {
        List<Row> rows = describer.select("properties", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"properties\">\n<h2>Statements</h2>\n<table>\n<tr><th>Property</th><th>Value</th></tr>\n");
        for (Row r : rows) {
            h.append("<tr><td>").append(link(r.get("property"), r.text("propertyLabel"))).append("</td><td>")
                    .append(value(r.get("value"), r.text("valueLabel"))).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private void incoming(StringBuilder h, String iri) {
        List<Row> rows = describer.select("incoming", iri);
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"incoming\">\n<h2>Referred to by</h2>\n<table>\n<tr><th>Resource</th><th>Property</th></tr>\n");
        for (Row r : rows) {
            h.append("<tr><td>").append(link(r.get("subject"), r.text("subjectLabel"))).append("</td><td>")
                    .append(link(r.get("property"), r.text("propertyLabel"))).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static String value(RDFNode n, String label) {
        if (n.isLiteral()) {
            String lang = n.asLiteral().getLanguage();
            return esc(n.asLiteral().getLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + esc(lang) + "</small>");
        }
        return link(n, label);
    }

    private static String link(RDFNode n, String label) {
        if (n == null || !n.isURIResource()) {
            return "";
        }
        String iri = n.asResource().getURI();
        String text = label == null || label.isEmpty() ? curie(n) : label;
        return "<a href=\"" + esc(href(iri)) + "\" title=\"" + esc(iri) + "\">" + esc(text) + "</a>";
    }

    /** A short readable name: exokg:X, obo CURIEs (GO:0070062), else the IRI. */
    static String curie(RDFNode n) {
        String iri = n.asResource().getURI();
        if (iri.startsWith(ExoKg.NS)) {
            return "exokg:" + iri.substring(ExoKg.NS.length());
        }
        if (iri.startsWith(ExoKg.RESOURCE_NS)) {
            return iri.substring(ExoKg.RESOURCE_NS.length());
        }
        if (iri.startsWith("http://purl.obolibrary.org/obo/")) {
            String local = iri.substring("http://purl.obolibrary.org/obo/".length());
            int us = local.indexOf('_');
            return us > 0 ? local.substring(0, us) + ":" + local.substring(us + 1) : local;
        }
        String shortForm = Prefixes.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
