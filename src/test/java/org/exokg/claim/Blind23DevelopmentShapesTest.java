package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev23 (twenty-first session): sentence shapes of blind 23 (its first session as development data)
 * that also occur in the earlier development sets. Invented texts, each with a near neighbour that must not give the
 * claim.
 */
class Blind23DevelopmentShapesTest {

    @TempDir
    Path dir;

    private List<String> claims(String text, String words) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : "") + (org.exokg.document.Section.isMethods(c.sentence().section()) ? " METHODS" : ""))
                .distinct().toList();
    }

    /**
     * A sentence-case heading ("What we found in the samples") ends the Methods section before it; the same words run on
     * in a hard-wrapped paragraph (the next line goes on in lower case) stay prose, inside the Methods section.
     */
    @Test
    void aSentenceCaseHeadingEndsTheMethodsSection() throws Exception {
        String methods = "Service report\n\nMethods\nVesicles were separated by size-exclusion chromatography.\n\n";
        List<String> got = claims(methods + "What we found in the samples\nUrinary exosomes carried CD63 and CD81.\n", "Urinary");
        assertTrue(got.contains("Exosome[Urine] carries Cd63"), got.toString());
        assertFalse(got.stream().anyMatch(c -> c.endsWith("METHODS")), got.toString());

        List<String> wrapped = claims(methods + "What we found in the samples of urine\nwas that urinary exosomes carried CD63 and CD81.\n",
                "urinary");
        assertTrue(wrapped.stream().allMatch(c -> c.endsWith("METHODS")), wrapped.toString());
    }

    /** The heading no longer runs into the first sentence of its section, so the section's subject opens the sentence. */
    @Test
    void aSentenceCaseHeadingIsNoPartOfTheNextSentence() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Clinic newsletter\n\nThe evidence\nMilk exosomes carried microRNAs.\n",
                ".txt");
        assertEquals(List.of("Milk exosomes carried microRNAs."), e.sentences().stream().map(s -> s.first().text())
                .filter(t -> t.contains("microRNAs")).toList());
        DocumentExtraction prose = TestSupport.extractText(dir, "Clinic newsletter\n\nThe evidence that milk exosomes\ncarried "
                + "microRNAs was weak.\n", ".txt");
        assertEquals(1, prose.sentences().stream().filter(s -> s.first().text().startsWith("The evidence that milk exosomes")).count());
    }

    private static final String MILK = "Exosomes from bovine milk were given to rats by gavage for four weeks. ";

    /**
     * Convention cc: absent harms stated as a safety outcome are LowToxicity, said of the preparation under discussion
     * when the sentence names no vesicle; harms that happened, and absent tumours (efficacy in a cancer text), are not.
     */
    @Test
    void absentHarmsAreASafetyOutcome() throws Exception {
        assertTrue(claims(MILK + "No rat in the high-dose group had fever, diarrhoea or weight loss after dosing.\n", "No rat")
                .contains("Exosome[BovineMilk] hasProperty LowToxicity"));
        assertTrue(claims(MILK + "No weight loss, kidney damage or tumour formation was observed over twelve weeks.\n", "kidney damage")
                .contains("Exosome[BovineMilk] hasProperty LowToxicity"));
        assertTrue(claims(MILK + "The vesicles caused no irritation or sensitisation of the gut mucosa.\n", "irritation")
                .contains("Exosome[BovineMilk] hasProperty LowToxicity"));
        assertTrue(claims(MILK + "The rats showed no weight loss, no anaemia and no liver damage.\n", "anaemia")
                .contains("Exosome[BovineMilk] hasProperty LowToxicity"));
        assertTrue(claims(MILK + "Liver enzymes and creatinine were unchanged at the end of the study.\n", "creatinine")
                .contains("Exosome[BovineMilk] hasProperty LowToxicity"));

        for (String near : List.of("Weight loss and fever were seen in three of ten rats.", "The vesicles caused weight loss in two rats.",
                "The vesicles did not delay the healing of skin wounds.")) {
            List<String> got = claims(MILK + near + "\n", near.substring(0, 12));
            assertFalse(got.stream().anyMatch(c -> c.contains("LowToxicity")), near + " " + got);
        }
        // Branch decision44 (absentHarms ON by the rule): "No tumours were seen in the treated rats" after a safety
        // gavage with no cancer in the text is an absent harm reported as safety (cc; as "tumour formation" above), so
        // the look-alike of absent tumours as efficacy is now written in a cancer text, as this test's javadoc names it.
        String cancer = "Exosomes from bovine milk were given by gavage to rats with chemically induced colon tumours.\n";
        List<String> got = claims(cancer + "No tumours were seen in the treated rats.\n", "No tumours");
        assertFalse(got.stream().anyMatch(c -> c.contains("LowToxicity")), "No tumours in a cancer text " + got);
    }
}
