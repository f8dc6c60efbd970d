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
 * Issue 15, branch anaphorqual40 (convention c): participle anaphors keep the preparation's qualifier
 * (docs/extraction.md, "Participle anaphors of the one preparation in any tense or mood"). Two readings, each behind its
 * switch: {@code -Dexokg.participleAnaphors} (a participle of what was done to the document's one preparation, right
 * before a bare plural vesicle noun, carries that preparation also in a present-tense or modal sentence; not in a text
 * that compares preparations of two sources: the sibling check) and {@code -Dexokg.versusInNames} ("graft-versus-host
 * disease" breaks no chain of the preparation under discussion). Invented sentences, none from a gold set.
 */
@ExtendWith(WithoutClaimConfidence.class)
class ParticipleAnaphorsTest {

    private static final String PARTICIPLES = "exokg.participleAnaphors";
    private static final String VERSUS = "exokg.versusInNames";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(PARTICIPLES);
        System.clearProperty(VERSUS);
    }

    private List<String> claims(String property, boolean on, String text, String words) throws Exception {
        System.setProperty(property, String.valueOf(on));
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream().filter(c -> c.sentence().text().contains(words))
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())).toList();
    }

    /** A text about one preparation, bovine milk exosomes loaded with curcumin, then a modal sentence in the Discussion. */
    private static final String ONE_PREPARATION = "Milk exosomes loaded with curcumin in colitis\n\n"
            + "We loaded exosomes from bovine milk with curcumin by sonication. In mice with colitis, the exosomes were taken "
            + "up by colonic macrophages and reduced weight loss.\n\n"
            + "Discussion\n\n"
            + "Loaded exosomes might also reach epithelial cells of the small intestine in larger animals.\n";

    @Test
    void aParticipleAnaphorInAModalSentenceKeepsTheSource() throws Exception {
        List<String> on = claims(PARTICIPLES, true, ONE_PREPARATION, "larger animals");
        assertTrue(on.contains("Exosome[BovineMilk] targets EpithelialCell"), on.toString());
        List<String> off = claims(PARTICIPLES, false, ONE_PREPARATION, "larger animals");
        assertTrue(off.contains("Exosome targets EpithelialCell"), off.toString());
    }

    /** The sibling check: exosomes of two sources loaded alike; "Loaded exosomes" is neither alone. */
    private static final String TWO_SOURCES = "Milk and plasma exosomes loaded with curcumin in colitis\n\n"
            + "We loaded exosomes from bovine milk and exosomes from human plasma with curcumin by sonication. In mice with "
            + "colitis, the milk exosomes were taken up by colonic macrophages and reduced weight loss.\n\n"
            + "Discussion\n\n"
            + "Loaded exosomes might also reach epithelial cells of the small intestine in larger animals.\n";

    @Test
    void twoSourcesGiveTheParticipleNoSource() throws Exception {
        List<String> on = claims(PARTICIPLES, true, TWO_SOURCES, "larger animals");
        assertTrue(on.contains("Exosome targets EpithelialCell"), on.toString());
        assertFalse(on.stream().anyMatch(c -> c.contains("[BovineMilk]") || c.contains("[BloodPlasma]")), on.toString());
    }

    /** A participle of a comparator arm or of a new product is no anaphor of the preparation. */
    @Test
    void comparatorAndNewProductParticiplesAreNoAnaphors() throws Exception {
        String unloaded = ONE_PREPARATION.replace("Loaded exosomes might", "Unloaded exosomes might");
        List<String> arm = claims(PARTICIPLES, true, unloaded, "larger animals");
        assertTrue(arm.contains("Exosome targets EpithelialCell"), arm.toString());
        // a participle that names a kind of its own (convention z) is the kind in general here
        String engineered = ONE_PREPARATION.replace("Loaded exosomes might", "Engineered exosomes might");
        List<String> kind = claims(PARTICIPLES, true, engineered, "larger animals");
        assertTrue(kind.contains("EngineeredExosome targets EpithelialCell"), kind.toString());
    }

    /** A finding after a sentence that names graft-versus-host disease, in a text about one preparation. */
    private static final String GRAFT_VERSUS_HOST = "Umbilical cord stem cell exosomes as eye drops\n\n"
            + "The clinic asks that eye drops containing exosomes from umbilical cord mesenchymal stem cells be supplied to "
            + "patients with dry eye.\n\n"
            + "In rats with graft-versus-host disease of the eye, the exosomes lowered corneal damage. Labelled exosomes placed "
            + "on the eye were washed away within an hour, so most of the dose is lost.\n";

    @Test
    void graftVersusHostBreaksNoChain() throws Exception {
        List<String> on = claims(VERSUS, true, GRAFT_VERSUS_HOST, "washed away");
        assertTrue(on.contains("Exosome[MesenchymalStemCell] carries ImagingProbe"), on.toString());
        List<String> off = claims(VERSUS, false, GRAFT_VERSUS_HOST, "washed away");
        assertTrue(off.contains("Exosome carries ImagingProbe"), off.toString());
        // a real contrast still breaks it
        String contrast = GRAFT_VERSUS_HOST.replace("graft-versus-host disease of the eye", "dry eye, versus exosomes from fibroblasts");
        List<String> cut = claims(VERSUS, true, contrast, "washed away");
        assertTrue(cut.contains("Exosome carries ImagingProbe"), cut.toString());
    }

    @Test
    void hyphenGluedSpans() {
        String s = "in rats with graft-versus-host disease, versus controls";
        int glued = s.indexOf("versus");
        assertTrue(TopicPreparation.gluedByHyphens(s, glued, glued + 6));
        int free = s.lastIndexOf("versus");
        assertFalse(TopicPreparation.gluedByHyphens(s, free, free + 6));
    }
}
