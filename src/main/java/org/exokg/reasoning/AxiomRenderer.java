package org.exokg.reasoning;

import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.util.SimpleShortFormProvider;

/** Axioms in Manchester syntax with local names, as curators read them (e.g. "Exosome SubClassOf hasProperty some X"). */
final class AxiomRenderer {
    private final ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();

    AxiomRenderer() {
        renderer.setShortFormProvider(new SimpleShortFormProvider());
    }

    String render(OWLObject object) {
        return renderer.render(object).replaceAll("\\s+", " ").strip();
    }
}
