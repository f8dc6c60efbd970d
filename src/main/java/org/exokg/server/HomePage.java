package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exokg.ExoKg;
import org.exokg.server.ResourceDescriber.Row;
import org.exokg.store.VoidDescription;

/**
 * The home page at {@code /}: what ExoKG is, the size of the graph (from its VoID description), a
 * search box over labels and synonyms with type-ahead ({@link TermSearch}), entry points into the claims,
 * the library's example queries opening in the query editor, and links for machines.
 */
public final class HomePage extends HttpServlet {

    /** Maximum number of terms listed under one entry point. */
    static final int ENTRY_TERMS = 8;

    private final Supplier<DatasetGraph> dataset;
    private final PageQueries queries;

    public HomePage(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
        this.queries = new PageQueries(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.send(resp, HttpServletResponse.SC_OK, "text/html", page());
    }

    String page() {
        StringBuilder h = Page.open("Home", "<link rel=\"alternate\" type=\"text/turtle\" href=\"/.well-known/void\" "
                + "title=\"Dataset description (VoID)\">\n");
        h.append("<main>\n<h1>ExoKG — an open knowledge graph of exosome therapeutics</h1>\n");
        h.append("<p>ExoKG reads the literature on exosomes and other extracellular vesicles as carriers of drugs and "
                + "imaging agents, and turns it into claims — <em>milk-derived exosomes cross the blood-brain barrier</em> — "
                + "each kept with the sentence and document it comes from, whether it is hedged or negated, and the "
                + "ontology terms it is about. Reasoning over the claims finds those that cannot all be true.</p>\n");
        size(h);
        search(h);
        entryPoints(h);
        exampleQueries(h);
        machines(h);
        h.append("</main>\n");
        return Page.close(h);
    }

    private void size(StringBuilder h) {
        List<Row> rows = queries.select("graph-size");
        if (rows.isEmpty()) {
            // no stored VoID graph (a store not built by `exokg build`): describe the store now
            Dataset voidOnly = DatasetFactory.create();
            voidOnly.addNamedModel(ExoKg.VOID_GRAPH,
                    VoidDescription.describe(DatasetFactory.wrap(dataset.get()), VoidDescription.DEFAULT_ENDPOINT));
            rows = new PageQueries(voidOnly::asDatasetGraph).select("graph-size");
        }
        Map<String, Long> entities = new LinkedHashMap<>();
        long triples = 0;
        for (Row r : rows) {
            triples = Long.parseLong(r.text("triples"));
            if (r.has("class")) {
                entities.put(r.text("class"), Long.parseLong(r.text("entities")));
            }
        }
        h.append("<section id=\"size\" aria-labelledby=\"size-h\">\n<h2 id=\"size-h\">The graph today</h2>\n<ul class=\"stats\">\n");
        stat(h, "documents", entities.getOrDefault(ExoKg.NS + "Document", 0L), "documents", null);
        stat(h, "claims", entities.getOrDefault(ExoKg.NS + "Claim", 0L), "claims with evidence", null);
        stat(h, "conflicts", entities.getOrDefault(ExoKg.NS + "Conflict", 0L), "conflicts", "/conflicts?kind=conflict");
        stat(h, "exceptions", entities.getOrDefault(ExoKg.NS + "Exception", 0L), "exceptions", "/conflicts?kind=exception");
        stat(h, "corroborations", entities.getOrDefault(ExoKg.NS + "Corroboration", 0L),
                "statements in several documents", null);
        stat(h, "triples", triples, "triples", "/.well-known/void");
        h.append("</ul>\n<p class=\"muted\">Counted in the dataset's <a href=\"/.well-known/void\">VoID description</a>.</p>\n"
                + "</section>\n");
    }

    private static void stat(StringBuilder h, String id, long n, String what, String href) {
        h.append("<li id=\"count-").append(id).append("\"><strong>").append(String.format("%,d", n)).append("</strong>");
        h.append(href == null ? esc(what) : "<a href=\"" + esc(href) + "\">" + esc(what) + "</a>").append("</li>\n");
    }

    private static void search(StringBuilder h) {
        h.append("<section id=\"search\" aria-labelledby=\"search-h\">\n<h2 id=\"search-h\">Find a term</h2>\n");
        TermSearch.form(h, "");
        h.append("</section>\n");
    }

    private void entryPoints(StringBuilder h) {
        Map<String, List<Row>> byRelation = new LinkedHashMap<>();
        for (Row r : queries.select("entry-points")) {
            byRelation.computeIfAbsent(r.text("relation"), k -> new ArrayList<>()).add(r);
        }
        if (byRelation.isEmpty()) {
            return;
        }
        h.append("<section id=\"entry-points\" aria-labelledby=\"entry-h\">\n<h2 id=\"entry-h\">Start from what papers say"
                + "</h2>\n<div class=\"columns\">\n");
        List<Row> kinds = byRelation.remove(org.apache.jena.vocabulary.RDF.subject.getURI());
        if (kinds != null) {
            entryList(h, "kinds", "Kinds of vesicle", kinds);
        }
        byRelation.entrySet().stream()
                .sorted((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())))
                .forEach(e -> {
                    Row first = e.getValue().get(0);
                    String id = HtmlDescription.curie(first.get("relation")).replace("exokg:", "");
                    entryList(h, id, "Vesicles " + ClaimPhrasing.verb(ClaimPhrasing.label(first, "relation"), false) + " …",
                            e.getValue());
                });
        h.append("</div>\n</section>\n");
    }

