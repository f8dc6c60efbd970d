package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch hostfluids (thirtieth session): an organism named as the producer of a fluid, secretion or tissue
 * ("earthworm coelomic fluid", "the coelomic fluid of earthworms", "shrimp-haemolymph", "the earthworm's") is no second
 * source of the vesicles: they come from the fluid, which qualifies their other rows ({@link OrganismFluids}). Invented
 * sentences, with the near neighbours that keep the organism: named on the vesicles (convention eee), the organism alone,
 * and an infection of the host; the host animal given the vesicles is no source. The reading is ON by default
 * (-Dexokg.organismFluids=false turns it off): these fixtures set it, and one shows the switch off.
 */
class OrganismFluidsTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void switchOn() {
        saved = OrganismFluids.ON;
        OrganismFluids.ON = true;
    }

    @AfterEach
    void restore() {
        OrganismFluids.ON = saved;
    }

    /** Switched off: the organism before its fluid is read as a second source, as before this branch. */
    @Test
    void switchedOffTheOrganismStaysASecondSource() throws Exception {
        OrganismFluids.ON = false;
        List<String> claims = claims("Starfish coelomic fluid vesicles reduced inflammation in a colitis model.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Organism"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom BodyFluid"), claims.toString());
    }

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    private static boolean organismSource(List<String> claims) {
        return claims.stream().anyMatch(c -> c.contains("derivedFrom Organism"));
    }

    @Test
    void anOrganismBeforeItsFluidIsNoSecondSource() throws Exception {
        List<String> compound = claims("Starfish coelomic fluid vesicles reduced inflammation in a colitis model.");
        assertTrue(compound.contains("ExtracellularVesicle derivedFrom BodyFluid"), compound.toString());
        assertTrue(compound.contains("ExtracellularVesicle[BodyFluid] treats InflammatoryDisease"), compound.toString());
        assertFalse(organismSource(compound), compound.toString());
        List<String> hyphen = claims("Crayfish-haemolymph exosomes carried microRNAs.");
        assertTrue(hyphen.contains("Exosome[BodyFluid] carries MicroRNA"), hyphen.toString());
        assertFalse(organismSource(hyphen), hyphen.toString());
        List<String> derived = claims("Mosquito saliva-derived vesicles carried several proteases.");
        assertTrue(derived.contains("ExtracellularVesicle derivedFrom Saliva"), derived.toString());
        assertTrue(derived.contains("ExtracellularVesicle[Saliva] carries Enzyme"), derived.toString());
        assertFalse(organismSource(derived), derived.toString());
    }

    @Test
    void aPossessiveOrganismIsTheFluidsProducer() throws Exception {
        List<String> claims = claims("The leech's saliva vesicles carried anticoagulant proteins.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Saliva"), claims.toString());
        assertFalse(organismSource(claims), claims.toString());
    }

    @Test
    void fluidOfAnOrganismComesFromTheFluid() throws Exception {
        List<String> of = claims("The saliva of sand flies contains extracellular vesicles.");
        assertTrue(of.contains("ExtracellularVesicle derivedFrom Saliva"), of.toString());
        assertFalse(organismSource(of), of.toString());
        List<String> from = claims("Exosomes purified from the haemolymph of adult silkworms carried lipids.");
        assertTrue(from.contains("Exosome derivedFrom BodyFluid"), from.toString());
        assertTrue(from.contains("Exosome[BodyFluid] carries Lipid"), from.toString());
        assertFalse(organismSource(from), from.toString());
    }

    /** Near neighbour: the organism named on the vesicles, not on the fluid, stays a second source (convention eee). */
    @Test
    void anOrganismNamedOnTheVesiclesStaysASource() throws Exception {
        List<String> claims = claims("Coelomic fluid vesicles from starfish carried lysozyme.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom BodyFluid"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle[BodyFluid] derivedFrom Organism"), claims.toString());
    }

    /** Near neighbour: an organism alone, or with its own products, is the source (convention yyyy). */
    @Test
    void anOrganismAloneIsTheSource() throws Exception {
        List<String> claims = claims("Hookworm-derived vesicles suppressed colitis in mice.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Organism"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle[Organism] treats InflammatoryDisease"), claims.toString());
    }

    /** Near neighbour: a parasite infecting the host whose fluid holds the vesicles names no producer of that fluid. */
    @Test
    void anInfectionOfTheHostKeepsTheParasite() throws Exception {
        List<String> claims = claims("Plasma of Plasmodium-infected mice contained parasite vesicles.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Organism"), claims.toString());
    }

    /** Guard: the host animal the fluid's vesicles were given to is no source. */
    @Test
    void theTreatedHostIsNoSource() throws Exception {
        List<String> claims = claims("Extracellular vesicles from earthworm coelomic fluid reduced colitis in mice.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom BodyFluid"), claims.toString());
        assertFalse(organismSource(claims), claims.toString());
        assertFalse(claims.stream().anyMatch(c -> c.contains("derivedFrom Mouse") || c.contains("derivedFrom AnimalDiseaseModel")),
                claims.toString());
    }
}
