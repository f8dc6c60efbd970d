package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch groups41 (docs/extraction.md, "The group that received the vesicles stands for them"): a sentence
 * that names no vesicle but opens with the group that received them ("The mice ...", "No patient ...", "Patients given
 * the infusion ...", "Mice in the treatment arm ...") says its finding of the preparation under discussion, with its
 * qualifier; a control, vehicle or saline group, a group after another arm, a group in Methods and a group after two
 * preparations give nothing. Invented sentences, none from a gold set, through the real pipeline, with
 * {@code -Dexokg.receivingGroups} on and off.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ReceivingGroupsTest {

    private static final String SWITCH = "exokg.receivingGroups";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + " | " + c.sentence().text()).toList();
    }

    private static boolean has(List<String> got, String claim, String sentenceStart) {
        return got.stream().anyMatch(c -> c.startsWith(claim + " | " + sentenceStart));
    }

    private static boolean anyOf(List<String> got, String sentenceStart) {
        return got.stream().anyMatch(c -> c.contains(" | " + sentenceStart) && !c.contains(" derivedFrom "));
    }

    private static final String OPENING = "Stem cell vesicles in kidney injury\n\nExosomes from mesenchymal stem cells "
            + "reduced acute kidney injury in rats. ";
    private static final String MSC_AKI = "Exosome[MesenchymalStemCell] treats AcuteKidneyInjury";

    @Test
    void theGroupThatReceivedThemStandsForThePreparation() throws Exception {
        String definite = OPENING + "The rats had less acute kidney injury.";
        String product = OPENING + "Rats given the infusion had less acute kidney injury.";
        String arm = OPENING + "Rats in the treatment arm had less acute kidney injury.";
        assertFalse(has(claims(definite), MSC_AKI, "The rats"), "switch off: " + claims(definite));
        System.setProperty(SWITCH, "true");
        assertTrue(has(claims(definite), MSC_AKI, "The rats"), claims(definite).toString());
        assertTrue(has(claims(product), MSC_AKI, "Rats given the infusion"), claims(product).toString());
        assertTrue(has(claims(arm), MSC_AKI, "Rats in the treatment arm"), claims(arm).toString());
    }

    @Test
    void noGroupMemberMadeAntibodiesIsLowImmunogenicity() throws Exception {
        String none = OPENING + "No rat developed antibodies against them.";
        System.setProperty(SWITCH, "true");
        List<String> got = claims(none);
        assertTrue(has(got, "Exosome[MesenchymalStemCell] hasProperty LowImmunogenicity", "No rat"), got.toString());
        // the denial is the claim's: no positive immunogenicity of the vesicles
        assertFalse(has(got, "Exosome[MesenchymalStemCell] hasProperty Immunogenicity", "No rat"), got.toString());
    }

    @Test
    void noGroupMemberGivenThemHadTheHarmIsLowToxicity() throws Exception {
        String pigs = OPENING + "No pig treated with the exosomes developed arrhythmias.";
        String low = "Exosome[MesenchymalStemCell] hasProperty LowToxicity";
        String denied = "Exosome[MesenchymalStemCell] NOT hasProperty LowToxicity";
        assertTrue(has(claims(pigs), denied, "No pig"), "switch off: " + claims(pigs));
        System.setProperty("exokg.groupDeniedHarm", "true");
        try {
            List<String> got = claims(pigs);
            assertTrue(has(got, low, "No pig"), got.toString());
            assertFalse(has(got, denied, "No pig"), got.toString());
            // look-alike: the denial is the vesicles' own, not a group's ("the exosomes did not ..."): unchanged
            List<String> own = claims(OPENING + "Not the exosomes but the free drug caused no arrhythmias.");
            assertFalse(has(own, low, "Not the exosomes"), own.toString());
        } finally {
            System.clearProperty("exokg.groupDeniedHarm");
        }
    }

    @Test
    void lookAlikesGiveNothing() throws Exception {
        System.setProperty(SWITCH, "true");
        // a control group, a group given saline, an untreated group
        for (String s : List.of("The control rats had less acute kidney injury.", "Rats given saline had less acute kidney injury.",
                "Untreated rats had less acute kidney injury.")) {
            List<String> got = claims(OPENING + s);
            assertFalse(anyOf(got, s.substring(0, 12)), got.toString());
        }
        // the sentence before named another arm: the group may be that arm
        List<String> afterControl = claims(OPENING + "Control rats received saline. The rats had less acute kidney injury.");
        assertFalse(anyOf(afterControl, "The rats had"), afterControl.toString());
        // two preparations named just before (the sibling check): which one the group received is unknown
        List<String> twoArms = claims("Vesicles in kidney injury\n\nExosomes from mesenchymal stem cells and exosomes from "
                + "fibroblasts were compared in rats. The rats had less acute kidney injury.");
        assertFalse(anyOf(twoArms, "The rats had"), twoArms.toString());
        // a Methods section: the group given the vesicles is a step of the protocol
        List<String> methods = claims("Stem cell vesicles in kidney injury\n\nMethods\n\nExosomes from mesenchymal stem cells "
                + "were injected into rats. The rats had less acute kidney injury.");
        assertFalse(anyOf(methods, "The rats had"), methods.toString());
    }
}
