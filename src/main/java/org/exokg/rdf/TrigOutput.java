package org.exokg.rdf;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes document graphs as one TriG document, each in its named graph, with the usual prefixes. */
public final class TrigOutput {

    private TrigOutput() {}

    public static Dataset dataset(List<DocumentGraph> graphs) {
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(ClaimGraphWriter.newModelWithPrefixes().getNsPrefixMap());
        for (DocumentGraph g : graphs) {
            ds.addNamedModel(g.graphIri(), g.model());
        }
        return ds;
    }

    public static void write(List<DocumentGraph> graphs, OutputStream out) {
        RDFDataMgr.write(out, dataset(graphs), RDFFormat.TRIG_BLOCKS);
    }

    /**
     * A TriG writer that takes one document graph at a time and writes it out at once (memory does not grow
     * with the number of documents). Prefixes are written first; {@link #close} ends the output.
     */
    public static Writer streaming(OutputStream out) {
        return new Writer(out);
    }

    /** See {@link #streaming}. */
    public static final class Writer implements AutoCloseable {
        private final org.apache.jena.riot.system.StreamRDF stream;

        private Writer(OutputStream out) {
            stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            stream.start();
            ClaimGraphWriter.newModelWithPrefixes().getNsPrefixMap().forEach(stream::prefix);
        }

        public void write(DocumentGraph graph) {
            org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(graph.graphIri());
            // grouped by subject (in the order subjects first appear), as a block writer reads best; one pass over
            // the triples, so a graph without indexes is not searched once per subject
            java.util.Map<org.apache.jena.graph.Node, java.util.List<org.apache.jena.graph.Triple>> bySubject = new java.util.LinkedHashMap<>();
            graph.model().getGraph().find().forEach(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new java.util.ArrayList<>()).add(t));
            bySubject.values().forEach(triples -> triples.forEach(t -> stream.quad(org.apache.jena.sparql.core.Quad.create(g, t))));
        }

        @Override
        public void close() {
            stream.finish();
        }
    }
}
