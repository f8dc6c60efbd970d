package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch organismsources (twenty-eighth session): fungi, yeasts, microalgae, protozoan and helminth parasites
 * are vesicle sources, written as Organism (convention yyyy), while a host animal (a vertebrate or an animal disease
 * model) never is: derivedFrom's range holds "Organism and not (Vertebrate or AnimalDiseaseModel)". Invented texts, each
 * with a near neighbour that must give no organism source.
 */
class OrganismVesicleSourcesTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void theRangeMakesOrganismsButNoHostAnimalsSources() {
        Lexicon lexicon = Lexicon.fromOntology(Path.of("ontology/exokg.ttl"));
        assertTrue(lexicon.term(org.exokg.ExoKg.NS + "Organism").is(MentionType.SOURCE));
        for (String host : List.of("Mouse", "Rat", "Human", "Mammal", "Vertebrate", "Cattle", "AnimalDiseaseModel", "XenograftModel")) {
            assertFalse(lexicon.term(org.exokg.ExoKg.NS + host).is(MentionType.SOURCE), host);
        }
        assertTrue(lexicon.term(org.exokg.ExoKg.NS + "Plant").is(MentionType.SOURCE));
    }

    @Test
    void aYeastsVesiclesAreDerivedFromIt() throws Exception {
        List<String> claims = claims("Extracellular vesicles released by Saccharomyces cerevisiae carry heat shock proteins.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Organism"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle[Organism] carries HeatShockProtein")
                || claims.stream().anyMatch(c -> c.startsWith("ExtracellularVesicle[Organism] carries")), claims.toString());
    }

    @Test
    void abbreviatedBinomialsAndFamilyWordsNameTheSource() throws Exception {
        List<String> parasite = claims("Exosomes of L. donovani promastigotes carry proteins and microRNAs.");
        assertTrue(parasite.contains("Exosome[Organism] carries MicroRNA"), parasite.toString());
        List<String> adjective = claims("Leishmania-derived exosomes carry proteins.");
        assertTrue(adjective.contains("Exosome derivedFrom Organism"), adjective.toString());
        List<String> alga = claims("Extracellular vesicles isolated from microalgae were loaded with curcumin by incubation.");
        assertTrue(alga.contains("ExtracellularVesicle derivedFrom Organism"), alga.toString());
        List<String> worm = claims("Extracellular vesicles secreted by helminths suppress type 2 immunity.");
        assertTrue(worm.contains("ExtracellularVesicle derivedFrom Organism"), worm.toString());
    }

    /** Near neighbours: a host animal is where vesicles go, or whose fluid they come from; it is no source. */
    @Test
    void hostAnimalsAreNoSources() throws Exception {
        List<String> injected = claims("Exosomes from mesenchymal stem cells were injected into rats after stroke.");
        assertFalse(injected.stream().anyMatch(c -> c.contains("derivedFrom Rat") || c.contains("derivedFrom Organism")
                || c.contains("[Rat]")), injected.toString());
        List<String> serum = claims("Extracellular vesicles from mouse serum carry microRNAs.");
        assertFalse(serum.stream().anyMatch(c -> c.contains("derivedFrom Mouse") || c.contains("derivedFrom Organism")),
                serum.toString());
        List<String> model = claims("Extracellular vesicles were isolated from an animal model of sepsis.");
        assertFalse(model.stream().anyMatch(c -> c.contains("derivedFrom AnimalDiseaseModel") || c.contains("derivedFrom Organism")),
                model.toString());
    }

    /** Near neighbour: the parasite infects the host whose serum is the source. */
    @Test
    void anInfectedHostsFluidStaysTheSource() throws Exception {
        List<String> claims = claims("Exosomes were isolated from the serum of Plasmodium-infected mice.");
        assertTrue(claims.contains("Exosome derivedFrom BloodSerum"), claims.toString());
        assertFalse(claims.contains("Exosome derivedFrom Organism"), claims.toString());
    }

    /** The organism's vesicles beside a bacterium's: both sources are read (organismlexicon's lists hid the bacterium). */
    @Test
    void anOrganismBesideBacteriaHidesNeither() throws Exception {
        List<String> claims = claims("Vesicles released by helminths and Gram-negative bacteria carry microRNAs.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Organism"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Bacterium"), claims.toString());
    }

    /** Near neighbour: a fungal infection is a disease, not the vesicles' source. */
    @Test
    void aFungalInfectionIsNoSource() throws Exception {
        List<String> claims = claims("Mesenchymal stem cell exosomes were tested against a fungal infection in mice.");
        assertFalse(claims.stream().anyMatch(c -> c.contains("derivedFrom Organism") || c.contains("[Organism]")), claims.toString());
    }
}
