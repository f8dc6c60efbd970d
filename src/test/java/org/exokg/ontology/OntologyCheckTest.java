package org.exokg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.exokg.ExoKg;
import org.junit.jupiter.api.Test;

class OntologyCheckTest {

    private static final String NS = ExoKg.NS;

    private static OntologyReport check(String fixture) throws OntologyException {
        return new OntologyCheck().check(OntologyLoader.load(Path.of("src/test/resources/ontology", fixture)));
    }

    private static Set<String> rulesFor(OntologyReport report, String iri) {
        return report.findings().stream().filter(f -> f.subject().equals(iri))
                .map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void cleanFixturePasses() throws Exception {
        OntologyReport report = check("minimal-clean.ttl");
        assertTrue(report.isClean(), () -> report.findings().toString());
        assertEquals(2, report.classes());
    }

    @Test
    void brokenFixtureIsReportedPrecisely() throws Exception {
        OntologyReport report = check("broken-quality.ttl");
        assertFalse(report.isClean());
        assertTrue(report.consistent());
        assertEquals(List.of(NS + "Lipoprotein"), report.unsatisfiableClasses());
        assertEquals(Set.of("missing_label"), rulesFor(report, NS + "Unlabelled"));
        assertEquals(Set.of("missing_definition"), rulesFor(report, NS + "Undefined"));
        assertEquals(Set.of("duplicate_label"), rulesFor(report, NS + "MilkA"));
        assertEquals(Set.of("duplicate_label", "invalid_xref"), rulesFor(report, NS + "MilkB"));
        assertEquals(Set.of("unsatisfiable_class"), rulesFor(report, NS + "Lipoprotein"));
        assertTrue(rulesFor(report, ExoKg.ONTOLOGY_IRI).contains("missing_ontology_license"));
        // Well-formed entities are not reported.
        assertEquals(Set.of(), rulesFor(report, NS + "Protein"));
    }

    @Test
    void exosomeConfusionIsInconsistent() throws Exception {
        OntologyReport report = check("inconsistent-exosome-confusion.ttl");
        assertFalse(report.consistent());
        assertTrue(rulesFor(report, ExoKg.ONTOLOGY_IRI).contains("inconsistent_ontology"));
    }

    @Test
    void realOntologyRejectsTheExosomeConfusion() throws Exception {
        // Typing one thing as both the extracellular exosome and the RNA exosome complex must be
        // inconsistent in the real ontology, not only in a fixture.
        var ontology = OntologyLoader.load(Path.of(ExoKg.ONTOLOGY_FILE));
        assertTrue(new OntologyCheck().check(ontology).isClean());
        var df = ontology.getOWLOntologyManager().getOWLDataFactory();
        var confused = df.getOWLNamedIndividual(NS + "confused");
        ontology.addAxiom(df.getOWLClassAssertionAxiom(df.getOWLClass(NS + "Exosome"), confused));
        ontology.addAxiom(df.getOWLClassAssertionAxiom(df.getOWLClass(NS + "RnaExosomeComplex"), confused));
        assertFalse(new OntologyCheck().check(ontology).consistent());
    }

    @Test
    void unparsableFileIsOneLineError() {
        OntologyException e = assertThrows(OntologyException.class,
                () -> OntologyLoader.load(Path.of("src/test/resources/ontology/does-not-exist.ttl")));
        assertTrue(e.getMessage().contains("does-not-exist.ttl"));
        assertFalse(e.getMessage().contains("\n"));
    }
}
