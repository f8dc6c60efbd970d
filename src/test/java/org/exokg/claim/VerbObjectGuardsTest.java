package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch verbobject2 (docs/extraction.md, "The verb-object reading re-measured and guarded"): each guard added
 * to the verb-object reading with a near neighbour the reading still reads. Invented sentences through the real
 * extractor and the project ontology, with the reading on; only the reading's own claims.
 */
class VerbObjectGuardsTest {

    private static List<String> read(String sentence) {
        return VerbObjectReadingTest.read(sentence);
    }

    @Test
    void theBareClassOfCellsOrTissueStatesNoTarget() {
        assertEquals(List.of(), read("Exosomes befriended the cells."));
        assertEquals(List.of(), read("Exosomes befriended tissue."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("Exosomes befriended hepatocytes."));
        assertEquals(List.of("Exosome targets Placenta {verb-object-targets}"), read("Exosomes befriended the placenta."));
    }

    @Test
    void anAssociationOrATellingApartTreatsNothing() {
        assertEquals(List.of(), read("Exosomes may link colitis to arthritis."));
        assertEquals(List.of(), read("Exosomes told colitis from arthritis."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats+hedge:hedge-modal}"), read("Exosomes may soothe colitis."));
    }

    @Test
    void whatTheVesiclesBecomeIsNoCargo() {
        assertEquals(List.of(), read("Exosomes may become imaging probes."));
        assertEquals(List.of("Exosome carries ImagingProbe {verb-object-carries+hedge:hedge-modal}"), read("Exosomes may tote imaging probes."));
    }

    @Test
    void calmingReversingAndDamagingAreNoPropertyChallengeOrCargo() {
        assertEquals(List.of(), read("Exosomes calmed the immune response."));
        assertEquals(List.of("Exosome hasProperty Immunogenicity {verb-object-has-property}"), read("Exosomes heightened the immune response."));
        assertEquals(List.of(), read("Exosomes reversed the drug resistance."));
        assertEquals(List.of("Exosome contributesTo DrugResistance {verb-object-contributes-to}"), read("Exosomes fuelled drug resistance."));
        assertEquals(List.of(), read("Exosomes may damage imaging probes."));
    }

    @Test
    void sparedCellsAndACrossedOrganAreNoTarget() {
        assertEquals(List.of(), read("Exosomes spared hepatocytes."));
        assertEquals(List.of(), read("Exosomes did not cross the placenta."));
        assertEquals(List.of("Exosome NOT targets Placenta {verb-object-targets+negation:negation-not}"),
                read("Exosomes did not befriend the placenta."));
    }

    @Test
    void aRequirementIsNoFinding() {
        assertEquals(List.of(), read("Exosomes must befriend hepatocytes."));
        assertEquals(List.of(), read("Exosomes must tote imaging probes."));
    }

    @Test
    void aVesicleModifyingAnotherNounIsNoSubject() {
        assertEquals(List.of(), read("Exosome-based vaccines befriended hepatocytes."));
        assertEquals(List.of(), read("Exosomal DNA befriended hepatocytes."));
    }

    @Test
    void aDeniedOrControlSubjectStatesNothing() {
        assertEquals(List.of(), read("Neither exosome fuelled colitis."));
        assertEquals(List.of("Exosome contributesTo InflammatoryDisease {verb-object-contributes-to}"), read("The exosome fuelled colitis."));
        assertEquals(List.of(), read("Control exosomes soothed colitis."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("Fresh exosomes soothed colitis."));
        assertEquals(List.of(), read("Exosomes loaded with a control siRNA did not soothe colitis."));
        assertEquals(List.of("Exosome NOT treats InflammatoryDisease {verb-object-treats+negation:negation-not}"),
                read("Exosomes loaded with curcumin did not soothe colitis."));
    }

    @Test
    void aClauseItsReportingVerbDeniesStatesNothing() {
        assertEquals(List.of(), read("They could not confirm that the exosomes befriend hepatocytes."));
        assertEquals(List.of(), read("There is no evidence that exosomes soothe colitis."));
        assertEquals(List.of("Exosome targets Hepatocyte {verb-object-targets}"), read("They confirmed that the exosomes befriend hepatocytes."));
        assertEquals(List.of("Exosome treats InflammatoryDisease {verb-object-treats}"), read("We found that exosomes soothe colitis."));
    }

    @Test
    void aLessenedObjectIsNoChallenge() {
        assertEquals(List.of(), read("Exosomes inherit less heterogeneity."));
        assertEquals(List.of("Exosome hasChallenge Heterogeneity {verb-object-has-challenge}"), read("Exosomes inherit heterogeneity."));
    }

    @Test
    void aHealingImprovedIsNoUse() {
        assertEquals(List.of(), read("Exosomes bolstered tendon healing."));
        assertEquals(List.of("Exosome usedFor RegenerativeMedicine {verb-object-used-for}"), read("Exosomes bolstered bone regeneration."));
    }

    @Test
    void anAdjectiveAfterAndIsNoSecondVerb() {
        assertEquals(List.of(), read("Exosomes resist bile and digestive enzymes."));
        assertEquals(List.of("Exosome carries Enzyme {verb-object-carries}"), read("Exosomes tote bile and digestive enzymes."));
    }

    @Test
    void aReadingNamingAnUnknownClassAsNoObjectIsRefused() {
        String yaml = "verbClasses:\n  - id: a\n    verbs: ['x']\nreadings:\n  - id: r\n    relation: targets\n    objects: [source]\n"
                + "    notObject: ['two words']\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VerbObjectReading.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"));
        assertTrue(e.getMessage().contains("is not an exokg local name"), e.getMessage());
    }
}
