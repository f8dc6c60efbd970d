package org.exokg.rdf;

import java.nio.file.Path;
import java.util.List;
import org.exokg.document.DocumentException;

/**
 * The whole extraction pipeline for one file: read (text, JATS, PubMed) → sentences → mentions →
 * claims → one RDF graph per document (docs/graph-model.md).
 *
 * <p>TODO(documents issue): implementation. The store and server code against this signature.
 */
public final class DocumentGraphBuilder {

    private DocumentGraphBuilder() {}

    /** A builder whose lexicon comes from the ontology file (Turtle). */
    public static DocumentGraphBuilder fromOntology(Path ontologyFile) {
        throw new UnsupportedOperationException("extraction pipeline not implemented yet");
    }

    /** One graph per document in the file (a PubMed file may hold several). */
    public List<DocumentGraph> build(Path file) throws DocumentException {
        throw new UnsupportedOperationException("extraction pipeline not implemented yet");
    }
}
