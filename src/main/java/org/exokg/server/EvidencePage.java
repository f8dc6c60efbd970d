package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exokg.ExoKg;
import org.exokg.server.ResourceDescriber.Row;

/**
 * {@value #PATH}: the evidence behind one statement of a term page — every claim making it, with its
 * sentence, section, document, cues and cited references — {@value #PAGE_SIZE} to a page ({@code size=} changes it).
 */
public final class EvidencePage extends HttpServlet {

    public static final String PATH = "/evidence";
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;

    private final PageQueries queries;

    public EvidencePage(Supplier<DatasetGraph> dataset) {
        this.queries = new PageQueries(dataset);
    }

    /** The link to the evidence of a statement row (subject, predicate, object, polarity, qualifier). */
    static String href(Row g) {
        return PATH + "?subject=" + Page.url(g.text("subject")) + "&predicate=" + Page.url(g.text("predicate"))
                + "&object=" + Page.url(g.text("object")) + "&polarity="
                + (g.text("polarity").endsWith("NegativePolarity") ? "negative" : "positive")
                + (g.has("qualifier") ? "&qualifier=" + Page.url(g.text("qualifier")) : "");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, RDFNode> bindings = new HashMap<>();
        try {
            bindings.put("subject", iri(req, "subject", true));
            bindings.put("predicate", iri(req, "predicate", true));
            bindings.put("object", iri(req, "object", true));
            RDFNode qualifier = iri(req, "qualifier", false);
            bindings.put("qualifier", qualifier == null ? ResourceFactory.createResource(ExoKg.NS + "GeneralScope") : qualifier);
        } catch (IllegalArgumentException e) {
            Page.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
            return;
        }
        String polarity = req.getParameter("polarity") == null ? "positive" : req.getParameter("polarity");
        if (!polarity.equals("positive") && !polarity.equals("negative")) {
            Page.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", "polarity is positive or negative");
            return;
        }
        boolean negated = polarity.equals("negative");
        bindings.put("polarity", ResourceFactory.createResource(ExoKg.NS + (negated ? "NegativePolarity" : "PositivePolarity")));
        int page;
        try {
            page = req.getParameter("page") == null ? 1 : Integer.parseInt(req.getParameter("page"));
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            Page.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", "page is a number from 1");
            return;
        }
        List<Row> claims = queries.select("statement-evidence", bindings);
        List<Row> statement = queries.select("statement", Map.of("s", bindings.get("subject"), "p",
                bindings.get("predicate"), "o", bindings.get("object"), "q", bindings.get("qualifier")));
        Row s = statement.get(0);
        Map<String, RDFNode> withPolarity = new HashMap<>(s.values());
        withPolarity.put("polarity", bindings.get("polarity"));
        String title = ClaimPhrasing.statement(new Row(withPolarity));
        if (claims.isEmpty()) {
            Page.error(resp, HttpServletResponse.SC_NOT_FOUND, "No evidence", "No claim says: " + title + ".");
            return;
        }
        int size;
        try {
            size = req.getParameter("size") == null ? PAGE_SIZE : Integer.parseInt(req.getParameter("size"));
        } catch (NumberFormatException e) {
            size = 0;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            Page.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request", "size is a number from 1 to " + MAX_PAGE_SIZE);
            return;
        }
        int pages = (claims.size() + size - 1) / size;
        page = Math.min(page, pages);
        LinkedDataServlet.send(resp, HttpServletResponse.SC_OK, "text/html",
                render(req, title, s, negated, claims, page, pages, size));
    }

