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
 * Issue 15, branch guards41 (docs/extraction.md, "Guards against the design sets' commonest wrong claims"): readings
 * that only remove claims. Invented texts, none from a gold set, through the real pipeline, each guard off and on,
 * with a look-alike whose claim must stay: {@code -Dexokg.ownSubjectGuard}, {@code -Dexokg.metChallengeGuard},
 * {@code -Dexokg.lookAlikeSubjectGuard} (all OFF by default).
 */
@ExtendWith(WithoutClaimConfidence.class)
class ClaimGuardsTest {

    private static final String OWN_SUBJECT = "exokg.ownSubjectGuard";
    private static final String MET = "exokg.metChallengeGuard";
    private static final String LOOK_ALIKE = "exokg.lookAlikeSubjectGuard";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(OWN_SUBJECT);
        System.clearProperty(MET);
        System.clearProperty(LOOK_ALIKE);
    }

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + " {" + c.rule() + "}").toList();
    }

    private static boolean has(List<String> got, String relationAndObject) {
        return got.stream().anyMatch(c -> c.contains(" " + relationAndObject + " {"));
    }

    @Test
    void guardsAreOffByDefault() {
        assertFalse(ClaimGuards.on());
    }

    @Test
    void aSentenceWithASubjectOfItsOwnGivesTheVesiclesNothing() throws Exception {
        String other = "Engineered exosomes from producer cells were loaded with siRNA. "
                + "Producer cells grown in flasks varied threefold between batches.";
        List<String> off = claims(other);
        assertTrue(has(off, "hasChallenge BatchVariability"), "switch off: " + off);
        System.setProperty(OWN_SUBJECT, "true");
        List<String> on = claims(other);
        assertFalse(has(on, "hasChallenge BatchVariability"), on.toString());
        // the look-alike: the sentence's subject is the vesicles' own yield, the challenge stays theirs
        List<String> kept = claims("Engineered exosomes from producer cells were loaded with siRNA. "
                + "Particle yield per litre varied threefold between batches.");
        assertTrue(has(kept, "hasChallenge BatchVariability"), kept.toString());
    }

    @Test
    void aChallengeKeptWithinLimitsIsNoChallenge() throws Exception {
        String met = "Engineered exosomes from producer cells were loaded with siRNA. "
                + "Particle yield per litre varied by less than 10% between batches, within the acceptance range.";
        List<String> off = claims(met);
        assertTrue(has(off, "hasChallenge BatchVariability"), "switch off: " + off);
        System.setProperty(MET, "true");
        List<String> on = claims(met);
        assertFalse(has(on, "hasChallenge BatchVariability"), on.toString());
        List<String> saponin = claims("Hepatocyte EVs were loaded with catalase using saponin. "
                + "Residual saponin was below the limit of detection, and the EVs did not cause haemolysis.");
        assertFalse(has(saponin, "hasChallenge SafetyConcern"), saponin.toString());
        // the look-alike: the variation is not said to be in hand
        List<String> kept = claims("Engineered exosomes from producer cells were loaded with siRNA. "
                + "Particle yield per litre varied threefold between batches.");
        assertTrue(has(kept, "hasChallenge BatchVariability"), kept.toString());
    }

    @Test
    void aSentenceAboutALookAlikeCarrierSaysNothingOfTheVesicles() throws Exception {
        String liposomes = "Exosomes from dendritic cells carry MHC molecules. Liposomes, by contrast, are artificial "
                + "vesicles and not extracellular vesicles, even when they are decorated with exosome proteins.";
        String hybrids = "Hybrids are artificial vesicles made by fusing exosomes with liposomes: they are easier to "
                + "load, and they have lost the natural tropism of the parent exosomes.";
        List<String> off = claims(liposomes);
        assertTrue(off.stream().anyMatch(c -> c.startsWith("Exosome carries Protein {vesicle-cargo-compound")), "switch off: " + off);
        assertTrue(has(claims(hybrids), "hasProperty TargetingAbility"), "switch off");
        System.setProperty(LOOK_ALIKE, "true");
        List<String> on = claims(liposomes);
        assertFalse(on.stream().anyMatch(c -> c.startsWith("Exosome carries Protein {vesicle-cargo-compound")), on.toString());
        // the first sentence's own claim and the liposomes' kind rows stay
        assertTrue(on.stream().anyMatch(c -> c.startsWith("Exosome carries Protein {vesicle-carries-cargo")), on.toString());
        assertTrue(on.stream().anyMatch(c -> c.startsWith("Liposome NOT isKindOf ExtracellularVesicle")), on.toString());
        assertFalse(has(claims(hybrids), "hasProperty TargetingAbility"));
        // look-alikes: the vesicles coordinated with the carrier, and a sentence opening with the vesicles
        assertTrue(has(claims("Liposomes and exosomes both carry siRNA to the liver."), "carries SiRNA"));
        assertTrue(has(claims("Milk exosomes carry microRNAs and cross the intestinal barrier."), "crosses IntestinalBarrier"));
    }
}
