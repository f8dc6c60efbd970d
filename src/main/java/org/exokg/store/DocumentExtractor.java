package org.exokg.store;

import java.nio.file.Path;
import java.util.List;
import org.exokg.document.DocumentException;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.DocumentGraphBuilder;

/** Turns one corpus file into its document graphs (a PubMed file may hold several documents). */
@FunctionalInterface
public interface DocumentExtractor {

    List<DocumentGraph> extract(Path file) throws DocumentException;

    /** The project's extraction pipeline ({@link DocumentGraphBuilder}), with its lexicon from the ontology. */
    static DocumentExtractor fromOntology(Path ontologyFile) {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(ontologyFile);
        return builder::build;
    }
}
