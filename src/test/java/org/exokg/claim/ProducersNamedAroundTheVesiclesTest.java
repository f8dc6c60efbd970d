package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-sixth session, branch relationframes): the producers of the vesicles named in a relative clause after
 * them or after the noun that defines them ("exosomes are tiny bubbles that cells release", claim rule
 * relationframes-vesicle-the-cells-release), and the source as the subject of a release whose object names the vesicles
 * after a plain noun ("red blood cells shed tiny sacs called extracellular vesicles",
 * frames-source-releases-things-called-vesicles, folded from relationframes' and propertyframes' rules by branch
 * rulecost). Invented sentences, both ways, read as one-sentence documents.
 */
class ProducersNamedAroundTheVesiclesTest {

    private static Optional<Claim> find(String sentence, String relation, String object) {
        return documentClaims(sentence).stream()
                .filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static void gives(String sentence, String subject, String object) {
        Claim c = find(sentence, "derivedFrom", object).orElseThrow(() -> new AssertionError(
                "no derivedFrom " + object + " in " + triples(documentClaims(sentence))));
        assertTrue(local(c.subjectIri()).equals(subject) && !c.negated(), String.valueOf(triples(documentClaims(sentence))));
    }

    private static void givesNo(String sentence, String object) {
        assertTrue(find(sentence, "derivedFrom", object).isEmpty(), String.valueOf(triples(documentClaims(sentence))));
    }

    @Test
    // (branch rulecost) the reading is on by default again (-Dexokg.noReleaseFrames leaves it out)
    @org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "exokg.noReleaseFrames", matches = "true")
    void theCellsThatReleaseTheVesiclesAreTheirSource() {
        gives("Exosomes are minute sacs that our cells release to talk to one another.", "Exosome", "Cell");
        gives("Extracellular vesicles are membrane-bound particles that tumour cells shed into the circulation.",
                "ExtracellularVesicle", "TumorCell");
        gives("The cream contains exosomes, which dendritic cells secrete in large numbers.", "Exosome", "DendriticCell");
    }

    @Test
    void aRelativeClauseOfAnotherNounOrAnotherVerbNamesNoSource() {
        // the relative clause belongs to the proteins, not to the vesicles
        givesNo("Extracellular vesicles carry cytokines that macrophages release.", "Macrophage");
        // the cells take the vesicles up: no producer
        givesNo("Exosomes are particles that dendritic cells take up.", "DendriticCell");
        // the verb of release has an object of its own, in another clause
        givesNo("Exosomes are vesicles that neurons take up, and macrophages release cytokines.", "Macrophage");
    }

    @Test
    void cellsReleasingThingsCalledVesiclesAreTheirSource() {
        gives("Platelets shed tiny fragments called microvesicles.", "Microvesicle", "Platelet");
        gives("All cells of the lung release small bubbles, known as exosomes, into the airway fluid.", "Exosome", "Cell");
    }

    @Test
    void cellsTakingUpThingsCalledVesiclesAreNoSource() {
        givesNo("Macrophages take up tiny particles called exosomes.", "Macrophage");
        givesNo("Neurons engulf small sacs, known as extracellular vesicles, from their neighbours.", "Neuron");
    }
}
