package org.exokg.store;

import org.apache.jena.system.Txn;
import org.exokg.rdf.ShapeValidation;

/**
 * SHACL validation of a whole store: the shapes run over the union of all named graphs, so a claim, its
 * document, sentence and evidence (one document graph) and the ontology's class hierarchy (ontology graph)
 * are checked together.
 */
public final class StoreValidation {
    private StoreValidation() {}

    public static ShapeValidation.Report validate(GraphStore store, ShapeValidation shapes) {
        return Txn.calculateRead(store.dataset(),
                () -> shapes.validate(store.dataset().getUnionModel().getGraph()));
    }
}
