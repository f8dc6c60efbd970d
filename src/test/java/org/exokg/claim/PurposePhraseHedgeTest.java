package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch clausescope): a purpose named for the vesicles ("intended for adults with X", "designed to treat X",
 * "aimed at treating X", "developed for the treatment of X") is a plan, not a finding: a hedged treats (convention
 * qq). The intended patients name the disease the product is for (rule vesicle-intended-for-patients-with). Invented
 * sentences, both ways.
 */
class PurposePhraseHedgeTest {

    private static Optional<Claim> find(String sentence, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claims.stream().filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object))
                .findFirst();
    }

    private static Claim claim(String sentence, String relation, String object) {
        return find(sentence, relation, object).orElseThrow(() -> new AssertionError(
                "no " + relation + " " + object + " in " + triples(projectClaims(sentence))));
    }

    @Test
    void theIntendedPatientsNameAHedgedTreatment() {
        Claim c = claim("The product is an exosome preparation from placental stem cells intended for adults with severe psoriasis.",
                "treats", "Psoriasis");
        assertTrue(c.hedged() && !c.negated(), c.toString());
        assertTrue(claim("Milk exosomes were developed for children with ulcerative colitis.", "treats", "UlcerativeColitis").hedged());
    }

    @Test
    void patientsWithADiseaseAreNoIntendedUseWithoutAPurposeWord() {
        // the vesicles' source patients, not their intended users
        String source = "Plasma exosomes from adults with psoriasis carried microRNA-21.";
        assertTrue(find(source, "treats", "Psoriasis").isEmpty(), triples(projectClaims(source)).toString());
    }

    @Test
    void aPurposeHedgesWhatTheVesiclesAreFor() {
        assertTrue(claim("Milk exosomes designed to treat colitis were given to mice.", "treats", "InflammatoryDisease").hedged());
        assertTrue(claim("Exosomes from neural stem cells aimed at treating Alzheimer's disease entered a first trial.",
                "treats", "AlzheimerDisease").hedged());
        assertTrue(claim("Neutrophil vesicles meant to treat sepsis were stored at -80 °C.", "treats", "InfectiousDisease").hedged());
    }

    @Test
    void aFindingAndATargetAreNoPurpose() {
        assertFalse(claim("Milk exosomes reduced colitis in mice.", "treats", "InflammatoryDisease").hedged());
        // "aimed at" a place (targeting) and "developed" of the animals are no purpose
        assertFalse(claim("Exosomes from neural stem cells reduced Alzheimer's disease in mice that developed plaques.",
                "treats", "AlzheimerDisease").hedged());
        assertFalse(claim("Exosomes from mesenchymal stem cells aimed at the liver reduced liver fibrosis.",
                "treats", "LiverFibrosis").hedged());
    }
}
