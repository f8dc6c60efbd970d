package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors5, issue 15) Anaphors of the preparation under discussion: "the particles" anywhere in a sentence,
 * singular distributive preparation nouns ("each preparation", "each microparticle"), and the fluid a sentence releases
 * the vesicles into, after them, passed on to their anaphors. Invented texts, both ways.
 */
class ParticleAnaphorsTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void theParticlesAfterAFrontedPhraseAreTheVesiclesUnderDiscussion() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes carried microRNAs. After oral gavage, the particles were taken up "
                + "by macrophages.\n", "After oral gavage");
        assertTrue(c.contains("Exosome[Milk] targets Macrophage"), c.toString());
    }

    @Test
    void particlesOfAnotherKindAreNoAnaphor() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes carried microRNAs. After oral gavage, the lipoprotein particles "
                + "were taken up by macrophages.\n", "After oral gavage");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome") && x.endsWith("targets Macrophage")), c.toString());
    }

    @Test
    void aNumeralHeadsANounPhraseOfItsOwn() throws Exception {
        List<String> c = claimsOf("Serums\n\nMilk exosomes were advertised in nine serums. Only three of the nine contained "
                + "particles that carried CD9.\n", "Only three");
        assertFalse(c.stream().anyMatch(x -> x.contains("[Milk]")), c.toString());
    }

    @Test
    void eachPreparationIsThePreparationUnderDiscussion() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes were isolated from five donors. Each preparation carried CD63.\n",
                "Each preparation");
        assertTrue(c.contains("Exosome[Milk] carries Cd63"), c.toString());
    }

    @Test
    void thePreparationOfSomethingIsAProcess() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes were isolated from five donors. The preparation of the gel "
                + "carried CD63.\n", "The preparation of");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Exosome")), c.toString());
    }

    @Test
    void theFluidTheVesiclesAreReleasedIntoPassesToTheirAnaphors() throws Exception {
        List<String> c = claimsOf("Kidney vesicles\n\nAll cells in the kidney release extracellular vesicles into the urine. "
                + "These vesicles carry proteins.\n", "These vesicles carry");
        assertTrue(c.contains("ExtracellularVesicle[Urine] carries Protein"), c.toString());
    }

    @Test
    void aProducerBeforeTheVesiclesWinsOverTheFluidAfterThem() throws Exception {
        List<String> c = claimsOf("Platelet vesicles\n\nActivated platelets shed extracellular vesicles into the blood. "
                + "These vesicles carry proteins.\n", "These vesicles carry");
        assertFalse(c.stream().anyMatch(x -> x.contains("[Blood]")), c.toString());
    }

    @Test
    void vesiclesInjectedIntoAFluidTakeNoSourceFromIt() throws Exception {
        List<String> c = claimsOf("Injected vesicles\n\nWe injected extracellular vesicles into the cerebrospinal fluid of rats. "
                + "These vesicles carry proteins.\n", "These vesicles carry");
        assertFalse(c.stream().anyMatch(x -> x.contains("CerebrospinalFluid")), c.toString());
    }

    @Test
    void aLoadedBareNounInAPastFindingIsThePreparation() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nWe isolated exosomes from porcine milk and loaded them with mRNA. Mice given "
                + "mRNA-loaded exosomes produced IL-10 in the ileum.\n", "Mice given");
        assertTrue(c.contains("Exosome[PorcineMilk] carries MessengerRNA"), c.toString());
    }

    @Test
    void aLoadedBareNounInAGeneralStatementIsTheKind() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nWe isolated exosomes from porcine milk and loaded them with mRNA. "
                + "mRNA-loaded exosomes can deliver IL-10 to the gut.\n", "can deliver");
        assertFalse(c.contains("Exosome[PorcineMilk] carries MessengerRNA"), c.toString());
    }

    @Test
    void aNarrowerKindWithAParticipleIsAnotherPreparation() throws Exception {
        List<String> c = claimsOf("NK vesicles\n\nExosomes from NK cells killed tumour cells. Engineered exosomes loaded with "
                + "Cas9 excised the viral genome.\n", "Engineered exosomes");
        assertFalse(c.stream().anyMatch(x -> x.contains("NaturalKillerCell")), c.toString());
    }
}
