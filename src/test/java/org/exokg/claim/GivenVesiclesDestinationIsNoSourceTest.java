package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch destinations (twenty-ninth session): vesicles found, detected or present in a fluid or tissue come
 * from it when they are the body's own ("exosomes are present in urine"), but given vesicles found where they went name
 * a destination, no source (rules vesicle-found-in-source, vesicle-in-source and vesicle-in-modified-source: a sentence with an administration word
 * or labelled vesicles reads no derivedFrom). Invented sentences, each with its near neighbour.
 */
class GivenVesiclesDestinationIsNoSourceTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfText(dir, "Results\n\n" + sentence + "\n", sentence.substring(0, 20));
    }

    @Test
    void endogenousVesiclesFoundInAFluidComeFromIt() throws Exception {
        List<String> urine = claims("Extracellular vesicles were detected in the urine of patients with kidney disease.");
        assertTrue(urine.contains("ExtracellularVesicle derivedFrom Urine"), urine.toString());
        List<String> plasma = claims("Exosomes are present in the plasma of healthy donors and carry microRNAs.");
        assertTrue(plasma.contains("Exosome derivedFrom BloodPlasma"), plasma.toString());
        List<String> bare = claims("Extracellular vesicles in the saliva of smokers carry inflammatory proteins.");
        assertTrue(bare.contains("ExtracellularVesicle derivedFrom Saliva"), bare.toString());
    }

    /** Near neighbours: the same places reached by vesicles that were given. */
    @Test
    void givenVesiclesFoundInAFluidNameNoSource() throws Exception {
        List<String> dosed = claims("Extracellular vesicles were detected in the urine of mice after oral dosing.");
        assertFalse(dosed.stream().anyMatch(c -> c.contains("derivedFrom Urine")), dosed.toString());
        List<String> injected = claims("Four hours after intravenous injection, exosomes were present in the plasma of the rats.");
        assertFalse(injected.stream().anyMatch(c -> c.contains("derivedFrom BloodPlasma")), injected.toString());
        List<String> labelled = claims("DiR-labelled extracellular vesicles were found in the saliva of the treated mice.");
        assertFalse(labelled.stream().anyMatch(c -> c.contains("derivedFrom Saliva")), labelled.toString());
        List<String> infused = claims("Extracellular vesicles in the blood fell by half within an hour of the infusion.");
        assertFalse(infused.stream().anyMatch(c -> c.contains("derivedFrom Blood")), infused.toString());
    }

    /** Near neighbour: an adjective of a route that names no administration of the vesicles keeps the reading. */
    @Test
    void aRouteAdjectiveAloneKeepsTheSource() throws Exception {
        List<String> claims = claims("Extracellular vesicles in the ascites of patients carry microRNAs that could guide intraperitoneal chemotherapy.");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Ascites"), claims.toString());
    }
}
