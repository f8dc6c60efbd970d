package org.exokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exokg.ExoKg;
import org.exokg.rdf.Prefixes;

/**
 * Dereferenceable ExoKG IRIs: {@code https://w3id.org/exokg/X} is answered on this server's path
 * {@code /X} (ontology terms under /ontology/, documents, sentences, claims, evidence and conflicts under
 * /resource/, named graphs under /graph/, mapping vocabulary under /mappings/, the dataset at /dataset).
 *
 * <p>Content negotiation (Accept, or {@code ?format=ttl|jsonld|rdf|nt|html}): Turtle, JSON-LD, RDF/XML,
 * N-Triples (the concise bounded description over all named graphs) or an HTML page. 404 when the store
 * says nothing about the IRI, 406 when none of the offered types is acceptable.
 */
public final class LinkedDataServlet extends HttpServlet {

    /** Local path prefixes served by this servlet (each mirrors https://w3id.org/exokg/...). */
    public static final String[] PATHS = {"/ontology/*", "/resource/*", "/graph/*", "/mappings/*", "/dataset"};

    private final ResourceDescriber describer;
    private final HtmlDescription html;

    public LinkedDataServlet(ResourceDescriber describer, PageQueries pages) {
        this.describer = describer;
        this.html = new HtmlDescription(describer, pages);
    }

    /**
     * Adds the linked-data paths, {@code /.well-known/void} and the pages for people (home page at {@code /},
     * search, evidence, conflicts, downloads) to a Fuseki server being built.
     *
     * @param dataset the store's dataset, looked up when a request comes (after the server is built)
     */
    public static void register(FusekiServer.Builder builder, Supplier<DatasetGraph> dataset) {
        LinkedDataServlet servlet = new LinkedDataServlet(new ResourceDescriber(dataset), new PageQueries(dataset));
        for (String path : PATHS) {
            builder.addServlet(path, servlet);
        }
        builder.addServlet(VoidServlet.PATH, new VoidServlet(dataset));
        builder.addServlet("", new HomePage(dataset)); // "": the root path exactly (other unknown paths stay 404)
        builder.addServlet(TermSearch.PATH, TermSearch.page(dataset));
        builder.addServlet(TermSearch.API, TermSearch.api(dataset));
        builder.addServlet(EvidencePage.PATH, new EvidencePage(dataset));
        builder.addServlet(ConflictsPage.PATH, new ConflictsPage(dataset));
        builder.addServlet(DownloadServlet.PREFIX + "*", new DownloadServlet(dataset));
    }

    /** The ExoKG IRI a local request path stands for: /ontology/Exosome -> https://w3id.org/exokg/ontology/Exosome. */
    public static String iriOf(String requestPath) {
        String path = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return HtmlDescription.BASE + path;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String iri = iriOf(path);
        if (iri.equals(ExoKg.NS)) {
            iri = ExoKg.ONTOLOGY_IRI; // /ontology/ and /ontology are the ontology itself
        }
        Optional<Representation> chosen = choose(req);
        resp.setHeader("Vary", "Accept");
        if (chosen.isEmpty()) {
            send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain",
                    "406 Not Acceptable: " + iri + " is available as " + offered() + "\n");
            return;
        }
        Representation r = chosen.get();
        if (!describer.exists(iri)) {
            if (r == Representation.HTML) {
                send(resp, HttpServletResponse.SC_NOT_FOUND, "text/html", HtmlDescription.notFound(iri));
            } else {
                send(resp, HttpServletResponse.SC_NOT_FOUND, "text/plain", "404 Not Found: ExoKG has no description of "
                        + iri + "\n");
            }
            return;
        }
        if (r == Representation.HTML) {
            send(resp, HttpServletResponse.SC_OK, r.mediaType(), html.page(iri));
            return;
        }
        Model model = describer.describe(iri);
        Prefixes.addUsed(model);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.mediaType() + ";charset=utf-8");
        resp.setHeader("Link", "<" + iri + ">; rel=\"canonical\"");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, r.format());
        }
    }

    /** ?format= wins over Accept (links in the HTML page use it); an unknown ?format= is refused. */
    static Optional<Representation> choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null && !format.isBlank()) {
            return Representation.byExtension(format.trim());
        }
        return Representation.negotiate(req.getHeader("Accept"));
    }

    static String offered() {
        return Arrays.stream(Representation.values()).map(Representation::mediaType).collect(Collectors.joining(", "));
    }

    static void send(HttpServletResponse resp, int status, String mediaType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(mediaType + ";charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
