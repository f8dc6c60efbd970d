package org.exokg.store;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.exokg.ExoKg;
import org.exokg.rdf.Prefixes;
import org.semanticweb.owlapi.formats.OWLXMLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyStorageException;

/**
 * Writes the store for other tools ({@code exokg export}): the whole dataset with its named graphs
 * (TriG, N-Quads, JSON-LD), or only the ontology graph (Turtle, JSON-LD, OWL/XML via the OWL API).
 */
public final class StoreExport {
    private StoreExport() {}

    public enum Format {
        TRIG(RDFFormat.TRIG_PRETTY, true),
        NQUADS(RDFFormat.NQUADS, true),
        JSONLD(RDFFormat.JSONLD11_PRETTY, true),
        TTL(RDFFormat.TURTLE_PRETTY, false),
        OWL(null, false);

        final RDFFormat rdf;
        final boolean holdsGraphs;

        Format(RDFFormat rdf, boolean holdsGraphs) {
            this.rdf = rdf;
            this.holdsGraphs = holdsGraphs;
        }

        /** Whether this format can carry named graphs (whole-store exports need it). */
        public boolean holdsGraphs() {
            return holdsGraphs;
        }

        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + name + "' (trig, nquads, jsonld, ttl, owl)");
            }
        }
    }

    /** Every named graph of the store, in TriG, N-Quads or JSON-LD (one read transaction). */
    public static void dataset(GraphStore store, Format format, OutputStream out) {
        if (!format.holdsGraphs()) {
            throw new IllegalArgumentException(format.name().toLowerCase(Locale.ROOT)
                    + " cannot hold named graphs: use it with --ontology-only, or export as trig, nquads or jsonld");
        }
        Dataset ds = store.dataset();
        Txn.executeRead(ds, () -> {
            Dataset copy = DatasetFactory.create();
            ds.listNames().forEachRemaining(name -> copy.addNamedModel(name, ds.getNamedModel(name)));
            Prefixes.addTo(copy.getPrefixMapping());
            RDFDataMgr.write(out, copy, format.rdf);
        });
    }

    /** The ontology graph of the store. */
    public static Model ontologyGraph(GraphStore store) {
        return store.graph(ExoKg.ONTOLOGY_GRAPH);
    }

    /** An ontology as Turtle, JSON-LD, OWL/XML, TriG or N-Quads (the last two in the ontology's named graph). */
    public static void ontology(Model ontology, Format format, OutputStream out) {
        Prefixes.addTo(ontology);
        switch (format) {
            case OWL -> owlXml(ontology, out);
            case TTL, JSONLD -> RDFDataMgr.write(out, ontology, format == Format.TTL ? RDFFormat.TURTLE_PRETTY
                    : RDFFormat.JSONLD11_PRETTY);
            default -> {
                Dataset ds = DatasetFactory.create();
                ds.addNamedModel(ExoKg.ONTOLOGY_GRAPH, ontology);
                Prefixes.addTo(ds.getPrefixMapping());
                RDFDataMgr.write(out, ds, format.rdf);
            }
        }
    }

    /** Re-reads the RDF with the OWL API (no imports followed) and saves it as OWL/XML. */
    private static void owlXml(Model ontology, OutputStream out) {
        try {
            OWLOntology owl = org.exokg.ontology.OntologyLoader.fromModel(ontology);
            owl.getOWLOntologyManager().saveOntology(owl, new OWLXMLDocumentFormat(), out);
        } catch (org.exokg.ontology.OntologyException | OWLOntologyStorageException e) {
            throw new IllegalStateException("Cannot convert the ontology to OWL/XML: " + e.getMessage(), e);
        }
    }
}
