package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.server.ResourceDescriber.Row;

/**
 * The page of one conflict or exception as a curator reads it: what kind it is and its status (hedged,
 * exception, corroboration of each side), each side with its claims, their sentences and documents, and
 * the ontology axioms behind it in words.
 */
final class ConflictView {

    private final PageQueries queries;

    ConflictView(PageQueries queries) {
        this.queries = queries;
    }

    /** The labels of the ontology's terms by local name, for axioms and conflict labels. */
    AxiomInWords words() {
        Map<String, String> labels = new HashMap<>();
        for (Row r : queries.select("ontology-names")) {
            labels.putIfAbsent(r.text("term").substring(ExoKg.NS.length()), r.text("label"));
        }
        return new AxiomInWords(labels);
    }

    /** Renders the conflict sections; false when {@code iri} is no conflict. */
    boolean render(StringBuilder h, String iri) {
        List<Row> summary = queries.select("conflict-summary", "this", iri);
        List<String> types = new ArrayList<>();
        List<String> axioms = new ArrayList<>();
        String impossible = "";
        boolean hedged = false;
        for (Row r : summary) {
            String p = r.text("property");
            String v = r.text("value");
            if (p.endsWith("#type")) {
                types.add(v.substring(v.lastIndexOf('/') + 1));
            } else if (p.endsWith("involvesAxiom")) {
                axioms.add(v);
            } else if (p.endsWith("unsatisfiableClass")) {
                impossible = v;
            } else if (p.endsWith("involvesHedgedClaim")) {
                hedged = "true".equals(v);
            }
        }
        boolean exception = types.contains("Exception");
        boolean ontology = types.contains("OntologyConflict");
        if (!exception && !types.contains("Conflict") && !ontology) {
            return false;
        }
        hedged = hedged || types.contains("HedgedConflict");
        AxiomInWords words = words();
        List<Row> claims = queries.withQualifierReadings(queries.select("conflict-claims", "this", iri));

        h.append("<section id=\"conflict\" aria-labelledby=\"conflict-h\">\n<h2 id=\"conflict-h\">")
                .append(exception ? "Exception" : ontology ? "Conflict with the ontology" : "Conflict").append("</h2>\n<p>");
        if (exception) {
            h.append("Claims about a narrower kind of vesicle depart from claims about a broader kind. ");
        } else if (ontology) {
            h.append("One statement contradicts the ontology by itself. ");
        } else {
            h.append("These statements cannot all be true, given the ontology. ");
        }
        if (!impossible.isEmpty()) {
            h.append(ontology ? "Taken with the ontology, it leaves" : "Together they leave").append(" no room for any ")
                    .append(esc(words.names(impossible))).append(". ");
        }
        h.append("</p>\n<p id=\"status\">Status: ")
                .append(hedged ? "<span class=\"badge hedged\">hedged: a statement is made only tentatively</span>"
                        : "<span class=\"badge\">not hedged</span>")
                .append(exception ? "<span class=\"badge\">exception</span>" : "")
                .append("</p>\n</section>\n");

        sides(h, claims, ontology, exception);

        if (!axioms.isEmpty()) {
            h.append("<section id=\"axioms\" aria-labelledby=\"axioms-h\">\n<h2 id=\"axioms-h\">The ontology axioms behind it"
                    + "</h2>\n<ul>\n");
            for (String axiom : axioms) {
                h.append("<li class=\"axiom\">").append(esc(words.words(axiom))).append("<br><small class=\"muted\"><code>")
                        .append(esc(axiom)).append("</code></small></li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        return true;
    }

    private void sides(StringBuilder h, List<Row> claims, boolean ontology, boolean exception) {
        Map<String, List<Row>> sides = new LinkedHashMap<>();
        for (Row c : claims) {
            String role = c.text("role");
            String key = role.equals("opposing") ? "opposing" : role + " " + statementKey(c);
            sides.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        h.append("<section id=\"sides\" aria-labelledby=\"sides-h\">\n<h2 id=\"sides-h\">")
                .append(sides.size() == 2 ? "The two sides" : "The " + sides.size() + " sides").append("</h2>\n");
        int n = 0;
        for (Map.Entry<String, List<Row>> side : sides.entrySet()) {
            List<Row> rows = side.getValue();
            Row first = rows.get(0);
            String role = first.text("role");
            n++;
            h.append("<div class=\"side\" id=\"side-").append(n).append("\">\n<h3>");
            if (role.equals("opposing")) {
                h.append("The ontology, and claims that agree with it");
            } else {
                h.append(role.equals("exception") ? "The narrower kind: " : exception ? "The broader kind: " : "")
                        .append(esc(ClaimPhrasing.statement(first)));
            }
            h.append("</h3>\n");
            if (role.equals("opposing") && ontology) {
                h.append("<p>The taxonomy of the ontology (see the axioms below), which these claims state:</p>\n");
            }
            claimsTable(h, rows, role.equals("opposing"));
            h.append("</div>\n");
        }
        h.append("</section>\n");
    }

    private static void claimsTable(StringBuilder h, List<Row> rows, boolean withStatement) {
        h.append("<table>\n<tr>").append(withStatement ? "<th scope=\"col\">Statement</th>" : "")
                .append("<th scope=\"col\">Sentence</th><th scope=\"col\">Document</th><th scope=\"col\">Status</th></tr>\n");
        for (Row c : rows) {
            boolean hedged = "true".equals(c.text("hedged"));
            h.append("<tr class=\"claim").append(hedged ? " hedged" : "").append("\">");
            if (withStatement) {
                h.append("<td>").append(esc(ClaimPhrasing.statement(c))).append("</td>");
            }
            h.append("<td><blockquote class=\"sentence\">").append(esc(c.text("sentenceText"))).append("</blockquote>")
                    .append("<small>").append(HtmlDescription.link(c.get("claim"), "claim")).append("</small></td><td>")
                    .append(HtmlDescription.link(c.get("document"), c.text("documentTitle"))).append("</td><td>");
            if (c.text("polarity").endsWith("NegativePolarity")) {
                h.append("<span class=\"badge negated\">negated").append(c.has("negationCue") ? ": “" + esc(c.text("negationCue"))
                        + "”" : "").append("</span>");
            }
            if (hedged) {
                h.append("<span class=\"badge hedged\">hedged").append(c.has("hedgeCue") ? ": “" + esc(c.text("hedgeCue")) + "”"
                        : "").append("</span>");
            }
            if (!hedged && !c.text("polarity").endsWith("NegativePolarity")) {
                h.append("<span class=\"muted\">stated plainly</span>");
            }
            if (c.has("corroboration")) {
                h.append("<a class=\"badge\" href=\"").append(esc(HtmlDescription.href(c.text("corroboration"))))
                        .append("\">corroborated by ").append(esc(c.text("supportingDocuments"))).append(" documents</a>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String statementKey(Row c) {
        return c.text("subject") + " " + c.text("predicate") + " " + c.text("object") + " " + c.text("polarity") + " "
                + c.text("qualifier");
    }
}
