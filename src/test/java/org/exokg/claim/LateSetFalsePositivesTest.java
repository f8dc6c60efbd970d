package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch precision4 (eighteenth session): the general causes of false positives found on the late
 * development sets, each on invented sentences (none from a gold set), with a near neighbour that keeps its claim,
 * through the real pipeline and the project ontology.
 */
class LateSetFalsePositivesTest {

    @TempDir
    Path dir;

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void whatASentenceSaysOfLiposomesIsNoVesicleClaim() throws Exception {
        List<String> liposomes = claims("Liposomes loaded with a synthetic microRNA were cleared by the liver within an hour.\n",
                "cleared");
        assertTrue(liposomes.stream().noneMatch(c -> c.startsWith("Liposome")), () -> "no liposome claim in " + liposomes);
        List<String> hybrids = claims("Hybrids of platelet vesicles with cationic liposomes carried more siRNA.\n", "Hybrids");
        assertTrue(hybrids.stream().noneMatch(c -> c.startsWith("Liposome")), () -> "no liposome claim in " + hybrids);
        // near neighbour: the same predicate of the vesicles themselves stays
        check("Exosomes loaded with a synthetic microRNA were cleared by the liver within an hour.\n", "cleared",
                List.of("Exosome carries MicroRNA"), List.of());
    }

    @Test
    void reachingAFluidDeniedOrAskedAboutNamesNoSource() throws Exception {
        check("Labelled milk exosomes did not reach the lymph after oral gavage.\n", "did not reach",
                List.of(), List.of("Exosome[Milk] NOT derivedFrom Lymph", "Exosome NOT derivedFrom Lymph"));
        check("Whether the injected vesicles reach the cerebrospinal fluid is unknown.\n", "Whether",
                List.of(), List.of("ExtracellularVesicle derivedFrom CerebrospinalFluid"));
        check("Later trials detected no intact plant vesicles in the urine of volunteers.\n", "detected",
                List.of(), List.of("PlantDerivedNanovesicle NOT derivedFrom Urine"));
        // near neighbours: the affirmed reaching and presence stay
        check("Vesicles shed by astrocytes reach the cerebrospinal fluid within hours.\n", "reach",
                List.of("ExtracellularVesicle[Astrocyte] derivedFrom CerebrospinalFluid"), List.of());
        check("Exosomes released by hepatocytes were detected in the urine of the treated rats.\n", "detected",
                List.of("Exosome[Hepatocyte] derivedFrom Urine"), List.of());
    }

    @Test
    void aCellThatStandsForAListOrForTheProducersIsNoSource() throws Exception {
        check("In one embodiment, the exosomes are derived from a cell selected from the group consisting of dendritic cells "
                + "and macrophages.\n", "embodiment", List.of(), List.of("Exosome derivedFrom Cell"));
        check("Such vesicles carry RNA from the cells that made them.\n", "carry",
                List.of(), List.of("ExtracellularVesicle derivedFrom Cell"));
        // near neighbour: bare cells named as the source stay (the lead's convention: derivedFrom Cell)
        check("Exosomes derived from cells grown in low oxygen carried more microRNA.\n", "derived",
                List.of("Exosome derivedFrom Cell"), List.of());
    }

    @Test
    void aDrugBeforeResistanceIsNoCargo() throws Exception {
        check("Exosomes from resistant tumour cells transfer paclitaxel resistance to sensitive cells.\n", "transfer",
                List.of(), List.of("Exosome[TumorCell] carries Paclitaxel"));
        // nor is a drug that modifies another noun
        check("Exosomes from resistant tumour cells were enriched in the drug efflux pump ABCB1.\n", "enriched",
                List.of(), List.of("Exosome[TumorCell] carries TherapeuticAgent"));
        // near neighbour: the drug itself carried stays
        check("Exosomes from resistant tumour cells transfer paclitaxel to sensitive cells.\n", "transfer",
                List.of("Exosome[TumorCell] carries Paclitaxel"), List.of());
    }

    @Test
    void aNameWithAnInnerCapitalKeepsItsHyphenatedVesiclePart() throws Exception {
        String text = "Results\n\nGoat milk EVs (GoM-EVs) were compared with plasma EVs. GoM-EVs carried CD63 and CD81.\n";
        check(text, "carried", List.of("ExtracellularVesicle[CaprineMilk] carries Cd63"), List.of("ExtracellularVesicle carries Cd63"));
        // near neighbour: a name with an inner capital and no hyphen was already read
        check("Results\n\nGoat milk EVs (GoMilkEx) were compared with plasma EVs. GoMilkEx carried CD63 and CD81.\n", "carried",
                List.of("ExtracellularVesicle[CaprineMilk] carries Cd63"), List.of());
    }

    @Test
    void aNameQuotedOrSoldUnderIsNoVesicleTheSentenceSpeaksOf() throws Exception {
        check("A 60-year-old man received an infusion of \"amniotic exosomes\" for knee pain.\n", "infusion",
                List.of(), List.of("Exosome derivedFrom AmnioticFluid"));
        check("Casein particles, which are sometimes marketed as milk exosomes, were not studied.\n", "marketed",
                List.of(), List.of("Exosome derivedFrom Milk"));
        // near neighbours: the vesicles themselves, and a quoted sentence that states a finding, keep their claims
        check("A 60-year-old man received an infusion of exosomes from amniotic fluid for knee pain.\n", "infusion",
                List.of("Exosome derivedFrom AmnioticFluid"), List.of());
        check("The title reads \"exosomes from amniotic fluid reduce knee pain in most patients\".\n", "title",
                List.of("Exosome derivedFrom AmnioticFluid"), List.of());
        // a fluorescently labelled preparation is no label it is sold under
        check("Fluorescently labelled exosomes from amniotic fluid were taken up by chondrocytes.\n", "taken up",
                List.of("Exosome[AmnioticFluid] targets Chondrocyte"), List.of());
    }
}
