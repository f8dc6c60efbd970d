package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch conventions39: the three shapes of conventions bb, dddddddd and eeeeeeee (CompanionClaims,
 * docs/extraction.md). Invented sentences, none from a gold set, through the real pipeline; each switch off and on, and
 * a look-alike that must not read the row.
 */
@ExtendWith(WithoutClaimConfidence.class)
class CompanionClaimsTest {

    private static final List<String> SWITCHES = List.of("exokg.ediblePlantStructure", "exokg.carriedIntoPlace",
            "exokg.storageAggregation");

    @AfterEach
    void reset() {
        SWITCHES.forEach(System::clearProperty);
    }

    @TempDir
    Path dir;

    private List<String> claims(String text, String words) throws Exception {
        List<String> c = TestSupport.claimsOfText(dir, text + "\n", words);
        System.out.println(words + " -> " + c);
        return c;
    }

    @Test
    void ediblePlantVesiclesComeFromAPlantStructure() throws Exception {
        String s = "Edible plant nanovesicles are promising carriers for oral drugs.";
        List<String> off = claims(s, "Edible plant");
        assertFalse(off.contains("PlantDerivedNanovesicle derivedFrom PlantStructure"), off.toString());
        System.setProperty("exokg.ediblePlantStructure", "true");
        List<String> on = claims(s, "Edible plant");
        assertTrue(on.contains("PlantDerivedNanovesicle derivedFrom PlantStructure"), on.toString());
        assertFalse(on.contains("PlantDerivedNanovesicle derivedFrom Plant"), on.toString());
        // plant nanovesicles not called edible keep the kind's own source
        List<String> plain = claims("Plant nanovesicles are promising carriers for oral drugs.", "Plant nanovesicles");
        assertTrue(plain.contains("PlantDerivedNanovesicle derivedFrom Plant"), plain.toString());
    }

    @Test
    void aDrugCarriedIntoATissueIsDelivered() throws Exception {
        String s = "Goat milk vesicles loaded with doxorubicin carried the drug into lung tumours of mice.";
        System.setProperty("exokg.carriedIntoPlace", "false"); // ON by default since this branch
        List<String> off = claims(s, "carried the drug");
        assertFalse(off.stream().anyMatch(c -> c.endsWith("usedFor DrugDelivery")), off.toString());
        System.setProperty("exokg.carriedIntoPlace", "true");
        List<String> on = claims(s, "carried the drug");
        assertTrue(on.stream().anyMatch(c -> c.contains("carries Doxorubicin")), on.toString());
        assertTrue(on.stream().anyMatch(c -> c.endsWith("usedFor DrugDelivery")), on.toString());
        // "carry" without a destination is the content only
        List<String> content = claims("Goat milk vesicles carried doxorubicin after loading by electroporation.", "carried doxorubicin");
        assertTrue(content.stream().anyMatch(c -> c.contains("carries Doxorubicin")), content.toString());
        assertFalse(content.stream().anyMatch(c -> c.endsWith("usedFor DrugDelivery")), content.toString());
    }

    @Test
    void aggregationThroughStorageIsAStorageProblem() throws Exception {
        String s = "Milk exosomes tend to aggregate after repeated freezing and thawing.";
        List<String> off = claims(s, "repeated freezing");
        assertFalse(off.stream().anyMatch(c -> c.endsWith("hasChallenge StorageStability")), off.toString());
        System.setProperty("exokg.storageAggregation", "true");
        List<String> on = claims(s, "repeated freezing");
        assertTrue(on.stream().anyMatch(c -> c.endsWith("hasChallenge VesicleAggregation")), on.toString());
        assertTrue(on.stream().anyMatch(c -> c.endsWith("hasChallenge StorageStability")), on.toString());
        // aggregation caused by loading stays VesicleAggregation alone
        List<String> loading = claims("Milk exosomes tend to aggregate after freezing and loading by electroporation.", "loading by");
        assertTrue(loading.stream().anyMatch(c -> c.endsWith("hasChallenge VesicleAggregation")), loading.toString());
        assertFalse(loading.stream().anyMatch(c -> c.endsWith("hasChallenge StorageStability")), loading.toString());
    }
}
