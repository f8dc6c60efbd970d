package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exokg.server.ResourceDescriber.Row;

/**
 * {@value #PATH}: every conflict and exception found by reasoning, filtered by kind (conflict, conflict
 * with the ontology, exception), by document and by hedged status; each links to its own page.
 */
public final class ConflictsPage extends HttpServlet {

    public static final String PATH = "/conflicts";
    private static final List<String> KINDS = List.of("conflict", "ontology", "exception");

    private final PageQueries queries;
    private final ConflictView view;

    public ConflictsPage(Supplier<DatasetGraph> dataset) {
        this.queries = new PageQueries(dataset);
        this.view = new ConflictView(queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kind = param(req, "kind");
        String document = param(req, "document");
        String hedged = param(req, "hedged");
        if (!kind.isEmpty() && !KINDS.contains(kind) || !hedged.isEmpty() && !hedged.equals("yes") && !hedged.equals("no")) {
            Page.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request",
                    "kind is one of " + KINDS + "; hedged is yes or no.");
            return;
        }
        List<Row> all = queries.select("conflicts");
        Map<String, String> documents = new TreeMap<>();
        for (Row r : all) {
            documents.putAll(documents(r));
        }
        List<Row> shown = all.stream()
                .filter(r -> kind.isEmpty() || kind.equals(r.text("kind"))
                        || kind.equals("conflict") && r.text("kind").equals("ontology"))
                .filter(r -> document.isEmpty() || documents(r).containsKey(document))
                .filter(r -> hedged.isEmpty() || hedged.equals("yes") == "true".equals(r.text("hedged")))
                .toList();
        AxiomInWords words = view.words();
        StringBuilder h = Page.open("Conflicts", null);
        h.append("<main>\n<h1>Conflicts and exceptions</h1>\n<p>Claims that cannot all be true given the ontology "
                + "(conflicts), a statement the ontology contradicts by itself (conflicts with the ontology), and claims about "
                + "a narrower kind of vesicle that depart from claims about a broader kind (exceptions). Each is a minimal "
                + "set: leave out any one statement and the rest can hold.</p>\n");
        h.append("<form class=\"filters\" method=\"get\" action=\"").append(PATH).append("\">\n")
                .append("<div><label for=\"kind\">Kind</label><select id=\"kind\" name=\"kind\">")
                .append(option("", "all", kind)).append(option("conflict", "conflicts (all)", kind))
                .append(option("ontology", "conflicts with the ontology", kind)).append(option("exception", "exceptions", kind))
                .append("</select></div>\n<div><label for=\"document\">Document</label><select id=\"document\" name=\"document\">")
                .append(option("", "any", document));
        documents.forEach((iri, title) -> h.append(option(iri, title, document)));
        h.append("</select></div>\n<div><label for=\"hedged\">Hedged</label><select id=\"hedged\" name=\"hedged\">")
                .append(option("", "either", hedged)).append(option("yes", "hedged", hedged))
                .append(option("no", "not hedged", hedged)).append("</select></div>\n<div><button type=\"submit\">Filter</button>"
                        + "</div>\n</form>\n");
        h.append("<section id=\"list\" aria-labelledby=\"list-h\">\n<h2 id=\"list-h\">").append(shown.size()).append(" of ")
                .append(all.size()).append("</h2>\n");
        if (!shown.isEmpty()) {
            h.append("<table>\n<tr><th scope=\"col\">Statements</th><th scope=\"col\">Kind</th><th scope=\"col\">Hedged</th>"
                    + "<th scope=\"col\" class=\"n\">Claims</th><th scope=\"col\">Documents</th></tr>\n");
            for (Row r : shown) {
                h.append("<tr class=\"conflict ").append(esc(r.text("kind"))).append("\"><td><a href=\"")
                        .append(esc(HtmlDescription.href(r.text("conflict")))).append("\">")
                        .append(esc(r.has("label") ? words.names(r.text("label")) : r.text("conflict"))).append("</a></td><td>")
                        .append(switch (r.text("kind")) {
                            case "ontology" -> "conflict with the ontology";
                            case "exception" -> "exception";
                            default -> "conflict";
                        }).append("</td><td>").append("true".equals(r.text("hedged")) ? "<span class=\"badge hedged\">hedged</span>"
                                : "no").append("</td><td class=\"n\">").append(esc(r.text("claims"))).append("</td><td>")
                        .append(String.join("; ", documents(r).values().stream().map(HtmlDescription::esc).toList()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n</main>\n");
        LinkedDataServlet.send(resp, HttpServletResponse.SC_OK, "text/html", Page.close(h));
    }

    /** The documents of a conflict row: IRI to title. */
    private static Map<String, String> documents(Row r) {
        Map<String, String> documents = new TreeMap<>();
        for (String pair : r.text("documents").split("\n")) {
            int tab = pair.indexOf('\t');
            if (tab > 0) {
                documents.put(pair.substring(0, tab), pair.substring(tab + 1));
            }
        }
        return documents;
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static String option(String value, String text, String selected) {
        return "<option value=\"" + esc(value) + "\"" + (value.equals(selected) ? " selected" : "") + ">" + esc(text)
                + "</option>";
    }
}
