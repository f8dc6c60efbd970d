package org.exokg.claim;

import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, branch kinds (eighteenth session): wordings of classification claims read with the words of
 * kind-words.yaml: a second category after the first ("rather than", "and not", "but"), coordinated subjects, a
 * parenthetical before or after the copula, a non-restrictive "which are", verbs of membership, and material things
 * that are not vesicles said to be or not to be a vesicle kind. The category stays the head noun of the predicate.
 * Invented sentences.
 */
class ClassificationWordingsTest {

    /** The isKindOf triples of one invented sentence, "NOT " before a denied one, sorted. */
    private static List<String> kinds(String sentence) {
        return projectClaims(sentence).stream().filter(c -> c.relation() == Relation.IS_KIND_OF)
                .map(c -> org.exokg.TestSupport.local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + "isKindOf "
                        + org.exokg.TestSupport.local(c.objectIri()))
                .sorted().toList();
    }

    @Test
    void aSecondCategoryAfterAStatedOneIsDenied() {
        assertEquals(List.of("HybridVesicle NOT isKindOf ExtracellularVesicle", "HybridVesicle isKindOf ArtificialVesicle"),
                kinds("Hybrid vesicles are artificial vesicles rather than extracellular vesicles."));
        assertEquals(List.of("HybridVesicle NOT isKindOf ExtracellularVesicle", "HybridVesicle isKindOf ArtificialVesicle"),
                kinds("Hybrid vesicles are artificial vesicles and not extracellular vesicles."));
        assertEquals(List.of("Microvesicle NOT isKindOf Exosome", "Microvesicle isKindOf LargeExtracellularVesicle"),
                kinds("Microvesicles are large extracellular vesicles, not exosomes."));
    }

    @Test
    void aSecondCategoryAfterADeniedOneIsStated() {
        assertEquals(List.of("Exomere NOT isKindOf ExtracellularVesicle", "Exomere isKindOf NonVesicularExtracellularParticle"),
                kinds("Exomeres are not extracellular vesicles but non-vesicular extracellular particles."));
    }

    @Test
    void aSecondCategoryMustHeadItsNounPhraseToo() {
        // "liposome-like" is a modifier: no kind Liposome, stated or denied
        assertEquals(List.of("Exosome isKindOf SmallExtracellularVesicle"),
                kinds("Exosomes are small extracellular vesicles rather than liposome-like particles."));
        // no category after the copula: nothing to contrast
        assertEquals(List.of(), kinds("Exosomes are tumour-derived membranous structures rather than liposomes."));
    }

    @Test
    void coordinatedSubjectsShareTheCategory() {
        assertEquals(List.of("Exosome isKindOf ExtracellularVesicle", "Microvesicle isKindOf ExtracellularVesicle"),
                kinds("Exosomes and microvesicles are both extracellular vesicles."));
        assertEquals(List.of("ApoptoticBody isKindOf LargeExtracellularVesicle", "Microvesicle isKindOf LargeExtracellularVesicle"),
                kinds("Microvesicles and apoptotic bodies are large extracellular vesicles."));
        // coordinated subjects of another verb: no kind at all
        assertEquals(List.of(), kinds("Exosomes and liposomes carry siRNA to tumour cells."));
    }

    @Test
    void aParentheticalOrAnotherNameBeforeTheCopula() {
        assertEquals(List.of("ApoptoticBody NOT isKindOf Exosome"), kinds("Apoptotic bodies, by contrast, are not exosomes."));
        assertEquals(List.of("ApoptoticBody isKindOf LargeExtracellularVesicle"),
                kinds("Apoptotic bodies are, strictly, large extracellular vesicles."));
        assertEquals(List.of("Exosome isKindOf SmallExtracellularVesicle"),
                kinds("Exosomes, the authors noted, are small extracellular vesicles."));
        assertEquals(List.of("Microvesicle isKindOf LargeExtracellularVesicle"),
                kinds("Microvesicles, also called ectosomes, are large extracellular vesicles."));
        assertEquals(List.of("LargeOncosome isKindOf Microvesicle"),
                kinds("Large oncosomes, shed by amoeboid cells, are an unusually large class of ectosome."));
    }

    @Test
    void aNonRestrictiveRelativeAndVerbsOfMembership() {
        assertEquals(List.of("Migrasome isKindOf LargeExtracellularVesicle"),
                kinds("Migrasomes, which are large extracellular vesicles left behind by migrating cells, carry cytosol."));
        assertEquals(List.of("Migrasome isKindOf LargeExtracellularVesicle"), kinds("Migrasomes belong to the large extracellular vesicles."));
        assertEquals(List.of("Migrasome isKindOf LargeExtracellularVesicle"), kinds("Migrasomes count among the large extracellular vesicles."));
        assertEquals(List.of("Liposome NOT isKindOf Exosome"), kinds("Liposomes are not exosomes either."));
    }

    @Test
    void aMaterialThingOtherThanAVesicleOnlyOfAVesicleKindOrItsOntologyClass() {
        assertEquals(List.of("Exomere isKindOf NonVesicularExtracellularParticle"),
                kinds("Exomeres are non-vesicular extracellular particles."));
        // an organism before a vesicle is no apposition: "In mice, the exosomes ..."
        assertEquals(List.of(), kinds("In mice, the exosomes remained in the blood for six hours."));
        assertEquals(List.of(), kinds("Multivesicular bodies are the origin of exosomes."));
    }

    @Test
    void aGlossaryHeadwordIsAKindOfItsDefinitionsHeadNoun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String glossary = "Glossary\n\nApoptotic body. A large extracellular vesicle released when a cell dies.\n\n"
                + "Results. A small extracellular vesicle fraction was isolated.\n\nExosome. A tumour-derived structure.\n";
        // a document, not one sentence: the headword is a sentence of its own before the definition
        List<String> t = org.exokg.TestSupport.extractText(dir, glossary, ".txt").claims().stream().filter(c -> c.relation() == Relation.IS_KIND_OF)
                .map(c -> org.exokg.TestSupport.local(c.subjectIri()) + " isKindOf " + org.exokg.TestSupport.local(c.objectIri())).toList();
        // "Results" names no term; "vesicle fraction" and "tumour-derived" are modifiers: no kind from them
        assertEquals(List.of("ApoptoticBody isKindOf LargeExtracellularVesicle"), t);
    }

    @Test
    void theWordsAreTheFilesAndABadFileIsRefused() {
        KindWords shipped = KindWords.defaults();
        assertTrue(shipped.denyingConnectors().contains("rather than"), shipped.denyingConnectors());
        String missing = "interjections: [however]\nclassifyingVerbs: ['belong\\s+to']\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KindWords.parse(
                new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)), "kind-words-small.yaml"));
        assertTrue(e.getMessage().contains("predicateEnds"), e.getMessage());
    }
}