    private static String render(HttpServletRequest req, String title, Row s, boolean negated, List<Row> claims, int page,
                                 int pages, int size) {
        StringBuilder h = Page.open("Evidence: " + title, null);
        h.append("<main>\n<h1 id=\"label\">").append(esc(title)).append("</h1>\n<p>");
        long documents = claims.stream().map(c -> c.text("document")).distinct().count();
        h.append(claims.size()).append(claims.size() == 1 ? " claim" : " claims").append(" in ")
                .append(HomePage.documents(documents)).append(" make this statement");
        if (negated) {
            h.append(" <span class=\"badge negated\">negated</span>");
        }
        h.append(". About: ");
        h.append(HtmlDescription.link(s.get("subject"), ClaimPhrasing.label(s, "subject"))).append(", ")
                .append(HtmlDescription.link(s.get("predicate"), ClaimPhrasing.label(s, "predicate"))).append(", ")
                .append(HtmlDescription.link(s.get("object"), ClaimPhrasing.label(s, "object")));
        if (s.has("qualifier")) {
            h.append(", narrowed to ").append(HtmlDescription.link(s.get("qualifier"), ClaimPhrasing.label(s, "qualifier")));
        }
        h.append(".</p>\n<section id=\"evidence\" aria-labelledby=\"evidence-h\">\n<h2 id=\"evidence-h\">Sentences")
                .append(pages > 1 ? " (page " + page + " of " + pages + ")" : "").append("</h2>\n")
                .append("<table>\n<tr><th scope=\"col\">Sentence</th><th scope=\"col\">Document</th>"
                        + "<th scope=\"col\">Status</th><th scope=\"col\">Claim</th></tr>\n");
        int from = (page - 1) * size;
        for (Row c : claims.subList(from, Math.min(claims.size(), from + size))) {
            boolean hedged = "true".equals(c.text("hedged"));
            h.append("<tr class=\"claim").append(hedged ? " hedged" : "").append("\"><td><blockquote class=\"sentence\">")
                    .append(esc(c.text("sentenceText"))).append("</blockquote>");
            if (c.has("section")) {
                h.append("<small class=\"muted\">Section “").append(esc(c.text("section"))).append("”</small>");
            }
            if (!c.text("references").isEmpty()) {
                h.append("<br><small class=\"muted\">Cites: ").append(esc(c.text("references"))).append("</small>");
            }
            h.append("</td><td>").append(HtmlDescription.link(c.get("document"), c.text("documentTitle"))).append("</td><td>");
            if (c.has("negationCue")) {
                h.append("<span class=\"badge negated\">negated: “").append(esc(c.text("negationCue"))).append("”</span>");
            }
            if (hedged) {
                h.append("<span class=\"badge hedged\">hedged").append(c.has("hedgeCue") ? ": “" + esc(c.text("hedgeCue")) + "”" : "")
                        .append("</span>");
            }
            if (!hedged && !c.has("negationCue")) {
                h.append("<span class=\"muted\">stated plainly</span>");
            }
            h.append("</td><td>").append(HtmlDescription.link(c.get("claim"), "claim")).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (pages > 1) {
            String base = PATH + "?" + req.getQueryString().replaceAll("&?page=[^&]*", "");
            h.append("<nav aria-label=\"Pages\"><p>");
            if (page > 1) {
                h.append("<a rel=\"prev\" href=\"").append(esc(base + "&page=" + (page - 1))).append("\">previous</a> ");
            }
            h.append("page ").append(page).append(" of ").append(pages);
            if (page < pages) {
                h.append(" <a rel=\"next\" href=\"").append(esc(base + "&page=" + (page + 1))).append("\">next</a>");
            }
            h.append("</p></nav>\n");
        }
        h.append("</section>\n</main>\n");
        return Page.close(h);
    }

    private static RDFNode iri(HttpServletRequest req, String name, boolean required) {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("Missing parameter " + name + " (an IRI).");
            }
            return null;
        }
        try {
            IRIx iri = IRIx.create(value.strip());
            if (!iri.isAbsolute()) {
                throw new IllegalArgumentException(name + " is not an absolute IRI.");
            }
            return ResourceFactory.createResource(iri.str());
        } catch (IRIException e) {
            throw new IllegalArgumentException(name + " is not an IRI.");
        }
    }
}
