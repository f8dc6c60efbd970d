package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch absentharms), conventions cc and bbb: an absent harm named by a MEASURE (liver enzymes, creatinine,
 * body weight, blood counts, organ histology ...) that stayed normal or was not moved the harmful way after the vesicles
 * is an affirmed LowToxicity (claim-rules.yaml entries "absentharms-", switch -Dexokg.noAbsentHarmMeasures). Each measure
 * family carries the direction that would mean harm, so a move the better way states no safety. Invented sentences, none
 * from a gold set, each with a near neighbour that must not give the property.
 */
class AbsentHarmMeasuresTest {

    @TempDir
    Path dir;

    private static final String OPENING = "Exosomes of umbilical cord mesenchymal stem cells were injected into mice. ";
    private static final String CLAIM = "Exosome hasProperty LowToxicity";

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, OPENING + text + "\n", ".txt");
        return e.claims().stream().filter(c -> !c.sentence().text().startsWith("Exosomes of umbilical"))
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri())).toList();
    }

    @Test
    void measuresThatStayedNormal() throws Exception {
        List<String> c = claims("Bilirubin, platelet counts and body weight of the treated mice remained within normal limits.");
        assertTrue(c.contains(CLAIM), c.toString());
        List<String> c2 = claims("Neither body weight nor spleen histology changed.");
        assertTrue(c2.contains(CLAIM), c2.toString());
        // the measures only measured: Methods, no safety stated
        List<String> near = claims("We measured bilirubin, platelet counts and body weight every week.");
        assertFalse(near.contains(CLAIM), near.toString());
    }

    @Test
    void riseMeasureNotRaised() throws Exception {
        List<String> c = claims("The vesicles did not raise blood urea nitrogen.");
        assertTrue(c.contains(CLAIM), c.toString());
        // a rise measure not lowered is no safety: the better way for it is down
        List<String> near = claims("The vesicles did not lower blood urea nitrogen.");
        assertFalse(near.contains(CLAIM), near.toString());
    }

    @Test
    void fallMeasureNotLowered() throws Exception {
        List<String> c = claims("None of the doses reduced red blood cell counts.");
        assertTrue(c.contains(CLAIM), c.toString());
        // a fall measure raised says nothing of harm
        List<String> near = claims("The vesicles did not raise red blood cell counts.");
        assertFalse(near.contains(CLAIM), near.toString());
    }

    @Test
    void measureWithoutVesicleWord() throws Exception {
        List<String> c = claims("Their platelet counts stayed normal.");
        assertTrue(c.contains(CLAIM), c.toString());
        // a measure that fell is a harm, not its absence
        List<String> near = claims("Their platelet counts fell.");
        assertFalse(near.contains(CLAIM), near.toString());
    }

    @Test
    void noRiseInAMeasure() throws Exception {
        List<String> c = claims("There was no significant increase in serum bilirubin after dosing.");
        assertTrue(c.contains(CLAIM), c.toString());
        List<String> near = claims("There was a significant increase in serum bilirubin after dosing.");
        assertFalse(near.contains(CLAIM), near.toString());
    }
}
