package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch verbs2 (docs/extraction.md, "The verb-object reading narrowed"): the constraints that narrow the
 * verb-object reading and the one extension that widens it, each with a near neighbour that the reading still reads.
 * Invented sentences through the real extractor and the project ontology, with the reading on; only the reading's own
 * claims, as "Subject[Qualifier] (NOT) relation Object {rule}".
 */
class VerbObjectNarrowedTest {

    private static List<String> read(String sentence) {
        return VerbObjectReadingTest.read(sentence);
    }

    @Test
    void primingIsNoTarget() {
        assertEquals(List.of(), read("Exosomes primed hepatocytes."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("Exosomes befriended hepatocytes."));
    }

    @Test
    void anIntentOrARequirementIsNoFinding() {
        assertEquals(List.of(), read("Exosomes only need to reach hepatocytes."));
        assertEquals(List.of(), read("Exosomes are expected to soothe colitis."));
        // (branch triggers4) "reached <cells>" is now read by the rule vesicle-acts-on-cells-verb-more, which leaves the
        // verb-object reading silent: the finding is shown with a verb no rule reads
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("Exosomes only befriended hepatocytes."));
    }

    @Test
    void aVerbOfDiagnosisTreatsNothing() {
        assertEquals(List.of(), read("Exosomes might help to stage colitis."));
        List<String> hedged = read("Exosomes might help to soothe colitis.");
        assertEquals(1, hedged.size(), hedged.toString());
        assertTrue(hedged.get(0).startsWith("Exosome treats InflammatoryDisease {verb-object-treats+hedge:"), hedged.toString());
    }

    @Test
    void aClauseWithItsOwnSubjectIsNotTheVesiclesPredicate() {
        // a quantifier after "and" opens a clause whose subject is not the vesicles
        assertEquals(List.of(), read("Exosomes were stable and no mouse developed antibodies.").stream()
                .filter(c -> c.contains("Antibody")).toList());
        // a verb of reporting: the object belongs to "sequencing found"
        assertEquals(List.of(), read("Exosomes carried VEGF, and small RNA sequencing found microRNAs.").stream()
                .filter(c -> c.contains("MicroRNA")).toList());
        // after a verb in the past, "and lung" is no coordinated predicate; "and soothed" is
        assertEquals(List.of(), read("Exosomes lowered the weight scores and lung colitis."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("Exosomes lowered the weight scores and soothed colitis."));
    }

    @Test
    void aKnownVerbAfterACoordinatorOpensAPredicate() {
        // "prime" is a verb (of priming): the hepatocytes are no second object of "carry"
        assertTrue(read("Exosomes carry colitis antigens and prime hepatocytes.").stream().noneMatch(c -> c.contains("Hepatocyte")));
        // a predicate of a list after a comma: "..., soothed colitis and ..."
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"),
                read("Exosomes lowered the weight scores, soothed colitis and raised the body weight."));
    }

    @Test
    void aBroaderObjectThanOneLinkedIsDropped() {
        // psoriasis is an inflammatory disease: "psoriasis-like inflammation" names it once
        List<String> claims = read("Exosomes soothed psoriasis in mice and calmed colitis-like inflammatory disease.");
        assertTrue(claims.contains("Exosome treats Psoriasis {verb-object-treats}"), claims.toString());
        assertTrue(claims.stream().noneMatch(c -> c.endsWith("InflammatoryDisease {verb-object-treats}")), claims.toString());
    }

    @Test
    void aNamedPreparationWhoseSourceIsNotReadStatesNothing() {
        assertEquals(List.of(), read("The RVG-EVs soothed colitis."));
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats InflammatoryDisease {verb-object-treats}"),
                read("Exosomes from mesenchymal stem cells soothed colitis."));
    }

    @Test
    void theCellsOwnProcessHoldsTheTarget() {
        assertEquals(List.of("Exosome targets Fibroblast {verb-object-targets}", "Exosome targets Keratinocyte {verb-object-targets}"),
                read("Exosomes hastened the migration of fibroblasts and keratinocytes."));
        assertEquals(List.of("Exosome NOT targets Fibroblast {verb-object-targets+negation:negation-not}"),
                read("Exosomes did not hasten the proliferation of fibroblasts."));
        // a noun no reading admits: the term stays inside another noun's phrase
        assertEquals(List.of(), read("Exosomes promoted the size of fibroblasts."));
        // and only the targets reading reads through such a noun
        assertEquals(List.of(), read("Exosomes promoted the migration of colitis."));
    }
}
