package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch paraphrases: variation said with the producing units as the subject and the attribute after "in"
 * (claim-rules.yaml, event predicate paraphrases-units-differ-in-attribute). Invented sentences, none from a gold set,
 * through the real pipeline; each reading next to a neighbour that must read nothing.
 */
class ParaphrasedVariationTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static List<Claim> claimsOf(DocumentExtraction e, String words) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words)).toList();
    }

    private static List<String> shown(List<Claim> claims) {
        return claims.stream().map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())).toList();
    }

    @Test
    void unitsThatDifferInAnAttributeAreBatchVariability() throws Exception {
        DocumentExtraction e = extract("We isolated exosomes from amniotic fluid stem cells for a rat model of colitis. "
                + "Lots grown from different donors differed in their lipid content.\n\n"
                + "We isolated exosomes from amniotic fluid stem cells for a rat model of colitis. "
                + "Batches from three donors differed in potency.\n");
        assertTrue(shown(claimsOf(e, "lipid content")).stream().anyMatch(c -> c.endsWith("hasChallenge BatchVariability")
                && !c.contains(" NOT ")), shown(claimsOf(e, "lipid content")).toString());
        assertTrue(shown(claimsOf(e, "three donors")).stream().anyMatch(c -> c.endsWith("hasChallenge BatchVariability")),
                shown(claimsOf(e, "three donors")).toString());
    }

    @Test
    void aModalBeforeTheVerbHedgesTheVariation() throws Exception {
        DocumentExtraction e = extract("We isolated exosomes from amniotic fluid stem cells for a rat model of colitis. "
                + "The exosomes from different donors may differ in potency.\n");
        Claim c = claimsOf(e, "may differ").stream().filter(x -> local(x.objectIri()).equals("BatchVariability"))
                .findFirst().orElse(null);
        assertNotNull(c, shown(claimsOf(e, "may differ")).toString());
        assertEquals("Exosome", local(c.subjectIri()));
        assertNotNull(c.hedgeCue(), "the modal hedges the variation");
        assertFalse(c.negated());
    }

    @Test
    void vesiclesOfTwoKindsThatDifferNameNoUnitAndReadNoChallenge() throws Exception {
        DocumentExtraction e = extract("We isolated exosomes from amniotic fluid stem cells for a rat model of colitis. "
                + "Exosomes from tumour cells and from fibroblasts differ in their cargo.\n");
        assertFalse(shown(claimsOf(e, "differ in their cargo")).stream().anyMatch(c -> c.endsWith("BatchVariability")),
                shown(claimsOf(e, "differ in their cargo")).toString());
    }
    @Test
    void aVariationWithItsAmountBetweenUnitsIsBatchVariabilityAndAChangeOverTimeIsNot() throws Exception {
        DocumentExtraction e = extract("We isolated exosomes from amniotic fluid stem cells for a rat model of colitis. "
                + "The vesicle number per vial differed by a factor of three between the last two production runs.\n\n"
                + "We isolated exosomes from amniotic fluid stem cells for a rat model of colitis. "
                + "The vesicle number per vial rose by 20 % between the first and the third day.\n");
        assertTrue(shown(claimsOf(e, "factor of three")).stream().anyMatch(c -> c.endsWith("hasChallenge BatchVariability")),
                shown(claimsOf(e, "factor of three")).toString());
        assertFalse(shown(claimsOf(e, "rose by 20")).stream().anyMatch(c -> c.contains("hasChallenge")),
                shown(claimsOf(e, "rose by 20")).toString());
    }
}
