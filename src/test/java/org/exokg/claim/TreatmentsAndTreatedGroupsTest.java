package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, treatments and treated groups as subjects (branch subjects6): the preparation said through what was done
 * with it. A bare noun of the vesicles after "treated with", "pretreated with", "exposed to", "treatment with",
 * "co-culture with" is the preparation under discussion and keeps its qualifier (topic-preparation.yaml:
 * carriers-participle-before and bare-plural-openings, entries subjects6-*); animals given the vesicles that developed
 * more of a disease make the vesicles contribute to it; a vaccinated or immunised group stands for the vesicles under
 * discussion, and a group with a share less of a disease is treated (claim-rules.yaml block subjects6,
 * topic-preparation.yaml discourse-subjects). Each reading with a near neighbour that must not give it. Invented texts,
 * through the real pipeline and ontology.
 */
class TreatmentsAndTreatedGroupsTest {

    @TempDir
    Path dir;

    private static final String MSC = "Stem cell exosomes in liver fibrosis\n\nExosomes from mesenchymal stem cells were "
            + "injected into mice with liver fibrosis.\n\n";

    private static final String TUMOUR = "Tumour exosomes in liver metastasis\n\nExosomes from colon cancer cells were "
            + "collected by ultracentrifugation.\n\n";

    @Test
    void theTreatedAnimalsVesiclesAreThePreparation() throws Exception {
        TestSupport.assertClaimsOfText(dir, MSC + "Mice pretreated with exosomes had less liver fibrosis.\n", "pretreated with",
                List.of("Exosome[MesenchymalStemCell] treats LiverFibrosis"), List.of("Exosome treats LiverFibrosis"));
        // near neighbour: a comparator arm's vesicles ("free exosomes") are not the preparation under discussion
        TestSupport.assertClaimsOfText(dir, MSC + "Mice pretreated with free exosomes had less liver fibrosis.\n", "pretreated with",
                List.of(), List.of("Exosome[MesenchymalStemCell] treats LiverFibrosis"));
    }

    @Test
    void theTreatmentWithTheVesiclesIsThePreparation() throws Exception {
        TestSupport.assertClaimsOfText(dir, MSC + "Treatment with exosomes reduced liver fibrosis.\n", "Treatment with",
                List.of("Exosome[MesenchymalStemCell] treats LiverFibrosis"), List.of("Exosome treats LiverFibrosis"));
        TestSupport.assertClaimsOfText(dir, MSC + "Co-culture with exosomes reduced the activation of hepatic stellate cells.\n",
                "Co-culture with", List.of("Exosome[MesenchymalStemCell] targets Pericyte"), List.of("Exosome targets Pericyte"));
        // near neighbour: treatment with control vesicles is the control arm, not the preparation
        TestSupport.assertClaimsOfText(dir, MSC + "Treatment with control exosomes reduced liver fibrosis.\n", "Treatment with",
                List.of(), List.of("Exosome[MesenchymalStemCell] treats LiverFibrosis"));
    }

    @Test
    void animalsGivenTheVesiclesThatDevelopedMoreDisease() throws Exception {
        TestSupport.assertClaimsOfText(dir, TUMOUR + "Mice pretreated with these exosomes developed three times more liver "
                + "metastases than mice given saline.\n", "three times more",
                List.of("Exosome[TumorCell] contributesTo MetastaticCancer"), List.of());
        // near neighbours: fewer metastases, or no more than the controls, is no contribution
        List<String> fewer = TestSupport.claimsOfText(dir, TUMOUR + "Mice pretreated with these exosomes developed fewer liver "
                + "metastases than mice given saline.\n", "fewer liver");
        assertTrue(fewer.stream().noneMatch(c -> c.contains("contributesTo")), fewer::toString);
        List<String> noMore = TestSupport.claimsOfText(dir, TUMOUR + "Mice pretreated with these exosomes developed no more liver "
                + "metastases than mice given saline.\n", "no more");
        assertTrue(noMore.stream().noneMatch(c -> c.contains(" contributesTo")), noMore::toString);
    }

    private static final String OMV = "Bacterial vesicles as a gonorrhoea vaccine\n\nThe vaccine contains outer membrane "
            + "vesicles of Neisseria meningitidis.\n\nAntibodies raised by the vesicles probably recognise the gonococcus as "
            + "well.\n\n";

    @Test
    void theVaccinatedGroupWithAShareLessDisease() throws Exception {
        TestSupport.assertClaimsOfText(dir, OMV + "Observational studies found that vaccinated people had roughly a third fewer "
                + "gonorrhoea diagnoses.\n", "roughly a third",
                // the vesicles of the named Neisseria keep their qualifier (convention mmm, switch on since branch mmmgold)
                List.of("BacterialOuterMembraneVesicle[Bacterium] treats InfectiousDisease"), List.of());
        // near neighbours: the vaccinated group compared, with no outcome of its own, and a share more of the disease
        List<String> compared = TestSupport.claimsOfText(dir, OMV + "Other differences between vaccinated and unvaccinated "
                + "people could explain part of the effect.\n", "Other differences");
        assertTrue(compared.stream().noneMatch(c -> c.contains("treats")), compared::toString);
        List<String> more = TestSupport.claimsOfText(dir, OMV + "Observational studies found that vaccinated people had roughly "
                + "a third more gonorrhoea diagnoses.\n", "roughly a third");
        assertTrue(more.stream().noneMatch(c -> c.contains("treats")), more::toString);
    }

    @Test
    void animalsImmunisedWithADoseOfTheVesiclesKeepTheirSource() throws Exception {
        String text = "Engineered vesicles from HEK293 cells as vaccines\n\nEngineered EVs from HEK293 cells displayed the spike "
                + "protein.\n\n";
        TestSupport.assertClaimsOfText(dir, text + "Mice immunised twice intramuscularly with 10 µg of engineered EVs were "
                + "protected from infection.\n", "immunised twice",
                List.of("EngineeredExosome[HEK293Cell] treats InfectiousDisease"), List.of("EngineeredExosome treats InfectiousDisease"));
        // near neighbour: a comparator's vesicles after the dose ("of empty EVs") are not the preparation
        TestSupport.assertClaimsOfText(dir, text + "Mice immunised twice intramuscularly with 10 µg of empty EVs were "
                + "protected from infection.\n", "immunised twice",
                List.of(), List.of("EngineeredExosome[HEK293Cell] treats InfectiousDisease", "ExtracellularVesicle[HEK293Cell] treats InfectiousDisease"));
    }
}
