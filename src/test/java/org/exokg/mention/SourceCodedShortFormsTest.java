package org.exokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch recall3: a name built of a source's short form and a vesicle short form ("ADSC-Exos", "MSC‐Exo" with
 * any hyphen) is read as the vesicle, its source read beside it, so the claims about it are claims about source-qualified
 * exosomes. Invented sentences (none from a gold set), through the real lexicon and pipeline; near neighbours must give
 * no vesicle: a code that names no source, a lower-case "exo", a short form after a space.
 */
class SourceCodedShortFormsTest {

    @TempDir
    Path dir;

    private static final MentionRecognizer RECOGNIZER = new MentionRecognizer(TestSupport.projectLexicon());

    private static List<String> vesicles(String text) {
        return RECOGNIZER.recognize(text, 0, text.length()).stream().filter(m -> m.is(MentionType.VESICLE))
                .map(m -> m.surface() + "=" + m.iri().substring(ExoKg.NS.length())).toList();
    }

    @Test
    void aSourceCodeBeforeAVesicleShortFormNamesTheVesicle() {
        assertEquals(List.of("Exos=Exosome"), vesicles("ADSC-Exos lowered joint swelling in rabbits."));
        // U+2010 and U+2011, the hyphens typesetting puts into such names
        assertEquals(List.of("Exo=Exosome"), vesicles("Nebulised MSC\u2010Exo calmed the airways of sheep."));
        assertEquals(List.of("MVs=Microvesicle"), vesicles("iPSC\u2011MVs were counted by flow cytometry."));
    }

    @Test
    void lookAlikesNameNoVesicle() {
        // a code that names no source is left to the named preparations of the claim layer
        assertEquals(List.of(), vesicles("QX7-Exos lowered joint swelling in rabbits."));
        // lower case: a word part ("exo-" of an enzyme), not a name
        assertEquals(List.of(), vesicles("The MSC-exo nuclease was purified."));
        // a space, not a hyphen: "Exo" is no part of a name here
        assertEquals(List.of(), vesicles("MSC Exo medium was discarded."));
        // lipid nanoparticles stay what they are
        assertTrue(vesicles("Lipid nanoparticles carried siRNA to hepatocytes.").isEmpty());
    }

    @Test
    void claimsAboutTheNameAreClaimsAboutSourceQualifiedExosomes() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Stem cell exosomes for joint repair.\n\n"
                + "ADSC-Exos carried miR-140 into chondrocytes.\n", ".txt");
        List<String> claims = TestSupport.claimsOf(e, "ADSC-Exos carried", true);
        assertTrue(claims.contains("Exosome[MesenchymalStemCell] carries MicroRNA"), claims.toString());
        assertTrue(claims.contains("Exosome derivedFrom MesenchymalStemCell"), claims.toString());
        // the same sentence with a code that names no source: no source-qualified claim is made up
        DocumentExtraction other = TestSupport.extractText(dir, "Exosomes for joint repair.\n\n"
                + "QX7-Exos carried miR-140 into chondrocytes.\n", ".txt");
        assertTrue(TestSupport.claimsOf(other, "QX7-Exos carried", true).stream().noneMatch(c -> c.contains("MesenchymalStemCell")));
    }
}
