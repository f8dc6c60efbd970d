package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.server.ResourceDescriber.Row;

/**
 * The claims about a term at a glance ({@code term-claim-groups.rq}): one table per relation, one row per
 * statement with the number of documents and sentences behind it, negated and hedged shown as such, the
 * evidence one click away ({@link EvidencePage}); and charts of claims per relation and of sources by
 * number of documents.
 */
final class TermSummary {

    private TermSummary() {
    }

    static void render(StringBuilder h, String iri, List<Row> groups) {
        if (groups.isEmpty()) {
            return;
        }
        Map<String, List<Row>> byRelation = new LinkedHashMap<>();
        for (Row g : groups) {
            byRelation.computeIfAbsent(g.text("predicate"), k -> new ArrayList<>()).add(g);
        }
        long claims = groups.stream().mapToLong(g -> number(g, "claims")).sum();
        h.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">What the literature says (")
                .append(claims).append(claims == 1 ? " claim" : " claims").append(", ").append(groups.size())
                .append(groups.size() == 1 ? " statement" : " statements").append(")</h2>\n");
        charts(h, iri, byRelation);
        List<List<Row>> relations = new ArrayList<>(byRelation.values());
        // the relation with most claims first, as in the chart
        relations.sort((a, b) -> Long.compare(claims(b), claims(a)));
        for (List<Row> rows : relations) {
            String relation = ClaimPhrasing.label(rows.get(0), "predicate");
            long n = claims(rows);
            String id = "relation-" + HtmlDescription.curie(rows.get(0).get("predicate")).replaceAll("[^A-Za-z0-9]", "-");
            h.append("<h3 id=\"").append(esc(id)).append("\">").append(esc(ClaimPhrasing.capitalise(relation)))
                    .append(" <span class=\"muted\">(").append(n).append(n == 1 ? " claim" : " claims").append(")</span></h3>\n")
                    .append("<table class=\"statements\">\n<tr><th scope=\"col\">Statement</th><th scope=\"col\" class=\"n\">"
                            + "Documents</th><th scope=\"col\" class=\"n\">Sentences</th><th scope=\"col\">Status</th>"
                            + "<th scope=\"col\">Evidence</th></tr>\n");
            for (Row g : rows) {
                statementRow(h, iri, g);
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    private static void statementRow(StringBuilder h, String iri, Row g) {
        boolean negated = g.text("polarity").endsWith("NegativePolarity");
        long claims = number(g, "claims");
        long hedged = number(g, "hedgedClaims");
        h.append("<tr class=\"statement").append(negated ? " negated" : "").append(hedged > 0 ? " hedged" : "")
                .append("\"><td>").append(esc(ClaimPhrasing.statement(g)));
        // the other term of the statement, one click away
        String other = g.text("object").equals(iri) ? "subject" : "object";
        h.append(" <small>(<a href=\"").append(esc(HtmlDescription.href(g.text(other)))).append("\">")
                .append(esc(ClaimPhrasing.label(g, other))).append("</a>)</small></td>");
        h.append("<td class=\"n\">").append(number(g, "documents")).append("</td><td class=\"n\">")
                .append(number(g, "sentences")).append("</td><td>");
        if (negated) {
            h.append("<span class=\"badge negated\">negated</span>");
        }
        if (hedged > 0) {
            h.append("<span class=\"badge hedged\">hedged").append(hedged == claims ? "" : " in " + hedged + " of " + claims)
                    .append("</span>");
        }
        if (!negated && hedged == 0) {
            h.append("<span class=\"muted\">stated plainly</span>");
        }
        h.append("</td><td><a class=\"evidence-link\" href=\"").append(esc(EvidencePage.href(g))).append("\">")
                .append(claims).append(claims == 1 ? " claim" : " claims").append(" with sentences</a></td></tr>\n");
    }

    private static void charts(StringBuilder h, String iri, Map<String, List<Row>> byRelation) {
        List<BarChart.Bar> perRelation = new ArrayList<>();
        byRelation.forEach((relation, rows) -> perRelation.add(new BarChart.Bar(
                ClaimPhrasing.label(rows.get(0), "predicate"), claims(rows),
                "#relation-" + HtmlDescription.curie(rows.get(0).get("predicate")).replaceAll("[^A-Za-z0-9]", "-"))));
        perRelation.sort((a, b) -> Long.compare(b.value(), a.value()));
        // sources: positive derivedFrom statements about this term, by number of documents
        Map<String, BarChart.Bar> sources = new LinkedHashMap<>();
        for (Row g : byRelation.getOrDefault(ExoKg.NS + "derivedFrom", List.of())) {
            if (g.text("subject").equals(iri) && !g.text("polarity").endsWith("NegativePolarity")) {
                sources.merge(g.text("object"), new BarChart.Bar(ClaimPhrasing.label(g, "object"), number(g, "documents"),
                        HtmlDescription.href(g.text("object"))), (a, b) -> new BarChart.Bar(a.label(),
                        Math.max(a.value(), b.value()), a.href()));
            }
        }
        List<BarChart.Bar> sourceBars = new ArrayList<>(sources.values());
        sourceBars.sort((a, b) -> a.value() != b.value() ? Long.compare(b.value(), a.value()) : a.label().compareTo(b.label()));
        if (perRelation.size() < 2 && sourceBars.size() < 2) {
            return;
        }
        h.append("<div class=\"columns charts\">\n");
        if (perRelation.size() >= 2) {
            h.append(BarChart.svg("chart-relations", "Claims per relation", "claims", perRelation));
        }
        if (sourceBars.size() >= 2) {
            h.append(BarChart.svg("chart-sources", "Sources by number of documents", "documents",
                    sourceBars.subList(0, Math.min(12, sourceBars.size()))));
        }
        h.append("</div>\n");
    }

    private static long claims(List<Row> groups) {
        return groups.stream().mapToLong(g -> number(g, "claims")).sum();
    }

    static long number(Row r, String var) {
        String t = r.text(var);
        return t.isEmpty() ? 0 : Long.parseLong(t);
    }
}
