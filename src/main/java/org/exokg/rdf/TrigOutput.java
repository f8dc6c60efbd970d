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
}
