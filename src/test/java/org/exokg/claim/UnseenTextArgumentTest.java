package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, blind set 7 as development data (branch `dev7`): shapes of argument structure, subject and scope behind
 * the false positives and misses of set 7 that will recur in papers nobody here has read — a sentence-case title line,
 * a vesicle named as what another carrier is not, how look-alikes were made, a pronoun in a fronted reason clause.
 * Invented sentences of each shape (none from a gold set), through the real pipeline; each test also keeps the right
 * reading of a near neighbour.
 */
class UnseenTextArgumentTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    /** Asserts that some claim of the sentence of {@code text} holding {@code words} passes {@code test}. */
    private void assertSome(String text, String words, Predicate<String> test) throws Exception {
        List<String> claims = claimsOf(text, words);
        assertTrue(claims.stream().anyMatch(test), claims.toString());
    }

    /** Asserts that no claim of the sentence of {@code text} holding {@code words} passes {@code test}. */
    private void assertNone(String text, String words, Predicate<String> test) throws Exception {
        List<String> claims = claimsOf(text, words);
        assertTrue(claims.stream().noneMatch(test), claims.toString());
    }

    /** Asserts that the sentence of {@code text} holding {@code words} gives {@code claim}. */
    private void assertReads(String text, String words, String claim) throws Exception {
        List<String> claims = claimsOf(text, words);
        assertTrue(claims.contains(claim), claims.toString());
    }

    @Test
    void aSentenceCaseFirstLineOnItsOwnIsTheTitle() throws Exception {
        String text = "Milk exosomes as oral carriers of curcumin in colitis\n\n"
                + "Milk exosomes carried curcumin across the intestinal barrier.\n";
        assertNone(text, "as oral carriers", c -> true);
        assertReads(text, "across the intestinal barrier", "Exosome[Milk] carries Curcumin");
        // a first line that runs on in its paragraph is prose, not a title
        String prose = "Milk exosomes carried curcumin across the intestinal barrier\nin mice with colitis.\n";
        assertReads(prose, "across the intestinal barrier", "Exosome[Milk] carries Curcumin");
    }

    @Test
    void aVesicleNamedAsWhatAnotherCarrierIsNotIsNoSubject() throws Exception {
        String text = "Nanoparticles wrapped in red cell membranes, which are not exosomes, also carry doxorubicin. "
                + "Exosomes from red cells carry haemoglobin, but they are not toxic.\n";
        assertNone(text, "which are not exosomes", c -> c.startsWith("Exosome"));
        // the vesicles' own sentence is still read
        assertSome(text, "carry haemoglobin", c -> c.startsWith("Exosome"));
    }

    @Test
    void howLookAlikesWereMadeFromTheirStartingMaterialIsNoLoading() throws Exception {
        String text = "We compared milk exosomes with EV mimetics produced from macrophages by serial extrusion. "
                + "Milk exosomes were loaded with paclitaxel by sonication.\n";
        assertNone(text, "serial extrusion", c -> c.contains("loadedBy"));
        assertReads(text, "by sonication", "Exosome[Milk] loadedBy Sonication");
        // a preparation from its source that was then loaded is loaded by the technique
        String loaded = "Here we test TNV-1, a nanovesicle preparation from tomato fruit, loaded with siRNA by electroporation.\n";
        assertSome(loaded, "by electroporation", c -> c.contains("loadedBy Electroporation"));
    }

    @Test
    void aPronounInAFrontedReasonClausePointsToTheMainClausesVesicle() throws Exception {
        String text = "Exosomes circulate in the blood of patients. "
                + "Because they mirror the make-up of their parent cells, milk EVs are good candidates for drug delivery. "
                + "Because of their small size, they cross the blood-brain barrier.\n";
        assertNone(text, "Because they mirror", c -> c.startsWith("Exosome"));
        assertSome(text, "Because they mirror", c -> c.startsWith("ExtracellularVesicle[Milk] usedFor"));
        // a fronted phrase whose main clause opens with the pronoun still reads the pronoun (the vesicles just named)
        assertReads(text, "small size", "ExtracellularVesicle[Milk] crosses BloodBrainBarrier");
    }

    @Test
    void aCapitalisedLeadInAfterAListStartsAListOfItsOwn() throws Exception {
        String text = "Milk exosomes offer these advantages:\n- low immunogenicity\n- high stability\n"
                + "The obstacles that remain are:\n- batch-to-batch variability\n- low yield\n";
        assertNone(text, "high stability", c -> c.contains("hasChallenge"));
        assertSome(text, "high stability", c -> c.endsWith("hasProperty Stability"));
        assertSome(text, "batch-to-batch variability", c -> c.endsWith("hasChallenge BatchVariability"));
    }

    @Test
    void aTechniqueThatLoadsCargoIntoTheVesiclesIsTheLoadingSubject() throws Exception {
        String text = "Sonication loaded paclitaxel into milk exosomes within minutes. "
                + "Incubation is a simple method for loading curcumin into plasma exosomes. "
                + "Exosomes loaded into a hydrogel were released over a week.\n";
        assertReads(text, "within minutes", "Exosome[Milk] loadedBy Sonication");
        assertReads(text, "within minutes", "Exosome[Milk] carries Paclitaxel");
        assertReads(text, "simple method", "Exosome[BloodPlasma] loadedBy Incubation");
        assertReads(text, "simple method", "Exosome[BloodPlasma] carries Curcumin");
        // vesicles put into a material are no cargo of anything
        assertNone(text, "hydrogel", c -> c.contains("carries"));
    }

    @Test
    void anAbbreviationDefinedInParenthesesNamesThePreparationLater() throws Exception {
        String text = "We isolated exosomes from adipose-derived stem cells (ADSC-Exos) by ultracentrifugation. "
                + "ADSC-Exos were taken up by keratinocytes but not by fibroblasts. "
                + "Exosomes were taken up by macrophages.\n";
        assertReads(text, "by keratinocytes", "Exosome[MesenchymalStemCell] targets Keratinocyte");
        // plain "Exosomes" in a later finding of this one-preparation text are the preparation (convention cccccccc,
        // goldconv38b; this fixture of branch dev7 had them unqualified before cccccccc: corrected by branch decision42,
        // when preparationFindings went ON; PreparationFindingsTest keeps a present-tense statement of the kind unqualified)
        assertReads(text, "by macrophages", "Exosome[MesenchymalStemCell] targets Macrophage");
    }

    @Test
    void aMoreSpecificVesicleInAnotherClauseIsAnotherPopulation() throws Exception {
        String text = "Exosomes loaded with curcumin reduced pain, and gold nanoparticles inside macrophage EVs allowed imaging. "
                + "Extracellular vesicles known as exosomes carry microRNA.\n";
        assertReads(text, "inside macrophage EVs", "ExtracellularVesicle derivedFrom Macrophage");
        assertNone(text, "inside macrophage EVs", "Exosome derivedFrom Macrophage"::equals);
        // an apposition still names the same vesicles more precisely
        assertReads(text, "known as exosomes", "Exosome carries MicroRNA");
    }

    @Test
    void aDefiniteNameOfTheKindUnderDiscussionIsThatKind() throws Exception {
        String text = "We tested GNV-2, a nanovesicle preparation from grapefruit juice, in mice. "
                + "The nanovesicles were taken up by macrophages. "
                + "Engineered exosomes carried siRNA into neurons. These exosomes crossed the blood-brain barrier.\n";
        // (branch precision) the lead's convention of the ninth session: a named preparation keeps its source in every
        // claim about it, so "the nanovesicles" of GNV-2 are the grapefruit ones
        assertReads(text, "The nanovesicles", "PlantDerivedNanovesicle[Grapefruit] targets Macrophage");
        assertReads(text, "These exosomes", "EngineeredExosome crosses BloodBrainBarrier");
    }

    @Test
    void aFromPhraseOfAnotherNounsParticipleIsThatNounsOrigin() throws Exception {
        String text = "Milk EVs offer several advantages over products made from cultured fibroblasts. "
                + "Milk EVs were made from skimmed milk.\n";
        assertNone(text, "advantages over", c -> c.contains("derivedFrom Fibroblast"));
        assertReads(text, "skimmed milk", "ExtracellularVesicle derivedFrom Milk");
    }
}
