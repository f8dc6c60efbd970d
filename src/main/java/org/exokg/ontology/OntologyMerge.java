package org.exokg.ontology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.exokg.OntologyFiles;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * The ontology as an integrator would merge it with the ontologies it maps to: ExoKG (domain ontology and
 * claim module), every import module (external terms with the parents their source ontologies give them),
 * and every positive {@code skos:exactMatch} of the SSSOM file read as an OWL equivalence. If ExoKG's
 * axioms disagree with a source ontology's hierarchy, HermiT finds unsatisfiable classes here.
 */
public final class OntologyMerge {

    private static final String SKOS_EXACT_MATCH = "skos:exactMatch";

    private final Path ontologyFile;
    private final Path importsDir;
    private final Path sssomFile;

    public OntologyMerge(Path ontologyFile, Path importsDir, Path sssomFile) {
        this.ontologyFile = ontologyFile;
        this.importsDir = importsDir;
        this.sssomFile = sssomFile;
    }

    /** The merge of the project in {@code projectDir} (its ontology, import modules and SSSOM file). */
    public static OntologyMerge ofProject(Path projectDir) {
        return new OntologyMerge(projectDir.resolve(org.exokg.ExoKg.ONTOLOGY_FILE),
                projectDir.resolve(ImportModuleWriter.IMPORTS_DIR), projectDir.resolve(ImportModuleWriter.SSSOM_FILE));
    }

    /** ExoKG and its import modules, without the mappings (what ROBOT's {@code merge} of the files gives). */
    public Model withImports() throws IOException {
        Model m = OntologyFiles.load(ontologyFile);
        for (Path module : importModules()) {
            RDFDataMgr.read(m, module.toString());
        }
        return m;
    }

    /** {@link #withImports()} plus an equivalence for every positive exact match of the SSSOM file. */
    public Model withEquivalences() throws IOException {
        Model m = withImports();
        MappingSet mappings = MappingSet.read(sssomFile);
        for (MappingSet.Mapping mapping : mappings.mappings()) {
            if (mapping.negated() || !mapping.predicateId().equals(SKOS_EXACT_MATCH)) {
                continue;
            }
            Resource s = m.createResource(mappings.expand(mapping.subjectId()));
            Resource o = m.createResource(mappings.expand(mapping.objectId()));
            if (m.contains(s, RDF.type, OWL2.ObjectProperty)) {
                m.add(o, RDF.type, OWL2.ObjectProperty).add(s, OWL2.equivalentProperty, o);
            } else {
                m.add(o, RDF.type, OWL2.Class).add(s, OWL2.equivalentClass, o);
            }
        }
        return m;
    }

    /** {@link #withEquivalences()} as an OWL API ontology, ready for HermiT. */
    public OWLOntology toOwl() throws IOException, OntologyException {
        return OntologyLoader.fromModel(withEquivalences());
    }

    /** The import modules (Turtle files of the imports folder), mapping triples excluded. */
    public List<Path> importModules() throws IOException {
        if (!Files.isDirectory(importsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(importsDir)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith("_import.ttl")).sorted().toList());
        }
    }
}
