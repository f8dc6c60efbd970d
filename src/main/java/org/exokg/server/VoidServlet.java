package org.exokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exokg.rdf.Prefixes;
import org.exokg.store.VoidDescription;

/**
 * {@code /.well-known/void} (RFC 8615, VoID section 7): the dataset description, computed from the store
 * when asked, with this server's own SPARQL endpoint. RDF forms by content negotiation; HTML gets Turtle
 * as text so a browser shows it.
 */
public final class VoidServlet extends HttpServlet {

    public static final String PATH = "/.well-known/void";

    private final Supplier<DatasetGraph> dataset;

    public VoidServlet(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Representation> chosen = LinkedDataServlet.choose(req);
        if (chosen.isEmpty()) {
            LinkedDataServlet.send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain",
                    "406 Not Acceptable: the dataset description is available as " + LinkedDataServlet.offered() + "\n");
            return;
        }
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Model description = VoidDescription.describe(DatasetFactory.wrap(dataset.get()), base + "/exokg/sparql");
        Prefixes.addUsed(description);
        Representation r = chosen.get();
        resp.setStatus(HttpServletResponse.SC_OK);
        if (r == Representation.HTML) {
            resp.setContentType("text/plain;charset=utf-8");
            r = Representation.TURTLE;
        } else {
            resp.setContentType(r.mediaType() + ";charset=utf-8");
        }
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, description, r.format());
        }
    }
}
