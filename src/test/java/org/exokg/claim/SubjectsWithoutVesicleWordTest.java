package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors4, issue 15) Subjects without a vesicle term of their own: vesicles isolated from a fluid taken
 * before them, "vesicle" as the modifier of a cargo, names with an inner capital and hyphenated parts ("EqM-EVs") and
 * their decorated forms ("iRGD-EqM-EVs"), a pronoun after a fronted participle with its adverb. Invented texts.
 */
// the reading alone: the learned confidence may drop these invented claims (WithoutClaimConfidence)
@ExtendWith(WithoutClaimConfidence.class)
class SubjectsWithoutVesicleWordTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.hedgedClaimsOfText(dir, text, words);
    }

    @Test
    void vesiclesIsolatedFromATakenFluidKeepItForTheirAnaphors() throws Exception {
        List<String> c = claimsOf("Uterine vesicles\n\nWe aspirated uterine fluid from 20 women and isolated extracellular vesicles "
                + "by ultrafiltration. The vesicles carried miR-30d.\n", "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle[UterineFluid] carries MicroRNA"), c.toString());
    }

    @Test
    void aFluidThatIsNoTakenSourceGivesTheAnaphorsNothing() throws Exception {
        List<String> c = claimsOf("Uterine vesicles\n\nUterine fluid was discussed at length, and we isolated extracellular vesicles "
                + "by ultrafiltration. The vesicles carried miR-30d.\n", "The vesicles carried");
        assertTrue(c.contains("ExtracellularVesicle carries MicroRNA"), c.toString());
        assertFalse(c.contains("ExtracellularVesicle[UterineFluid] carries MicroRNA"), c.toString());
    }

    @Test
    void vesicleAsTheModifierOfACargoNamesTheVesiclesUnderDiscussion() throws Exception {
        List<String> c = claimsOf("Aqueous humour\n\nExtracellular vesicles were isolated from the aqueous humour of 30 patients. "
                + "Vesicle microRNAs were lower in glaucoma.\n", "Vesicle microRNAs");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("ExtracellularVesicle") && x.endsWith("carries MicroRNA")), c.toString());
    }

    @Test
    void synapticVesicleProteinsAreNoCargoOfTheVesicles() throws Exception {
        List<String> c = claimsOf("Neurons\n\nExosomes from neurons carry tau. Synaptic vesicle proteins were abundant in the "
                + "cortex.\n", "Synaptic vesicle proteins");
        assertTrue(c.stream().noneMatch(x -> x.contains("carries Protein")), c.toString());
    }

    @Test
    void aNameWithAnInnerCapitalAndAHyphenatedVesicleNounIsTheWholeName() throws Exception {
        String text = "Horse milk\n\nHorse milk EVs (EqM-EVs) were compared with plasma EVs. EqM-EVs carried CD9. "
                + "The iRGD-EqM-EVs carried CD81.\n";
        List<String> c = claimsOf(text, "EqM-EVs carried CD9");
        assertTrue(c.contains("ExtracellularVesicle[EquineMilk] carries Cd9"), c.toString());
        List<String> decorated = claimsOf(text, "iRGD-EqM-EVs carried");
        // (branch engineered3) the iRGD code glued to the name states the decoration: convention z's EngineeredExosome
        assertTrue(decorated.contains("EngineeredExosome[EquineMilk] carries Cd81"), decorated.toString());
    }

    @Test
    void anUndefinedNameKeepsNoSource() throws Exception {
        List<String> c = claimsOf("Horse milk\n\nPlasma EVs were compared with others. EqM-EVs carried CD9.\n", "EqM-EVs carried CD9");
        assertTrue(c.stream().noneMatch(x -> x.contains("EquineMilk")), c.toString());
    }

    @Test
    void aPronounAfterAFrontedParticipleWithItsAdverbIsTheSubject() throws Exception {
        List<String> c = claimsOf("Milk vesicles\n\nMilk exosomes carried microRNAs. Orally given to mice with colitis, they were "
                + "taken up by macrophages.\n", "Orally given");
        assertTrue(c.contains("Exosome[Milk] targets Macrophage"), c.toString());
    }

    @Test
    void theHeadWordOfASourceNamedInFullIsThatSource() throws Exception {
        // "lavage" alone is bronchoalveolar lavage fluid to the lexicon; after "nasal lavage" it is the nasal one
        List<String> c = claimsOf("Nasal vesicles\n\nNasal lavage extracellular vesicles were studied in 40 patients. "
                + "Most lavage vesicles carried CD63.\n", "Most lavage vesicles");
        assertTrue(c.contains("ExtracellularVesicle derivedFrom NasalLavageFluid"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("BronchoalveolarLavageFluid")), c.toString());
    }

    @Test
    void aMoreGeneralHeadWordStaysGeneral() throws Exception {
        // "milk" after "bovine milk" may mean milk in general: the lexicon's reading stands
        List<String> c = claimsOf("Milk vesicles\n\nBovine milk exosomes were studied in mice. Milk exosomes carried "
                + "microRNAs.\n", "Milk exosomes carried");
        assertTrue(c.contains("Exosome derivedFrom Milk"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("BovineMilk")), c.toString());
    }

    @Test
    void bareVesiclesTheStudyLoadedAreItsPreparation() throws Exception {
        List<String> c = claimsOf("Loading\n\nWe compared loading methods for HEK293 exosomes. Exosomes were loaded with "
                + "doxorubicin.\n", "Exosomes were loaded");
        assertTrue(c.contains("Exosome[HEK293Cell] carries Doxorubicin"), c.toString());
    }

    @Test
    void bareVesiclesOfAReducedRelativeStayTheKind() throws Exception {
        List<String> c = claimsOf("Loading\n\nWe compared loading methods for HEK293 exosomes. Exosomes loaded with "
                + "doxorubicin are often unstable.\n", "Exosomes loaded with");
        assertTrue(c.contains("Exosome carries Doxorubicin"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("HEK293Cell")), c.toString());
    }
}
