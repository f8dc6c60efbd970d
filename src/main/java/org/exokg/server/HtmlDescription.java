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
    private final PageQueries pages;
    private final ConflictView conflicts;

    public HtmlDescription(ResourceDescriber describer, PageQueries pages) {
        this.describer = describer;
        this.pages = pages;
        this.conflicts = new ConflictView(pages);
    }

    /**
     * The local path (starting with /) of an ExoKG IRI, the IRI itself for any other http(s) IRI, and no
     * target for other schemes (a javascript: IRI in the data must not become a link that runs).
     */
    public static String href(String iri) {
        if (iri.startsWith(BASE)) {
            return "/" + iri.substring(BASE.length());
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : "#";
    }

    public String page(String iri) {
        // what the IRI is decides which queries are worth running (each costs a store round trip)
        List<Row> types = describer.select("types", iri);
        Set<String> typeIris = new LinkedHashSet<>();
        types.forEach(t -> typeIris.add(t.text("type")));
        boolean claim = typeIris.contains(ExoKg.NS + "Claim");
        boolean document = typeIris.contains(ExoKg.NS + "Document");
        boolean conflict = typeIris.contains(ExoKg.NS + "Conflict") || typeIris.contains(ExoKg.NS + "Exception")
                || typeIris.contains(ExoKg.NS + "HedgedConflict");
        boolean term = !iri.startsWith(ExoKg.RESOURCE_NS); // ontology terms (and graphs, the dataset)

        String title = conflict ? conflicts.words().names(title(iri, false)) : title(iri, claim);
        StringBuilder head = new StringBuilder();
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"?format=")
                        .append(r.extension()).append("\">\n");
            }
        }
        StringBuilder h = Page.open(title, head.toString());
        h.append("<header>\n<h1 id=\"label\">").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"iri\"><code id=\"iri\">").append(esc(iri)).append("</code></p>\n");
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

        if (conflict) {
            conflicts.render(h, iri);
        }
        definitions(h, iri);
        if (term) {
            synonyms(h, iri);
            classes(h, "superclasses", "Superclasses", describer.select("superclasses", iri));
            classes(h, "subclasses", "Subclasses", describer.select("subclasses", iri));
            mappings(h, iri);
            TermSummary.render(h, iri, pages.withQualifierReadings(pages.select("term-claim-groups", "this", iri)));
        }
        if (claim) {
            evidence(h, iri);
        }
        if (document) {
            DocumentView.render(h, pages.withQualifierReadings(pages.select("document-claims", "this", iri)));
        }
        properties(h, iri);
        incoming(h, iri);
        h.append("</main>\n");
        return Page.close(h);
    }

    /** Its label, the statement of a claim ("exosome crosses blood-brain barrier"), or the IRI's last segment. */
    String title(String iri, boolean isClaim) {
        List<Row> labels = describer.select("labels", iri);
        if (!labels.isEmpty()) {
            return labels.get(0).text("label");
        }
        List<Row> claim = isClaim ? describer.select("claim-statement", iri) : List.of();
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
        h.append("<section id=\"mappings\">\n<h2>Mappings</h2>\n<table>\n<tr><th scope=\"col\">Relation</th>"
                + "<th scope=\"col\">External term</th><th scope=\"col\">Its label</th><th scope=\"col\">What the relation "
                + "means</th><th scope=\"col\">ID checked</th></tr>\n");
        for (Row r : rows) {
            RDFNode target = r.get("target");
            String shown = target.isLiteral() ? esc(target.asLiteral().getLexicalForm()) : link(target, curie(target));
            String status = r.text("status");
            h.append("<tr class=\"mapping ").append(esc(status)).append("\"><td>")
                    .append(esc(r.text("relation"))).append("</td><td>").append(shown).append("</td><td>")
                    .append(esc(r.text("targetLabel"))).append("</td><td>").append(esc(meaning(r.text("relation"))))
                    .append("</td><td>").append(esc(status.isEmpty() ? "not recorded" : status.equals("verified")
                            ? "verified in the source ontology" : status)).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    /** What a mapping relation says about the two terms, for people who do not read SKOS. */
    static String meaning(String relation) {
        return switch (relation) {
            case "exact match" -> "the same meaning: either term can be used for the other";
            case "close match" -> "nearly the same meaning: interchangeable for most uses";
            case "broad match" -> "the external term is broader than this one";
            case "narrow match" -> "the external term is narrower than this one";
            case "NOT the same as" -> "a different thing that shares a name: do not confuse them";
            case "xref" -> "a cross-reference to the same concept in another resource";
            default -> "";
        };
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

    static String link(RDFNode n, String label) {
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
