package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch challenges8 (twenty-first session): challenges stated as events with no challenge label
 * (claim-rules.yaml block "branch challenges8", switch -Dexokg.noUnlabelledChallengeEvents), a vesicle word that only
 * modifies a measure ("vesicle yields", -Dexokg.noVesicleMeasureModifiers) and a remedy of a challenge
 * (topic-preparation.yaml remedy-of-the-challenge). Invented sentences after an invented opening, each with a near
 * neighbour that must read no challenge, through the real pipeline.
 */
class ChallengesEighthPassTest {

    private static final String OPENING = "Exosomes from bovine milk were loaded with siRNA and given to mice with colitis. ";

    @TempDir
    Path dir;

    private List<String> challengesOf(String sentence) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, OPENING + sentence + "\n", ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(sentence.substring(0, 20))
                        && c.relation().localName().equals("hasChallenge"))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + local(c.objectIri()))
                .distinct().toList();
    }

    @Test
    void aMeasureThatDiffersBetweenMakingsIsBatchVariability() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] BatchVariability"),
                challengesOf("Particle numbers differed twofold between the three production batches."));
        assertEquals(List.of("Exosome[BovineMilk] BatchVariability"), challengesOf("The lots may differ in their cargo."));
        assertEquals(List.of("Exosome[BovineMilk] BatchVariability"),
                challengesOf("The vesicle content varied between cows and with the stage of lactation."));
        // the label later in the clause ("between batches") is read as it stands, not hidden by the measure's event
        assertTrue(challengesOf("Such products are poorly characterised, and their composition differs between batches.")
                .contains("Exosome[BovineMilk] BatchVariability"));
        // a difference between treatment groups is a finding; lots compared with a standard are no variability
        assertEquals(List.of(), challengesOf("Particle counts differed threefold between the treated and the untreated group."));
        assertEquals(List.of(), challengesOf("The lots may differ from the reference standard."));
        assertTrue(challengesOf("Their RNA content differed twofold between patients and healthy donors.").stream()
                .noneMatch(c -> c.endsWith("BatchVariability")));
        assertTrue(!challengesOf("Their microRNA content varies with the dose.").contains("Exosome[BovineMilk] BatchVariability"));
    }

    @Test
    void aModalAfterTheMeasureHedgesTheVariability() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, OPENING + "Their cargo probably varies with the breed and the season.\n", ".txt");
        assertTrue(e.claims().stream().anyMatch(c -> c.relation().localName().equals("hasChallenge")
                && local(c.objectIri()).equals("BatchVariability") && c.hedged()));
    }

    @Test
    void aShareLostInStorageOrAShortUseAfterThawingIsStorageStability() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] StorageStability"),
                challengesOf("Samples kept at 4 °C for three days lost about half of their particles."));
        assertEquals(List.of("Exosome[BovineMilk] StorageStability"),
                challengesOf("Once thawed, the suspension must be used within six hours."));
        // weight lost by the animals, a dosing schedule: no storing
        assertEquals(List.of(), challengesOf("The mice lost about 10 % of their body weight after two weeks."));
        assertEquals(List.of(), challengesOf("The suspension must be used within six hours of the first dose."));
    }

    @Test
    void aPriceOfACourseIsHighCost() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] HighCost"), challengesOf("A six-week course costs about 3,000 euros."));
        assertEquals(List.of(), challengesOf("The test costs only 20 dollars per sample."));
    }

    @Test
    void littleStartingMaterialOrFewVesiclesIsLowYield() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] LowYield"), challengesOf("Only small volumes of fluid can be collected from each patient."));
        assertEquals(List.of(), challengesOf("Large volumes of fluid can be collected from each patient."));
        assertEquals(List.of("ExtracellularVesicle LowYield"), challengesOf("The cultures yield few EVs per cell."));
        assertEquals(List.of(), challengesOf("The cultures yield many EVs per cell."));
    }

    @Test
    void aVesicleWordModifyingAMeasureDoesNotHideTheDiscourseVesicles() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] LowYield"), challengesOf("Vesicle yields from the fluid were low."));
        assertEquals(List.of(), challengesOf("Vesicle yields from the fluid were high."));
    }

    @Test
    void aRemedyOfAChallengeIsNoChallenge() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] BatchVariability"),
                challengesOf("Donor-to-donor variation remains a concern for such products."));
        assertEquals(List.of(), challengesOf("Immortalised cell lines remove donor-to-donor variation."));
    }

    @Test
    void aSmallShareLoadedIsLowLoadingEfficiency() throws Exception {
        assertTrue(challengesOf("Electroporation loads only a small fraction of the vesicles.").contains("Exosome[BovineMilk] LowLoadingEfficiency"));
        assertEquals(List.of(), challengesOf("Electroporation loads most of the vesicles."));
    }
}
