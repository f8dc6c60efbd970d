package org.exokg.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/** Loads the ExoKG ontology (or any OWL file) with the OWL API. */
public final class OntologyLoader {

    private OntologyLoader() {}

    /**
     * Loads {@code file} into a fresh manager. Imports are not followed: ExoKG keeps external
     * terms in its own import modules, so loading never touches the network.
     */
    public static OWLOntology load(Path file) throws OntologyException {
        if (!Files.isRegularFile(file)) {
            throw new OntologyException(file + ": no such file");
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.getOntologyConfigurator().setMissingImportHandlingStrategy(
                org.semanticweb.owlapi.model.MissingImportHandlingStrategy.SILENT);
        try {
            return manager.loadOntologyFromOntologyDocument(file.toFile());
        } catch (OWLOntologyCreationException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
            throw new OntologyException(file + ": cannot be parsed as OWL: " + first, e);
        }
    }
}
