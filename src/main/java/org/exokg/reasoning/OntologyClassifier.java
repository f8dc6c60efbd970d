package org.exokg.reasoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ontology.OntologyCheck;
import org.exokg.ontology.OntologyReport;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.api.ExplanationGeneratorInterruptedException;
import org.semanticweb.owl.explanation.impl.blackbox.checker.InconsistentOntologyExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.api.ExplanationProgressMonitor;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * HermiT over the ontology: the consistency verdict and unsatisfiable classes come from {@link OntologyCheck}
 * (the same check as {@code exokg validate}, on this class's reasoner); this class adds the classification written to the inferred
 * graph (direct named superclasses, equivalent classes, direct types of named individuals) and, for an
 * inconsistent ontology, one minimal set of axioms that explains why.
 */
public final class OntologyClassifier implements AutoCloseable {

    private final OWLOntology ontology;
    private final OntologyReport check;
    private final OWLReasoner reasoner;

    public OntologyClassifier(OWLOntology ontology) {
        this.ontology = ontology;
        this.reasoner = new ReasonerFactory().createReasoner(ontology);
        this.check = new OntologyCheck().check(ontology, reasoner); // classifies the reasoner: HermiT runs once
    }

    public OntologyReport check() {
        return check;
    }

    public boolean consistent() {
        return check.consistent();
    }

    /** The reasoner over the ontology alone (classified when the ontology is consistent). */
    public OWLReasoner reasoner() {
        return reasoner;
    }

    public String reasonerName() {
        return reasoner.getReasonerName();
    }

    public String reasonerVersion() {
        var v = reasoner.getReasonerVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getPatch() + "." + v.getBuild();
    }

    /**
     * The classification as triples: every named class's direct named superclasses (owl:Thing left out),
     * its equivalent named classes, {@code C owl:equivalentClass owl:Nothing} for unsatisfiable classes, and
     * the direct types of named individuals. Deterministic: the same ontology gives the same triples.
     */
    public Model classification() {
        Model m = ModelFactory.createDefaultModel();
        if (!consistent()) {
            return m;
        }
        for (OWLClass c : ontology.getClassesInSignature(Imports.INCLUDED)) {
            if (c.isBuiltIn()) {
                continue;
            }
            Resource cr = m.createResource(c.getIRI().toString());
            if (!reasoner.isSatisfiable(c)) {
                m.add(cr, OWL2.equivalentClass, OWL2.Nothing);
                continue;
            }
            reasoner.getSuperClasses(c, true).entities().filter(d -> !d.isOWLThing())
                    .forEach(d -> m.add(cr, RDFS.subClassOf, m.createResource(d.getIRI().toString())));
            reasoner.getEquivalentClasses(c).entities().filter(e -> !e.equals(c) && !e.isBuiltIn())
                    .forEach(e -> m.add(cr, OWL2.equivalentClass, m.createResource(e.getIRI().toString())));
        }
        for (OWLNamedIndividual i : ontology.getIndividualsInSignature(Imports.INCLUDED)) {
            Resource ir = m.createResource(i.getIRI().toString());
            reasoner.getTypes(i, true).entities().filter(t -> !t.isOWLThing())
                    .forEach(t -> m.add(ir, RDF.type, m.createResource(t.getIRI().toString())));
        }
        return m;
    }

    /** For an inconsistent ontology: one minimal set of axioms (rendered) that is inconsistent; empty otherwise. */
    public List<String> inconsistencyExplanation(Duration timeout) {
        if (consistent()) {
            return List.of();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Explanation<OWLAxiom>> found = new ArrayList<>();
        ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
            @Override
            public void foundExplanation(ExplanationGenerator<OWLAxiom> g, Explanation<OWLAxiom> e,
                                         Set<Explanation<OWLAxiom>> all) {
                found.add(e);
            }

            @Override
            public boolean isCancelled() {
                return System.nanoTime() > deadline || !found.isEmpty();
            }
        };
        OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
        try {
            new InconsistentOntologyExplanationGeneratorFactory(new ReasonerFactory(), df,
                    OWLManager::createOWLOntologyManager, timeout.toMillis())
                    .createExplanationGenerator(ontology, monitor)
                    .getExplanations(df.getOWLSubClassOfAxiom(df.getOWLThing(), df.getOWLNothing()), 1)
                    .forEach(e -> { if (!found.contains(e)) found.add(e); });
        } catch (ExplanationGeneratorInterruptedException cancelled) {
            // keep what was found before the timeout
        }
        if (found.isEmpty()) {
            return List.of("(no explanation found within " + timeout.toSeconds() + " s)");
        }
        AxiomRenderer renderer = new AxiomRenderer();
        Set<String> lines = new TreeSet<>(Comparator.naturalOrder());
        found.get(0).getAxioms().forEach(a -> lines.add(renderer.render(a)));
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        reasoner.dispose();
    }
}
