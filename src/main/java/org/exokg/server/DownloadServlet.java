package org.exokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.exokg.ExoKg;
import org.exokg.store.StoreExport;

/**
 * {@value #PREFIX}{file}: the whole store or its ontology as files, in the forms of {@code exokg export}
 * (each written from one read transaction).
 */
public final class DownloadServlet extends HttpServlet {

    public static final String PREFIX = "/download/";

    /** What can be downloaded. */
    public enum Download {
        TRIG("exokg.trig", "every named graph (TriG)", "application/trig", RDFFormat.TRIG_BLOCKS, null),
        NQUADS("exokg.nq", "every named graph (N-Quads)", "application/n-quads", RDFFormat.NQUADS, null),
        ONTOLOGY_TTL("ontology.ttl", "the ontology (Turtle)", "text/turtle", null, StoreExport.Format.TTL),
        ONTOLOGY_OWL("ontology.owl", "the ontology (OWL/XML)", "application/owl+xml", null, StoreExport.Format.OWL);

        private final String file;
        private final String title;
        private final String mediaType;
        private final RDFFormat dataset;
        private final StoreExport.Format ontology;

        Download(String file, String title, String mediaType, RDFFormat dataset, StoreExport.Format ontology) {
            this.file = file;
            this.title = title;
            this.mediaType = mediaType;
            this.dataset = dataset;
            this.ontology = ontology;
        }

        public String file() {
            return file;
        }

        public String title() {
            return title;
        }
    }

    private final Supplier<DatasetGraph> dataset;

    public DownloadServlet(Supplier<DatasetGraph> dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Download d = null;
        for (Download candidate : Download.values()) {
            if (candidate.file.equals(name)) {
                d = candidate;
            }
        }
        if (d == null) {
            Page.error(resp, HttpServletResponse.SC_NOT_FOUND, "No such download",
                    "There is no download called " + name + "; see the home page for the list.");
            return;
        }
        Download chosen = d;
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(chosen.mediaType + (chosen == Download.ONTOLOGY_OWL ? "" : ";charset=utf-8"));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + chosen.file + "\"");
        Dataset ds = DatasetFactory.wrap(dataset.get());
        try (OutputStream out = resp.getOutputStream()) {
            Txn.executeRead(ds, () -> {
                if (chosen.dataset != null) {
                    // the named graphs only: the default graph of a union-default store is their union again
                    Dataset copy = DatasetFactory.create();
                    copy.getPrefixMapping().setNsPrefixes(ds.getPrefixMapping());
                    ds.listNames().forEachRemaining(g -> copy.addNamedModel(g, ds.getNamedModel(g)));
                    RDFDataMgr.write(out, copy, chosen.dataset);
                } else {
                    Model ontology = ModelFactory.createDefaultModel().add(ds.getNamedModel(ExoKg.ONTOLOGY_GRAPH));
                    StoreExport.ontology(ontology, chosen.ontology, out);
                }
            });
        }
    }
}
