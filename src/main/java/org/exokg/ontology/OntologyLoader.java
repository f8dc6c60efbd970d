package org.exokg.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
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
        if (org.exokg.OntologyFiles.parts(file).size() > 1) {
            // the domain ontology and its claims module, read together as one ontology
            return fromModel(org.exokg.OntologyFiles.load(file));
        }
        OWLOntologyManager manager = manager();
        try {
            return manager.loadOntologyFromOntologyDocument(file.toFile());
        } catch (OWLOntologyCreationException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
            throw new OntologyException(file + ": cannot be parsed as OWL: " + first, e);
        }
    }

    /**
     * Reads an ontology held as a Jena model (e.g. the store's ontology graph) into a fresh manager, imports
     * not followed. RDF/XML is the hand-over format, named explicitly: the OWL API's Turtle parser does not
     * read the SPARQL-style PREFIX lines Jena writes.
     */
    public static OWLOntology fromModel(Model model) throws OntologyException {
        ByteArrayOutputStream rdfXml = new ByteArrayOutputStream();
        RDFDataMgr.write(rdfXml, model, RDFFormat.RDFXML_PLAIN);
        OWLOntologyManager manager = manager();
        try {
            return manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(
                    new ByteArrayInputStream(rdfXml.toByteArray()), IRI.create("urn:x-exokg:model"),
                    new RDFXMLDocumentFormat(), "application/rdf+xml"));
        } catch (OWLOntologyCreationException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
            throw new OntologyException("the ontology graph cannot be read as OWL: " + first, e);
        }
    }

    /**
     * A manager that never fetches an import: a missing one is skipped, and ExoKG's own ontology, which the
     * claims module imports, is never looked up on the web since its file is read alongside.
     */
    private static OWLOntologyManager manager() {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.getOntologyConfigurator().setMissingImportHandlingStrategy(
                org.semanticweb.owlapi.model.MissingImportHandlingStrategy.SILENT);
        manager.getOntologyConfigurator().addIgnoredImport(IRI.create(org.exokg.ExoKg.ONTOLOGY_IRI));
        return manager;
    }
}
