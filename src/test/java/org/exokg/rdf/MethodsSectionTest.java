package org.exokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.claim.Claim;
import org.exokg.document.Section;
import org.junit.jupiter.api.Test;

/** Claims read from a Methods section report what a study did: marked, and stated as no plain fact. */
class MethodsSectionTest {

    @Test
    void methodsHeadingsAreRecognised() {
        for (String h : List.of("Methods", "Materials and methods", "2. Materials and Methods", "METHODS", "Experimental procedures",
                "Patients and methods", "Methodology", "Study design", "Material & Methods:")) {
            assertTrue(Section.isMethods(h), h);
        }
        for (String h : List.of("Results", "Introduction", "Loading methods for exosomes", "Discussion", "Conclusions")) {
            assertFalse(Section.isMethods(h), h);
        }
        assertFalse(Section.isMethods(null));
    }

    @Test
    void claimsOfTheMethodsSectionAreMarkedAndStateNoFact() throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromLexicon(TestSupport.projectLexicon());
        DocumentExtraction x = builder.extract(TestSupport.resource("documents/sections/methods-and-results.txt")).get(0);
        Model m = x.graph().model();
        Property methods = m.createProperty(ExoKg.NS + "methodsStatement");
        int marked = 0;
        int findings = 0;
        for (Claim c : x.claims()) {
            Resource r = m.createResource(ClaimGraphWriter.claimIri(x.document().id(), c));
            Statement flag = r.getProperty(methods);
            boolean fact = m.contains(m.createResource(c.subjectIri()), m.createProperty(c.relation().iri()),
                    m.createResource(c.objectIri()));
            if ("Materials and methods".equals(c.sentence().section())) {
                assertTrue(flag != null && flag.getBoolean(), "marked: " + c);
                marked++;
            } else {
                assertEquals(null, flag, "a finding is not marked: " + c);
                assertTrue(fact || c.negated(), "a finding states its fact: " + c);
                findings++;
            }
        }
        assertTrue(marked >= 2, "the Methods sentences give claims (cargo, loading), all marked");
        assertTrue(findings >= 1, "the Results sentence gives findings");
        // the Methods claim on CD81 or siRNA loading states no plain fact unless a finding states it too
        Resource exosome = m.createResource(ExoKg.NS + "Exosome");
        assertFalse(m.contains(exosome, m.createProperty(ExoKg.NS + "loadedBy"), m.createResource(ExoKg.NS + "Electroporation")),
                "'loaded ... by electroporation' in Methods is no plain fact");
        assertTrue(m.listSubjectsWithProperty(RDF.type, m.createResource(ExoKg.NS + "Claim")).toList().size() >= marked + findings);
    }
}
