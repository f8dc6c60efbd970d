package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exokg.server.ResourceDescriber.Row;

/**
 * Search over the labels and synonyms of ontology terms ({@code search.rq}): {@value #API} answers JSON for
 * the type-ahead of the search box, {@value #PATH} an HTML page (what the box's form submits to, so search
 * works without JavaScript too).
 */
public final class TermSearch extends HttpServlet {

    public static final String PATH = "/search";
    public static final String API = "/api/terms";
    /** Shorter text matches too much to be useful. */
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    /** Terms listed per search; the page and the {@value #TOTAL_HEADER} header say how many match in all. */
    static final int SHOWN = 12;
    /** Response header of {@value #API} with the number of matching terms (the JSON lists the first {@value #SHOWN}). */
    static final String TOTAL_HEADER = "X-Total-Count";

    private final PageQueries queries;
    private final boolean json;

    private TermSearch(Supplier<DatasetGraph> dataset, boolean json) {
        this.queries = new PageQueries(dataset);
        this.json = json;
    }

    static TermSearch page(Supplier<DatasetGraph> dataset) {
        return new TermSearch(dataset, false);
    }

    static TermSearch api(Supplier<DatasetGraph> dataset) {
        return new TermSearch(dataset, true);
    }

    /** All the terms matching {@code text}, best first (empty for text shorter than {@value #MIN_LENGTH}). */
    List<Row> find(String text) {
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_LENGTH) {
            return List.of();
        }
        return queries.select("search", Map.of("q", ResourceFactory.createStringLiteral(q)));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q != null && q.length() > MAX_LENGTH) {
            if (json) {
                LinkedDataServlet.send(resp, HttpServletResponse.SC_BAD_REQUEST, "text/plain",
                        "400 Bad Request: q is longer than " + MAX_LENGTH + " characters\n");
            } else {
                Page.error(resp, HttpServletResponse.SC_BAD_REQUEST, "Search text too long",
                        "Search for at most " + MAX_LENGTH + " characters.");
            }
            return;
        }
        List<Row> rows = find(q);
        if (json) {
            JsonArray terms = new JsonArray();
            for (Row r : rows.subList(0, Math.min(SHOWN, rows.size()))) {
                JsonObject o = new JsonObject();
                o.put("iri", r.text("term"));
                o.put("href", HtmlDescription.href(r.text("term")));
                o.put("label", r.text("termLabel"));
                o.put("match", r.text("match"));
                if (r.has("termDefinition")) {
                    o.put("definition", r.text("termDefinition"));
                }
                terms.add(o);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, terms);
            resp.setHeader(TOTAL_HEADER, Integer.toString(rows.size()));
            LinkedDataServlet.send(resp, HttpServletResponse.SC_OK, "application/json",
                    out.toString(StandardCharsets.UTF_8));
            return;
        }
        LinkedDataServlet.send(resp, HttpServletResponse.SC_OK, "text/html", page(q == null ? "" : q.strip(), rows));
    }

    private static String page(String q, List<Row> rows) {
        StringBuilder h = Page.open(q.isEmpty() ? "Search" : "Search: " + q, null);
        h.append("<main>\n<h1>Search terms</h1>\n");
        form(h, q);
        if (!q.isEmpty()) {
            h.append("<section id=\"results\" aria-labelledby=\"results-h\">\n<h2 id=\"results-h\">")
                    .append(matchCount(SHOWN, rows.size())).append(" “").append(esc(q)).append("”</h2>\n");
            if (q.length() < MIN_LENGTH) {
                h.append("<p>Type at least ").append(MIN_LENGTH).append(" characters.</p>\n");
            }
            h.append("<ul>\n");
            for (Row r : rows.subList(0, Math.min(SHOWN, rows.size()))) {
                h.append("<li class=\"result\"><a href=\"").append(esc(HtmlDescription.href(r.text("term")))).append("\">")
                        .append(esc(r.text("termLabel"))).append("</a>");
                if (!r.text("match").equalsIgnoreCase(r.text("termLabel"))) {
                    h.append(" <span class=\"muted\">(also called “").append(esc(r.text("match"))).append("”)</span>");
                }
                if (r.has("termDefinition")) {
                    h.append("<br><small>").append(esc(r.text("termDefinition"))).append("</small>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        h.append("</main>\n");
        return Page.close(h);
    }

    /** "2 terms match", or "first 12 of 40 terms match" when not all are listed. */
    static String matchCount(int shown, int total) {
        if (total > shown) {
            return "first " + shown + " of " + total + " terms match";
        }
        return total + (total == 1 ? " term matches" : " terms match");
    }

    /**
     * The search box: a plain form to {@value #PATH}, and a small script that lists matching terms from
     * {@value #API} as the user types (built with textContent, never innerHTML, so labels are never markup).
     */
    static void form(StringBuilder h, String q) {
        h.append("<form id=\"search-form\" role=\"search\" action=\"").append(PATH).append("\" method=\"get\">\n")
                .append("<label for=\"q\">Term, synonym or part of one (e.g. exosome, milk, doxorubicin)</label><br>\n")
                .append("<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" minlength=\"").append(MIN_LENGTH)
                .append("\" maxlength=\"").append(MAX_LENGTH).append("\" value=\"").append(esc(q))
                .append("\" aria-describedby=\"suggestions-status\" aria-controls=\"suggestions\">\n")
                .append("<button type=\"submit\">Search</button>\n")
                .append("<p id=\"suggestions-status\" class=\"muted\" aria-live=\"polite\"></p>\n")
                .append("<ul id=\"suggestions\"></ul>\n</form>\n")
                .append("<script>\n(function () {\n"
                        + "  var box = document.getElementById('q'), list = document.getElementById('suggestions'),\n"
                        + "      status = document.getElementById('suggestions-status'), timer = null;\n"
                        + "  function show(text, terms, total) {\n"
                        + "    if (text !== box.value.trim()) { return; }\n"
                        + "    list.replaceChildren(); list.setAttribute('data-query', text);\n"
                        + "    terms.forEach(function (t) {\n"
                        + "      var li = document.createElement('li'), a = document.createElement('a');\n"
                        + "      li.className = 'suggestion'; a.href = t.href; a.textContent = t.label; li.appendChild(a);\n"
                        + "      if (t.match.toLowerCase() !== t.label.toLowerCase()) {\n"
                        + "        var s = document.createElement('span'); s.className = 'muted';\n"
                        + "        s.textContent = ' (also called \\u201c' + t.match + '\\u201d)'; li.appendChild(s);\n"
                        + "      }\n"
                        + "      list.appendChild(li);\n"
                        + "    });\n"
                        + "    status.textContent = total > terms.length ? 'first ' + terms.length + ' of ' + total + ' terms match'\n"
                        + "        : terms.length + (terms.length === 1 ? ' term matches' : ' terms match');\n"
                        + "  }\n"
                        + "  box.addEventListener('input', function () {\n"
                        + "    clearTimeout(timer); status.textContent = 'Searching\u2026';\n"
                        + "    timer = setTimeout(function () {\n"
                        + "      var text = box.value.trim();\n"
                        + "      if (text.length < ").append(MIN_LENGTH).append(") { list.replaceChildren(); status.textContent = ''; return; }\n"
                        + "      fetch('").append(API).append("?q=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})\n"
                        + "        .then(function (r) {\n"
                        + "          var total = Number(r.headers.get('").append(TOTAL_HEADER).append("'));\n"
                        + "          return (r.ok ? r.json() : Promise.resolve([])).then(function (terms) {\n"
                        + "            show(text, terms, total > terms.length ? total : terms.length);\n"
                        + "          });\n"
                        + "        })\n"
                        + "        .catch(function () { status.textContent = 'Search is not available right now.'; });\n"
                        + "    }, 120);\n"
                        + "  });\n"
                        + "})();\n</script>\n");
    }
}
