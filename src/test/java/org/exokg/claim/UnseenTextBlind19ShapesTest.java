package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, blind set 19 as development data (branch dev19): readings added for the patterns behind its false negatives
 * and positives (claim-rules.yaml, blocks "branch dev19"). Invented sentences (none from a gold set), through the real
 * pipeline and the project ontology; each test keeps the reading of a near neighbour.
 */
class UnseenTextBlind19ShapesTest {

    @TempDir
    Path dir;

    /** See {@link TestSupport#assertClaimsOfText}. */
    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void isolationOfSourcedVesiclesNotYetStandardisedIsTheIsolationsLack() throws Exception {
        check("Notes\n\nExosomes from saliva are studied here. Isolation of exosomes from saliva is not yet standardised.\n",
                "Isolation", List.of("Exosome[Saliva] hasChallenge LackOfStandardisedIsolation"), List.of());
        // near neighbour: isolation that "remains difficult because ..." is the reason's challenge, not a standard missing
        check("Notes\n\nExosomes from saliva are studied here. Isolation of exosomes from saliva remains difficult because"
                + " mucins bind them.\n", "Isolation", List.of(),
                List.of("Exosome[Saliva] hasChallenge LackOfStandardisedIsolation"));
    }

    @Test
    void aYieldThatIsAFractionOfAnothersIsLow() throws Exception {
        check("Notes\n\nCardiomyocyte exosomes protect the heart. The yield of these exosomes per flask was a tenth of that"
                + " of fibroblasts.\n", "yield", List.of("Exosome[Cardiomyocyte] hasChallenge LowYield"), List.of());
        // near neighbour: a multiple of another's yield is no low yield
        check("Notes\n\nCardiomyocyte exosomes protect the heart. The yield of these exosomes per flask was twice that of"
                + " fibroblasts.\n", "yield", List.of(), List.of("Exosome[Cardiomyocyte] hasChallenge LowYield"));
    }

    @Test
    void fewerVesiclesRecoveredIsALowYield() throws Exception {
        check("Notes\n\nUrinary exosomes mark kidney injury. The number of urinary exosomes recovered fell sharply after"
                + " storage.\n", "number", List.of("Exosome[Urine] hasChallenge LowYield"), List.of());
        check("Notes\n\nUrinary exosomes mark kidney injury. The number of urinary exosomes recovered rose after the second"
                + " wash.\n", "number", List.of(), List.of("Exosome[Urine] hasChallenge LowYield"));
    }

    @Test
    void isolationHardToScaleIsScalabilityAndItsSourceNoSecondSource() throws Exception {
        // "isolation from milk": the milk is where the named camel milk vesicles are isolated from, no second source
        check("Notes\n\nCamel milk exosomes carry insulin, but isolation from milk remains hard to scale.\n", "isolation",
                List.of("Exosome[CamelMilk] hasChallenge Scalability"), List.of("Exosome[CamelMilk] derivedFrom Milk"));
        check("Notes\n\nCamel milk exosomes carry insulin, and isolation from milk remains simple.\n", "isolation",
                List.of(), List.of("Exosome[CamelMilk] hasChallenge Scalability"));
    }

    @Test
    void vesiclesInASourceAreANounPhraseTheClausesNegationDoesNotDeny() throws Exception {
        check("Notes\n\nSynthetic standards do not represent the diversity of extracellular vesicles in urine.\n", "diversity",
                List.of("ExtracellularVesicle derivedFrom Urine"), List.of("ExtracellularVesicle NOT derivedFrom Urine"));
        // near neighbour: the source denied by the vesicles' own predicate stays denied
        check("Notes\n\nExosomes were not derived from platelets.\n", "derived", List.of("Exosome NOT derivedFrom Platelet"),
                List.of("Exosome derivedFrom Platelet"));
    }

    @Test
    void vesiclesThatResistDigestionAreStable() throws Exception {
        check("Notes\n\nCamel milk EVs are a digestion-resistant carrier for oral insulin.\n", "digestion",
                List.of("ExtracellularVesicle[CamelMilk] hasProperty Stability"), List.of());
        check("Notes\n\nCamel milk EVs are studied here. The vesicles withstood simulated gastric and intestinal fluids for"
                + " four hours.\n", "withstood", List.of("ExtracellularVesicle[CamelMilk] hasProperty Stability"), List.of());
        // near neighbour: resisting something that is no digestion says nothing of stability
        check("Notes\n\nCamel milk EVs resist the temptation of simple models.\n", "temptation", List.of(),
                List.of("ExtracellularVesicle[CamelMilk] hasProperty Stability"));
    }

    @Test
    void theVesiclesOwnPredicateAfterAConcludingAdverb() throws Exception {
        check("Notes\n\nNatural MSC-EVs thus home to bone, while mimetics could be cheaper.\n", "home",
                List.of("ExtracellularVesicle[MesenchymalStemCell] hasProperty TargetingAbility"), List.of());
        // near neighbour: an adverb that is no conclusion ("rarely") still reads nothing
        check("Notes\n\nNatural MSC-EVs rarely home to bone, while mimetics could be cheaper.\n", "home", List.of(),
                List.of("ExtracellularVesicle[MesenchymalStemCell] hasProperty TargetingAbility"));
    }
}