    private static long total(List<Row> rows) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.text("claims"))).sum();
    }

    private static void entryList(StringBuilder h, String id, String heading, List<Row> rows) {
        h.append("<div class=\"entry\" id=\"entry-").append(esc(id)).append("\">\n<h3>").append(esc(heading))
                .append("</h3>\n<ul>\n");
        rows.stream().limit(ENTRY_TERMS).forEach(r -> h.append("<li><a href=\"")
                .append(esc(HtmlDescription.href(r.text("term")))).append("\">")
                .append(esc(ClaimPhrasing.label(r, "term"))).append("</a> <span class=\"muted\">")
                .append(documents(Long.parseLong(r.text("documents")))).append("</span></li>\n"));
        h.append("</ul>\n</div>\n");
    }

    static String documents(long n) {
        return n + (n == 1 ? " document" : " documents");
    }

    private void exampleQueries(StringBuilder h) {
        List<Row> rows = queries.select("library-queries");
        if (rows.isEmpty()) {
            return;
        }
        h.append("<section id=\"queries\" aria-labelledby=\"queries-h\">\n<h2 id=\"queries-h\">Example queries</h2>\n")
                .append("<p>Each opens in the query editor, ready to run against the SPARQL endpoint.</p>\n<ul>\n");
        for (Row r : rows) {
            h.append("<li><a class=\"example-query\" href=\"/fuseki/#/dataset/exokg/query?query=")
                    .append(esc(Page.url(r.text("text")))).append("\">").append(esc(r.text("title"))).append("</a>");
            if (r.has("question")) {
                h.append(" <span class=\"muted\">— ").append(esc(r.text("question"))).append("</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void machines(StringBuilder h) {
        h.append("<section id=\"downloads\" aria-labelledby=\"downloads-h\">\n<h2 id=\"downloads-h\">For machines</h2>\n<ul>\n")
                .append("<li>SPARQL endpoint: <a href=\"/exokg/sparql\"><code>/exokg/sparql</code></a> (read-only, CORS); "
                        + "with rule inference: <code>/exokg-inf/sparql</code>; the <a href=\"/fuseki/\">Fuseki query "
                        + "editor</a></li>\n")
                .append("<li>Dataset description: <a href=\"/.well-known/void\">VoID / DCAT</a></li>\n")
                .append("<li>Every ExoKG IRI answers in Turtle, JSON-LD, RDF/XML and N-Triples by content negotiation, "
                        + "e.g. <a href=\"/ontology/Exosome?format=ttl\"><code>/ontology/Exosome</code></a></li>\n")
                .append("<li>Downloads (what <code>exokg export</code> writes): ");
        List<String> links = new ArrayList<>();
        for (DownloadServlet.Download d : DownloadServlet.Download.values()) {
            links.add("<a href=\"" + DownloadServlet.PREFIX + d.file() + "\">" + esc(d.title()) + "</a>");
        }
        h.append(String.join(", ", links)).append("</li>\n</ul>\n</section>\n");
    }
}
