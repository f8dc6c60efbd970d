package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.document.SentenceSplitter;
import org.exokg.mention.Lexicon;
import org.exokg.mention.TermKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch binomials (twenty-ninth session): a species named in full once is then written with its genus
 * abbreviated ("Leishmania donovani ... L. donovani exosomes", "E. coli OMVs"). The lexicon generates the short forms of
 * its own binomials on the taxa of derivedFrom's range and drops a short form two species share; a text's own full
 * binomial decides such a form, and names a species the lexicon lacks by its genus; an origin phrase with an abbreviated
 * genus defines the bracketed code after it. Invented texts, each with a near neighbour that must give no source.
 */
class AbbreviatedBinomialsTest {

    private static Lexicon lexicon;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromOntology(Path.of("ontology/exokg.ttl"));
    }

    private static String shortFormTerm(String shortForm) {
        List<Lexicon.Entry> entries = lexicon.entries(TermKeys.labelKey(shortForm));
        return entries.isEmpty() ? null : entries.get(0).term().iri().substring(ExoKg.NS.length());
    }

    private List<String> claims(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text + "\n", words);
    }

    @Test
    void theLexiconAbbreviatesItsOwnSpeciesWithTheirClass() {
        assertEquals("Bacterium", shortFormTerm("S. aureus"));
        assertEquals("Bacterium", shortFormTerm("A. muciniphila"));
        assertEquals("Organism", shortFormTerm("L. donovani"));
        assertEquals("Organism", shortFormTerm("S. cerevisiae"));
        assertEquals("Bacterium", shortFormTerm("B. subtilis"));
        // two genera of one term ("Lactobacillus casei", "Lacticaseibacillus casei") give one reading: kept
        assertEquals("Bacterium", shortFormTerm("L. casei"));
    }

    /** Near neighbours: a short form two species share, and two-word names that are no species, are no lexicon keys. */
    @Test
    void sharedShortFormsAndNamesThatAreNoSpeciesAreNotAbbreviated() {
        // Clonorchis sinensis (a fluke), Camellia sinensis and Citrus sinensis (plants): the letters decide nothing
        assertEquals(null, shortFormTerm("C. sinensis"));
        // "Alzheimer disease", "Kupffer cell", "Paneth cell": no species (the epithet is a word of the lexicon)
        assertEquals(null, shortFormTerm("A. disease"));
        assertEquals(null, shortFormTerm("K. cell"));
        assertEquals(null, shortFormTerm("P. cell"));
    }

    @Test
    void anAbbreviatedSpeciesNamesTheVesiclesSource() throws Exception {
        List<String> yeast = claims("Results\n\nExtracellular vesicles of S. cerevisiae carry heat shock proteins.", "S. cerevisiae");
        assertTrue(yeast.contains("ExtracellularVesicle[Organism] carries HeatShockProtein"), yeast.toString());
        List<String> bacterium = claims("Results\n\nB. subtilis extracellular vesicles carry microRNAs.", "B. subtilis");
        assertTrue(bacterium.contains("ExtracellularVesicle[Bacterium] carries MicroRNA"), bacterium.toString());
    }

    /** The text's own full binomial decides a short form the lexicon leaves unread. */
    @Test
    void theTextsFullBinomialDecidesASharedShortForm() throws Exception {
        List<String> fluke = claims("Results\n\nThe liver fluke Clonorchis sinensis lives in the bile ducts. "
                + "Extracellular vesicles of C. sinensis carry microRNAs.", "C. sinensis carry");
        assertTrue(fluke.contains("ExtracellularVesicle[Organism] carries MicroRNA"), fluke.toString());
    }

    /** Near neighbour: without the full mention the shared short form names nothing. */
    @Test
    void withoutTheFullBinomialASharedShortFormNamesNoSource() throws Exception {
        List<String> claims = claims("Results\n\nExtracellular vesicles of C. sinensis carry microRNAs.", "C. sinensis carry");
        assertFalse(claims.stream().anyMatch(c -> c.contains("Organism") || c.contains("Plant")), claims.toString());
    }

    /** A species the lexicon lacks, written in full with a genus the lexicon reads as a species' term, then abbreviated. */
    @Test
    void theTextsFullBinomialNamesASpeciesByItsGenus() throws Exception {
        List<String> claims = claims("Results\n\nPromastigotes of Leishmania guyanensis were grown in culture. "
                + "Exosomes of L. guyanensis carry microRNAs.", "L. guyanensis carry");
        assertTrue(claims.contains("Exosome[Organism] carries MicroRNA"), claims.toString());
    }

    /** Near neighbours: an initial of a person, a figure, an abbreviation before a lower-case word name no source. */
    @Test
    void initialsFiguresAndAbbreviationsAreNoSpecies() throws Exception {
        List<String> person = claims("Results\n\nJohn Smith described the method. Exosomes collected by J. Smith carry microRNAs.",
                "J. Smith carry");
        assertFalse(person.stream().anyMatch(c -> c.contains("Organism") || c.contains("Bacterium")), person.toString());
        List<String> figure = claims("Results\n\nExosomes of approx. twenty donors (Fig. 2) carry microRNAs.", "twenty donors");
        assertFalse(figure.stream().anyMatch(c -> c.contains("Organism") || c.contains("Bacterium")), figure.toString());
        // a capitalised word and a lower-case word whose genus is no species' term: "Mesenchymal cells ... M. cells"
        List<String> notGenus = claims("Results\n\nExosomes of Donor cells were pooled. Exosomes of D. cells carry microRNAs.",
                "D. cells carry");
        assertFalse(notGenus.stream().anyMatch(c -> c.contains("Organism") || c.contains("Bacterium")), notGenus.toString());
    }

    /** An origin phrase with an abbreviated genus defines the bracketed code as its full form does. */
    @Test
    void anAbbreviatedOriginDefinesTheBracketedCode() throws Exception {
        List<String> claims = claims("Results\n\nExosomes of L. donovani (LdExo) were isolated from promastigote cultures. "
                + "LdExo carry GP63 and microRNAs.", "LdExo carry");
        assertTrue(claims.contains("Exosome[Organism] carries MicroRNA"), claims.toString());
    }

    /** An all-capital acronym the abbreviated origin and the vesicle spell is defined too. */
    @Test
    void anAbbreviatedOriginDefinesItsAcronym() throws Exception {
        List<String> claims = claims("Results\n\nExosomes of L. donovani (LDE) were isolated from promastigotes. "
                + "LDE carry GP63 and microRNAs.", "LDE carry");
        assertTrue(claims.contains("Exosome[Organism] carries MicroRNA"), claims.toString());
        List<String> person = claims("Results\n\nExosomes prepared by J. Smith (JSE) were isolated from promastigotes. "
                + "JSE carry GP63 and microRNAs.", "JSE carry");
        assertFalse(person.stream().anyMatch(c -> c.contains("Organism") || c.contains("Bacterium")), person.toString());
    }

    /** Near neighbour: a person's initial in the origin phrase gives the code no source. */
    @Test
    void aPersonsInitialInTheOriginGivesTheCodeNoSource() throws Exception {
        List<String> claims = claims("Results\n\nExosomes prepared by J. Smith (JsExo) were isolated from promastigote cultures. "
                + "JsExo carry microRNAs.", "JsExo carry");
        assertFalse(claims.stream().anyMatch(c -> c.contains("Organism") || c.contains("Bacterium")), claims.toString());
    }

    @Test
    void theSplitterKeepsAnAbbreviatedGenusInItsSentence() {
        // a short epithet glued to a vesicle code looks like a lower-case symbol ("miR-21") after the initial's full stop
        String text = "Exosomes of L. donovani (LdExo) were isolated. Mice received purified E. coli-OMVs twice. "
                + "Cells took up heated S. suis-EVs. It ended.";
        List<String> spans = new SentenceSplitter().split(text, 0, text.length()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Exosomes of L. donovani (LdExo) were isolated.", "Mice received purified E. coli-OMVs twice.",
                "Cells took up heated S. suis-EVs.", "It ended."), spans);
    }

    /** Near neighbour: a letter that ends its sentence before a lower-case symbol still ends it. */
    @Test
    void aLetterBeforeASymbolStillEndsItsSentence() {
        String text = "Patients had hepatitis B. anti-HBs titres rose later. Cells were of grade B. miR-21 was high.";
        List<String> spans = new SentenceSplitter().split(text, 0, text.length()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("Patients had hepatitis B.", "anti-HBs titres rose later.", "Cells were of grade B.",
                "miR-21 was high."), spans);
    }
}
