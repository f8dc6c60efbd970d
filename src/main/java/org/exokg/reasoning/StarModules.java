package org.exokg.reasoning;

import com.clarkparsia.owlapi.modularity.locality.LocalityClass;
import com.clarkparsia.owlapi.modularity.locality.SyntacticLocalityEvaluator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDeclarationAxiom;
import org.semanticweb.owlapi.model.OWLDifferentIndividualsAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLSameIndividualAxiom;

/**
 * The syntactic-locality STAR module of a fixed set of axioms plus a few more, as OWL API's
 * {@code SyntacticLocalityModuleExtractor} with {@code ModuleType.STAR} computes it, without what that class does
 * first: it builds an OWL ontology of every axiom it is given (the ontology and each conflict's claim axioms, once
 * per conflict: 43 % of the ontology-axiom time at 10,000 statements, issue 16). The steps are OWL API's, on the same
 * locality evaluator: ⊥- and ⊤-locality alternately over the previous step's module, each from the seed signature,
 * until a step after the first keeps the size; then the declarations, annotation assertions and same- or
 * different-individual axioms of the final signature are added. The module is a set: the axioms that are not
 * local for the signature they reach, which does not depend on the order in which they are visited (locality with
 * respect to a signature holds for every smaller one), so the result is the extractor's. {@code StarModulesTest}
 * compares the two on the ExoKG ontology.
 */
final class StarModules {

    private final List<OWLAxiom> background;
    private final Set<OWLAxiom> backgroundSet;
    private final SyntacticLocalityEvaluator bottom = new SyntacticLocalityEvaluator(LocalityClass.BOTTOM_BOTTOM);
    private final SyntacticLocalityEvaluator top = new SyntacticLocalityEvaluator(LocalityClass.TOP_TOP);

    /** @param background the axioms every module is taken from (with the few given per module) */
    StarModules(Collection<OWLAxiom> background) {
        this.backgroundSet = new LinkedHashSet<>(background);
        this.background = List.copyOf(backgroundSet);
    }

    /** The STAR module of the background axioms and {@code extra} for {@code seed}. */
    Set<OWLAxiom> module(Collection<OWLAxiom> extra, Set<? extends OWLEntity> seed) {
        List<OWLAxiom> axioms = new ArrayList<>(background.size() + extra.size());
        axioms.addAll(background);
        Set<OWLAxiom> added = new HashSet<>();
        for (OWLAxiom a : extra) {
            if (!backgroundSet.contains(a) && added.add(a)) {
                axioms.add(a);
            }
        }
        int n = axioms.size();
        boolean[] sub = new boolean[n];
        java.util.Arrays.fill(sub, true);
        int size = n;
        boolean first = true;
        boolean bottomStep = true;
        Set<OWLEntity> signature;
        while (true) {
            signature = new HashSet<>(seed);
            sub = nonLocal(axioms, sub, signature, bottomStep ? bottom : top);
            int now = count(sub);
            boolean done = now == size && !first;
            size = now;
            first = false;
            bottomStep = !bottomStep;
            if (done) {
                break;
            }
        }
        Set<OWLAxiom> module = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (sub[i]) {
                module.add(axioms.get(i));
            }
        }
        enrich(module, axioms, signature);
        return module;
    }

    /** The axioms of {@code sub} that are not local for the signature they reach from {@code signature} (which grows). */
    private static boolean[] nonLocal(List<OWLAxiom> axioms, boolean[] sub, Set<OWLEntity> signature,
                                      SyntacticLocalityEvaluator locality) {
        boolean[] module = new boolean[sub.length];
        boolean[] left = sub.clone();
        boolean change = true;
        while (change) {
            change = false;
            for (int i = 0; i < left.length; i++) {
                if (left[i] && !locality.isLocal(axioms.get(i), signature)) {
                    module[i] = true;
                    left[i] = false;
                    int before = signature.size();
                    axioms.get(i).signature().forEach(signature::add);
                    if (signature.size() > before) {
                        change = true;
                    }
                }
            }
        }
        return module;
    }

    private static int count(boolean[] set) {
        int c = 0;
        for (boolean b : set) {
            if (b) {
                c++;
            }
        }
        return c;
    }

    /** What OWL API adds to a module: declarations, annotation assertions and individual (in)equalities of its signature. */
    private static void enrich(Set<OWLAxiom> module, List<OWLAxiom> axioms, Set<OWLEntity> signature) {
        Set<IRI> iris = new HashSet<>();
        signature.forEach(e -> iris.add(e.getIRI()));
        for (OWLAxiom a : axioms) {
            if (a instanceof OWLDeclarationAxiom d) {
                if (signature.contains(d.getEntity())) {
                    module.add(a);
                }
            } else if (a instanceof OWLAnnotationAssertionAxiom an) {
                if (an.getSubject().asIRI().filter(iris::contains).isPresent()) {
                    module.add(a);
                }
            } else if (a instanceof OWLSameIndividualAxiom || a instanceof OWLDifferentIndividualsAxiom) {
                if (a.individualsInSignature().anyMatch(signature::contains)) {
                    module.add(a);
                }
            }
        }
    }
}
