package org.exokg.mention;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

class MentionRecognizerTest {

    /** "surface=LocalName" for each mention, checking that offsets index the text. */
    private static List<String> found(String text) {
        List<Mention> ms = mentions(text);
        for (Mention m : ms) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
        return ms.stream().map(m -> m.surface() + "=" + local(m.iri())).toList();
    }

    @Test
    void lexiconComesFromTheOntologyBranches() {
        Lexicon lex = TestSupport.lexicon();
        assertTrue(lex.term("https://w3id.org/exokg/ontology/Exosome").is(MentionType.VESICLE));
        assertTrue(lex.term("https://w3id.org/exokg/ontology/TumorCell").is(MentionType.SOURCE), "Cell is in the range of derivedFrom");
        assertTrue(lex.term("https://w3id.org/exokg/ontology/Cargo").branchRoot());
        assertNull(lex.term("https://w3id.org/exokg/ontology/Claim"), "classes outside the branches are not terms");
        assertEquals("https://w3id.org/exokg/releases/0.0.1-test/ontology", lex.ontologyVersionIri());
    }

    @Test
    void pluralsInflectionsAndPossessives() {
        assertEquals(List.of("Exosomes=Exosome", "lipids=Lipid", "proteins=Protein", "body fluids=BodyFluid"),
                found("Exosomes carry lipids, proteins, body fluids."));
        assertEquals(List.of("exosome=Exosome", "diseases=Disease", "vesicle properties=VesicleProperty"),
                found("the exosome's role in diseases and vesicle properties"));
        assertEquals(List.of("brain tumours=BrainTumor", "tumour cell=TumorCell"), found("brain tumours and a tumour cell"));
    }

    @Test
    void abbreviationsAreCaseSensitive() {
        assertEquals(List.of("EVs=ExtracellularVesicle", "CSF=CerebrospinalFluid", "DCs=DendriticCell", "BBB=BloodBrainBarrier"),
                found("EVs in CSF from DCs cross the BBB."));
        assertEquals(List.of(), found("the evs in csf from dcs and a bbb"));
        assertEquals(List.of("miRNAs=MicroRNA", "MSC=MesenchymalStemCell"), found("miRNAs of MSC"));
    }

    @Test
    void hyphenSpaceAndNothingAreTheSame() {
        assertEquals(List.of("blood-brain barrier=BloodBrainBarrier", "blood brain barrier=BloodBrainBarrier",
                        "blood–brain barrier=BloodBrainBarrier"),
                found("blood-brain barrier, blood brain barrier, blood–brain barrier"));
        assertEquals(List.of("bio-compatibility=Biocompatibility", "biocompatibility=Biocompatibility"),
                found("bio-compatibility and biocompatibility"));
        assertEquals(List.of("freeze–thaw=FreezeThaw", "freeze-thaw cycles=FreezeThaw"), found("freeze–thaw or freeze-thaw cycles"));
    }

    @Test
    void wordBoundariesAndPunctuationBreakTerms() {
        assertEquals(List.of(), found("cellular stabilityish"));
        // A comma is not a space: "blood, brain barrier" is not the blood–brain barrier.
        assertEquals(List.of("blood=Blood"), found("blood, brain barrier"));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("cancer cells=TumorCell", "cancer=Cancer"), found("cancer cells cause cancer"));
        assertEquals(List.of("targeted drug delivery=TargetedDrugDelivery"), found("targeted drug delivery"));
        assertEquals(List.of("mesenchymal stem cells=MesenchymalStemCell"), found("mesenchymal stem cells"));
    }

    @Test
    void exosomeMeansTheRnaComplexInRnaDecayContext() {
        assertEquals(List.of("exosome=RnaExosomeComplex"), found("The exosome degrades RNA as a 3'-5' exoribonuclease."));
        assertEquals(List.of("RNA exosome=RnaExosomeComplex"), found("The RNA exosome trims transcripts."));
        assertEquals(List.of("exosomes=Exosome", "proteins=Protein"), found("exosomes carry proteins."));
    }

    @Test
    void negatedCompoundsAreNotMentions() {
        assertEquals(List.of("therapeutic agents=TherapeuticAgent"), found("cell-free therapeutic agents"));
    }

    @Test
    void aBinomialWithItsGenusAbbreviatedIsTheOntologysTerm() {
        // (branch splitter) invented text: the abbreviated forms come from the ontology's binomial synonyms of Bacterium
        MentionRecognizer project = new MentionRecognizer(TestSupport.projectLexicon());
        java.util.function.Function<String, List<String>> read = text -> project.recognize(text, 0, text.length()).stream()
                .map(m -> m.surface() + "=" + local(m.iri())).toList();
        assertEquals(List.of("H. pylori=Bacterium", "E. coli=Bacterium", "Escherichia coli=Bacterium"),
                read.apply("Vesicles of H. pylori and E. coli, and of Escherichia coli"));
        // a species the ontology does not name, and a person's initial, are no bacterium
        // (branch sourcelexicon: Lactobacillus plantarum is now a synonym, so the unnamed species was Bacillus cereus;
        // branch organismlexicon: Bacillus cereus is a synonym too, so it is Bacillus megaterium)
        assertEquals(List.of(), read.apply("vesicles of B. megaterium, reviewed by J. Smith"));
    }
}
