package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch objects3 (twenty-first session): a second relation lost in a sentence that gives a claim. Invented
 * sentences through the real pipeline, each shape both ways.
 */
class SecondRelationsInClaimSentencesTest {

    @TempDir
    Path dir;

    private List<String> claims(String sentence) throws Exception {
        return TestSupport.claimsOfResultsSentence(dir, sentence);
    }

    @Test
    void aRuleAnchoredAtTheVesicleIsReadAfterItsOwnOriginPhrase() throws Exception {
        // the source was read; the verb right after "from <cells>" was not, as it is after "<cells> vesicles"
        List<String> released = claims("Vesicles released by platelets primed dendritic cells in the spleen.");
        assertTrue(released.contains("ExtracellularVesicle[Platelet] targets DendriticCell"), released.toString());
        List<String> from = claims("Extracellular vesicles from bone marrow stromal cells modulated alveolar macrophages.");
        assertTrue(from.contains("ExtracellularVesicle[MesenchymalStemCell] targets Macrophage"), from.toString());
        List<String> of = claims("Exosomes of adipose stem cells dampened microglia after stroke.");
        assertTrue(of.contains("Exosome[StemCell] targets MicroglialCell"), of.toString());
        // the bracket of a name after the origin, and the source's own participle phrase closed by a comma
        List<String> named = claims("Vesicles from platelets (PEVs) modulated macrophages in the wound.");
        assertTrue(named.contains("ExtracellularVesicle[Platelet] targets Macrophage"), named.toString());
        List<String> participle = claims("Extracellular vesicles, made from macrophages treated with interleukin-4, modulated microglia after injury.");
        assertTrue(participle.contains("ExtracellularVesicle[Macrophage] targets MicroglialCell"), participle.toString());
    }

    @Test
    void anAdverbOrAnInsertionBetweenVesicleAndVerbIsPassed() throws Exception {
        List<String> adverb = claims("Milk exosomes markedly modulated colonic macrophages.");
        assertTrue(adverb.contains("Exosome[Milk] targets Macrophage"), adverb.toString());
        List<String> insertion = claims("Milk exosomes, given by gavage, modulated colonic macrophages.");
        assertTrue(insertion.contains("Exosome[Milk] targets Macrophage"), insertion.toString());
        // a list of other subjects is no insertion: the vesicles are one of three that act
        List<String> list = claims("Milk exosomes, liposomes and macrophages modulated T cells.");
        assertFalse(list.contains("Exosome[Milk] targets TCell"), list.toString());
    }

    @Test
    void noVerbIsReadPastAClauseOfItsOwnOrAParticipleOfTheSource() throws Exception {
        // a new clause with its own subject: the neutrophils activate, not the vesicles
        List<String> clause = claims("Vesicles from platelets were counted, and neutrophils activated T cells.");
        assertFalse(clause.contains("ExtracellularVesicle[Platelet] targets TCell"), clause.toString());
        // after the comma that closes the source's participle, a subject of its own acts
        List<String> participle = claims("Exosomes from dendritic cells matured with interferon, and T cells activated natural killer cells.");
        assertFalse(participle.contains("Exosome[DendriticCell] targets NaturalKillerCell"), participle.toString());
    }

    @Test
    void aRuleAnchoredAtTheVesicleIsReadAfterTheConjunctionOfItsOwnPredicate() throws Exception {
        List<String> second = claims("Milk exosomes lowered fibrosis and modulated resident macrophages.");
        assertTrue(second.contains("Exosome[Milk] targets Macrophage"), second.toString());
        List<String> third = claims("Platelet vesicles carried miR-223, crossed the blood-brain barrier and modulated microglia.");
        assertTrue(third.contains("ExtracellularVesicle[Platelet] targets MicroglialCell"), third.toString());
    }

    @Test
    void noConjunctionOfNounsOrOfAClauseOfItsOwnIsAPredicate() throws Exception {
        // a noun phrase "vesicles and polarised macrophages" opens no predicate of the vesicles
        List<String> nouns = claims("Platelet vesicles and polarised macrophages were counted in the joint.");
        assertFalse(nouns.contains("ExtracellularVesicle[Platelet] targets Macrophage"), nouns.toString());
        // "and raised markers" is no name of the vesicles that predicts anything
        List<String> markers = claims("Platelet vesicles were taken up by macrophages and raised markers of repair.");
        assertTrue(markers.stream().noneMatch(c -> c.contains(" usedFor Biomarker")), markers.toString());
        // "and that ..." opens a complement clause of its own
        List<String> complement = claims("The panel noted that platelet vesicles are cheap and that no toxicity was seen.");
        assertFalse(complement.contains("ExtracellularVesicle[Platelet] NOT hasProperty LowToxicity"), complement.toString());
    }
}
