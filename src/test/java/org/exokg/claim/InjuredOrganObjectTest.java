package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch objects4 (twenty-third session): an injury said by its participle before the body part it hurt
 * ("the injured kidney", "the injured human lung"), next to a vesicle subject, is the object Injury (claim-rules.yaml,
 * challengeEvents objects4-injured-organ); in a text about one named injury it is that injury (disease-focus.yaml,
 * injury-in-focus). Invented texts, each with a near neighbour that must not give the claim.
 */
class InjuredOrganObjectTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    @Test
    void vesiclesRepairingAnInjuredOrganTreatTheInjury() throws Exception {
        List<String> got = claims("Exosomes from adipose stromal cells repaired the injured rat liver within a week.");
        assertTrue(got.contains("Exosome[MesenchymalStemCell] treats Injury"), got.toString());
        // injured animals name no injured body part: no injury object
        List<String> animals = claims("Exosomes from adipose stromal cells were given to injured rats within a week.");
        assertTrue(animals.stream().noneMatch(c -> c.contains("Injury")), animals.toString());
    }

    @Test
    void vesiclesGatheringInAnInjuredOrganTargetTheInjury() throws Exception {
        List<String> got = claims("Labelled platelet EVs accumulated in the injured muscle after two hours.");
        assertTrue(got.contains("ExtracellularVesicle[Platelet] targets Injury"), got.toString());
        // the same place unhurt is an organ, no injury
        List<String> healthy = claims("Labelled platelet EVs accumulated in the healthy muscle after two hours.");
        assertTrue(healthy.stream().noneMatch(c -> c.contains("Injury")), healthy.toString());
    }

    @Test
    void inATextAboutOneNamedInjuryTheInjuredOrganIsThatInjury() throws Exception {
        List<String> got = claims("Exosomes from urine-derived stem cells reduced acute kidney injury in mice given cisplatin. "
                + "The exosomes accumulated in the injured kidney within hours.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Exosome") && c.contains("targets AcuteKidneyInjury")), got.toString());
    }

    @Test
    void theSwitchLeavesTheWordingOut() throws Exception {
        // the default rules are loaded once, when the extractor's classes first load: load them before the switch is set
        assertTrue(claims("Exosomes from adipose stromal cells repair the injured rat liver.").contains(
                "Exosome[MesenchymalStemCell] treats Injury"));
        System.setProperty("exokg.noInjuredOrgan", "true");
        try {
            ClaimPatterns off = ClaimPatterns.parse(ClaimPatterns.class.getResourceAsStream("claim-rules.yaml"), "claim-rules.yaml");
            assertTrue(off.challengeEvents().stream().noneMatch(e -> e.id().startsWith("objects4-")));
        } finally {
            System.clearProperty("exokg.noInjuredOrgan");
        }
        ClaimPatterns on = ClaimPatterns.parse(ClaimPatterns.class.getResourceAsStream("claim-rules.yaml"), "claim-rules.yaml");
        assertTrue(on.challengeEvents().stream().anyMatch(e -> e.id().equals("objects4-injured-organ")));
    }
}
