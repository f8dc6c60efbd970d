package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch transfer41 (convention yyy): vesicles that pass a nucleic acid they carry on to cells show
 * GeneticMaterialTransfer beside the carries claim, in the wordings the first reading left out (a coordinated or
 * modified object of "transfer", "pass ... to", a pronoun or relative that
 * takes the nucleic acid up again). Invented sentences, with the switch on; each test also keeps a look-alike unread.
 */
class GeneticTransferCuesTest {

    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void on() {
        before = System.getProperty("exokg.geneticTransferCues");
        System.setProperty("exokg.geneticTransferCues", "true");
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("exokg.geneticTransferCues");
        } else {
            System.setProperty("exokg.geneticTransferCues", before);
        }
    }

    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        List<String> found = TestSupport.claimsOf(TestSupport.extractText(dir, text, ".txt"), words, true);
        assertTrue(found.containsAll(expected), () -> "expected " + expected + " in " + found);
        assertTrue(found.stream().noneMatch(unexpected::contains), () -> "none of " + unexpected + " in " + found);
    }

    private static final String GMT = "hasProperty GeneticMaterialTransfer";

    @Test
    void coordinatedOrModifiedObjectOfTransfer() throws Exception {
        check("Keratinocyte exosomes transfer collagenases and microRNAs to fibroblasts.\n", "transfer",
                List.of("Exosome[Keratinocyte] " + GMT), List.of());
        check("Neutrophil microvesicles may transfer a pro-inflammatory microRNA to endothelial cells.\n", "transfer",
                List.of("Microvesicle[Neutrophil] " + GMT + " (hedged)"), List.of());
    }

    @Test
    void passedOnWithARecipient() throws Exception {
        check("Astrocyte exosomes contain microRNAs and pass them on to neurons.\n", "pass",
                List.of("Exosome[Astrocyte] " + GMT), List.of());
    }

    @Test
    void nucleicAcidTakenUpAgain() throws Exception {
        check("Adipocyte exosomes carried microRNAs and transferred them to hepatocytes.\n", "transferred",
                List.of("Exosome[Adipocyte] " + GMT), List.of());
    }

    @Test
    void offByDefault() throws Exception {
        // the lead turned the reading OFF after the merge (docs/switches.md, "Repeated looks"): without the property the
        // shape only this reading knows (a pronoun taking the nucleic acid up again) gives the cargo, not the property
        System.clearProperty("exokg.geneticTransferCues");
        check("Adipocyte exosomes carried microRNAs and transferred them to hepatocytes.\n", "transferred",
                List.of("Exosome[Adipocyte] carries MicroRNA"), List.of("Exosome[Adipocyte] " + GMT));
    }

    @Test
    void lookAlikesAreNotRead() throws Exception {
        // proteins alone are no genetic material
        check("Keratinocyte exosomes transfer collagenases and growth factors to fibroblasts.\n", "transfer",
                List.of(), List.of("Exosome[Keratinocyte] " + GMT));
        // carrying a nucleic acid, with no recipient or with one, is cargo only (the golds write the latter both ways)
        check("Keratinocyte exosomes carry microRNAs and lipids.\n", "carry",
                List.of(), List.of("Exosome[Keratinocyte] " + GMT));
        check("Keratinocyte exosomes carry microRNAs and lipids between cells.\n", "carry",
                List.of(), List.of("Exosome[Keratinocyte] " + GMT));
        // an unintended horizontal transfer named as a risk is the challenge, not the property
        check("Tumour exosomes carry microRNAs, and their horizontal transfer to healthy cells is a risk.\n", "horizontal",
                List.of(), List.of("Exosome[TumorCell] " + GMT));
        // a drug delivered: loaded or therapeutic nucleic acids are cargo, not the vesicles' own transfer
        check("Astrocyte exosomes loaded by electroporation transferred a therapeutic siRNA to neurons.\n", "transferred",
                List.of(), List.of("Exosome[Astrocyte] " + GMT));
        // a look-alike carrier delivering the nucleic acid
        check("Unlike lipid nanoparticles, which deliver siRNA to hepatocytes, exosomes carry microRNAs.\n", "deliver",
                List.of(), List.of("Exosome " + GMT));
    }
}
