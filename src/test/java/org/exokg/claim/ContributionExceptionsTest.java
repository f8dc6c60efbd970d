package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch dev22) Diseases near a contribution verb that are no effect of the vesicles: the agent of a passive ("caused
 * by influenza"), a recovery in the disease ("promoted hair regrowth in alopecia"), a disease the vesicles are "less
 * likely" to trigger, and one a gene in a relative clause drives. Each with a near neighbour that still contributes.
 * Invented sentences, the real rules and the project ontology.
 */
class ContributionExceptionsTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfResultsSentence(dir, sentence);
    }

    private static boolean contributes(List<String> claims) {
        return claims.stream().anyMatch(c -> c.contains(" contributesTo "));
    }

    @Test
    void theAgentOfAPassiveIsNoDiseaseTheVesiclesCause() throws Exception {
        assertTrue(!contributes(claims("Exosomes from mesenchymal stem cells were given to patients with pneumonia caused by influenza.")));
        assertTrue(claims("Exosomes from neutrophils caused lung injury in mice.").contains("Exosome[Neutrophil] contributesTo Injury"));
    }

    @Test
    void aRecoveryInTheDiseaseIsNoContribution() throws Exception {
        assertTrue(!contributes(claims("Exosomes from dermal fibroblasts promoted hair regrowth in alopecia.")));
        assertTrue(claims("Exosomes from tumour cells promoted metastasis in breast cancer.")
                .contains("Exosome[TumorCell] contributesTo MetastaticCancer"));
    }

    @Test
    void lessLikelyToTriggerIsNoContribution() throws Exception {
        assertTrue(!contributes(claims("Exosomes from macrophages are less likely than liposomes to trigger inflammation.")));
        assertTrue(claims("Exosomes from macrophages are likely to trigger inflammation.")
                .contains("Exosome[Macrophage] contributesTo InflammatoryDisease"));
    }

    @Test
    void aDiseaseAGeneDrivesIsNoContributionOfTheVesicles() throws Exception {
        assertTrue(!contributes(claims("Exosomes carrying an siRNA against KRAS, the gene that drives pancreatic cancer, were given to mice.")));
        assertTrue(claims("Exosomes that carry mutant KRAS drive pancreatic cancer in mice.").contains("Exosome contributesTo PancreaticCancer"));
    }
}
