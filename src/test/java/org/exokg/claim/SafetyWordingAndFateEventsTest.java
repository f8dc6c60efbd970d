package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges3: safety stated in plain words ("No serious adverse events occurred", "serious side
 * effects are rare", "the vesicles are safe"), antibodies raised, and challenges stated as events of the vesicles' fate
 * (cleared within minutes, mostly in the liver, a small fraction reaching the target, caused to aggregate). Invented
 * sentences of the shapes, none from a gold set, through the real pipeline so the discourse is read; each shape has a
 * sentence that must stay silent.
 */
class SafetyWordingAndFateEventsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    /** "Subject[qualifier] (NOT) relation object" for the claims of the sentence that contains {@code words}. */
    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .filter(c -> !c.relation().localName().equals("derivedFrom"))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri()))
                .toList();
    }

    @Test
    void harmsThatDidNotHappenAreLowToxicityOfTheVesiclesUnderDiscussion() throws Exception {
        DocumentExtraction e = extract("Milk exosomes eased arthritis in rats. "
                + "No serious adverse events occurred, and fever was mild. "
                + "Headache is common, but serious side effects are rare. "
                + "Infusions were well tolerated.\n");
        assertEquals(List.of("Exosome[Milk] hasProperty LowToxicity"), claimsOf(e, "No serious adverse"));
        assertEquals(List.of("Exosome[Milk] hasProperty LowToxicity"), claimsOf(e, "serious side effects are rare"));
        assertEquals(List.of("Exosome[Milk] hasProperty LowToxicity"), claimsOf(e, "Infusions were"));
    }

    @Test
    void littleHarmShownByTheVesiclesThemselves() throws Exception {
        DocumentExtraction e = extract("Kiwi nanovesicles have shown little toxicity in pigs. "
                + "Early trials of microvesicles have reported few serious adverse events.\n");
        assertTrue(claimsOf(e, "little toxicity").stream().anyMatch(c -> c.endsWith(" hasProperty LowToxicity")),
                claimsOf(e, "little toxicity").toString());
        assertEquals(List.of("Microvesicle hasProperty LowToxicity"), claimsOf(e, "few serious adverse"));
    }

    @Test
    void aHarmAbsentWithAnotherAgentNamedIsNotTheVesicles() throws Exception {
        DocumentExtraction e = extract("Milk exosomes eased arthritis in rats. "
                + "No toxicity was seen with free methotrexate.\n");
        assertEquals(List.of(), claimsOf(e, "free methotrexate"));
    }

    @Test
    void vesiclesCalledSafeButNotAnOpenQuestion() throws Exception {
        DocumentExtraction e = extract("Placental vesicles are intrinsically safe. "
                + "Their cargo includes viral microRNAs, and it is unclear whether these are safe in patients.\n");
        assertEquals(List.of("ExtracellularVesicle[Placenta] hasProperty LowToxicity"), claimsOf(e, "intrinsically safe"));
        assertTrue(claimsOf(e, "unclear whether").stream().noneMatch(c -> c.endsWith("LowToxicity")),
                claimsOf(e, "unclear whether").toString());
    }

    @Test
    void antibodiesRaisedAreImmunogenicityAndNoneRaisedIsLowImmunogenicity() throws Exception {
        DocumentExtraction e = extract("Bacterial outer membrane vesicles elicited neutralising antibodies in rabbits. "
                + "Milk exosomes did not induce antibodies in rats.\n");
        assertTrue(claimsOf(e, "elicited neutralising").contains("BacterialOuterMembraneVesicle hasProperty Immunogenicity"),
                claimsOf(e, "elicited neutralising").toString());
        assertTrue(claimsOf(e, "did not induce").contains("Exosome[Milk] hasProperty LowImmunogenicity"),
                claimsOf(e, "did not induce").toString());
    }

    @Test
    void theVesiclesFateAsChallenges() throws Exception {
        DocumentExtraction e = extract("Milk exosomes were cleared from the blood with a half-life of about six minutes. "
                + "Chemical coupling can cause the vesicles to aggregate. "
                + "The unbound dye was removed from the samples by washing within minutes.\n");
        assertEquals(List.of("Exosome[Milk] hasChallenge RapidClearance"), claimsOf(e, "half-life of about six"));
        assertTrue(claimsOf(e, "cause the vesicles").contains("Exosome hasChallenge VesicleAggregation")
                || claimsOf(e, "cause the vesicles").contains("Exosome[Milk] hasChallenge VesicleAggregation"),
                claimsOf(e, "cause the vesicles").toString());
        assertEquals(List.of(), claimsOf(e, "unbound dye"));
    }
}
