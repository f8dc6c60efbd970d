package org.exokg.claim;

import static org.exokg.TestSupport.claimsOf;
import static org.exokg.TestSupport.extractText;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch hedged2): hedged claims read in three shapes (docs/extraction.md, "Hedged claims, third pass"):
 * a use spelled as a noun phrase whose clause predicate hedges it, "the disease" referring back to the disease named,
 * and sources proposed as sources of the vesicles under discussion. Invented sentences; each asserts subject,
 * relation, object and the hedge flag, next to a neighbour that must not be hedged or must keep its reading.
 */
class HedgedClaimsThirdPassTest {

    @TempDir
    Path dir;

    private static Claim claim(List<Claim> claims, String subject, String relation, String object) {
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " " + relation + " " + object + " in " + triples(claims)));
    }

    private static Claim claim(String text, String subject, String relation, String object) {
        return claim(projectClaims(text), subject, relation, object);
    }

    @Test
    void aModalOrEvaluativePredicateHedgesAUseFrontedBeforeItsSubject() {
        // (branch hedge2, convention j) a use spelled in the subject itself is presupposed, not hedged (HedgeConventionsJklTest)
        assertFalse(claim("Exosome-based vaccines could offer a needle-free alternative for influenza.",
                "Exosome", "usedFor", "Vaccine").hedged());
        assertFalse(claim("Exosome-based vaccines protected mice against influenza.", "Exosome", "usedFor", "Vaccine").hedged());
        assertTrue(claim("As carriers, exosomes are attractive because of their small size.",
                "Exosome", "usedFor", "DrugDelivery").hedged());
    }

    @Test
    void aJudgementOfSomethingElseSaidOfTheUseDoesNotHedgeIt() {
        // "considered safer" judges the vaccines' safety (a property), not whether exosomes are used as vaccines
        assertFalse(claim("Exosome vaccines are considered safer than whole-cell vaccines.", "Exosome", "usedFor", "Vaccine").hedged());
        // a cue after a stated reason belongs to the reason
        assertFalse(claim("As carriers, exosomes are used because they may cross the blood-brain barrier.",
                "Exosome", "usedFor", "DrugDelivery").hedged());
    }

    @Test
    void aParentheticalConnectiveAfterTheSubjectDoesNotHideItsPredicate() {
        assertTrue(claim("Microglial exosomes, by contrast, have been proposed to spread tau between neurons.",
                "Exosome", "targets", "Neuron").hedged());
        assertFalse(claim("Microglial exosomes, however, spread tau between neurons.", "Exosome", "targets", "Neuron").hedged());
        // a comma splice ("..., however, they ...") is two clauses: the first clause's modal does not reach the second
        assertFalse(claim("Exosomes may be unstable in serum, however, they crossed the blood-brain barrier in mice.",
                "Exosome", "crosses", "BloodBrainBarrier").hedged());
    }

    @Test
    void theDiseaseMeansTheDiseaseNamedBefore() throws Exception {
        String text = "Exosomes from synovial fluid of patients with osteoarthritis increased chondrocyte death and may "
                + "therefore aggravate the disease.\n";
        List<String> claims = claimsOf(extractText(dir, text, ".txt"), "aggravate", true);
        assertTrue(claims.contains("Exosome[SynovialFluid] contributesTo Osteoarthritis (hedged)"), claims::toString);
        assertFalse(claims.stream().anyMatch(c -> c.contains("contributesTo Disease")), claims::toString);
        // in a later sentence, too; an indefinite "a disease" or plural "diseases" stays the general class
        String later = "Osteoarthritis affects millions of people.\n\nExosomes from inflamed joints may worsen the disease.\n";
        assertTrue(claimsOf(extractText(dir, later, ".txt"), "worsen", true).contains("Exosome contributesTo Osteoarthritis (hedged)"));
        String plural = "Osteoarthritis affects millions of people.\n\nExosomes may worsen many diseases.\n";
        assertFalse(claimsOf(extractText(dir, plural, ".txt"), "worsen", true).stream().anyMatch(c -> c.contains("Osteoarthritis")));
    }

    @Test
    void sourcesProposedAsSourcesAreHedgedSourcesOfTheVesiclesUnderDiscussion() throws Exception {
        String text = "Extracellular vesicles from stem cells are hard to produce in large amounts.\n\n"
                + "Umbilical cord blood, platelets and milk have been proposed as alternative sources.\n";
        List<String> claims = claimsOf(extractText(dir, text, ".txt"), "alternative sources", true);
        assertTrue(claims.containsAll(List.of("ExtracellularVesicle derivedFrom Milk (hedged)",
                "ExtracellularVesicle derivedFrom Platelet (hedged)", "ExtracellularVesicle derivedFrom UmbilicalCordBlood (hedged)")),
                claims::toString);
        // the vesicles named earlier in the same sentence, after ", and"
        Claim colostrum = claim("Milk exosomes survive the stomach, and colostrum is postulated to be an even richer source.",
                "Exosome", "derivedFrom", "Colostrum");
        assertTrue(colostrum.hedged());
    }

    @Test
    void anUnhedgedOrOtherSourceIsNoProposedVesicleSource() throws Exception {
        // asserted: no hedged predicate, so this frame reads nothing ("milk is a source of calcium")
        String plain = "Extracellular vesicles circulate in blood.\n\nMilk is a rich source of calcium.\n";
        assertFalse(claimsOf(extractText(dir, plain, ".txt"), "calcium", true).stream().anyMatch(c -> c.contains("Milk")));
        // a source of something else than vesicles
        String other = "Extracellular vesicles circulate in blood.\n\nMilk may be a better source of protein.\n";
        assertFalse(claimsOf(extractText(dir, other, ".txt"), "protein", true).stream().anyMatch(c -> c.contains("derivedFrom Milk")));
    }
}
