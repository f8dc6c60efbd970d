package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch qualifiers: the vesicles' source read inside one sentence (SubjectScopeResolver). Each case is an
 * invented sentence through the real pipeline, asserting subject, qualifier, relation and object; the generic cases
 * beside them keep no qualifier.
 */
class QualifiersInSentenceTest {

    @TempDir
    Path dir;

    private static List<String> claimsOf(DocumentExtraction e, String words) {
        return TestSupport.claimsOf(e, words, false);
    }

    @Test
    void cellsNamedByAWordOfTheirOwnAreTheSourceButGenericCellsAreNot() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosomes released by Sf9 insect cells carry lipids. "
                + "Extracellular vesicles from animal cells may provoke antibodies. "
                + "Exosomes from cells carry microRNAs. "
                + "Exosomes from parent cells carry proteins.\n", ".txt");
        assertTrue(claimsOf(e, "insect cells").contains("Exosome[Cell] carries Lipid"), claimsOf(e, "insect cells").toString());
        assertTrue(claimsOf(e, "animal cells").contains("ExtracellularVesicle[Cell] hasProperty Immunogenicity"),
                claimsOf(e, "animal cells").toString());
        // bare and generic cells narrow nothing: every vesicle comes from cells
        assertTrue(claimsOf(e, "from cells carry").contains("Exosome carries MicroRNA"), claimsOf(e, "from cells carry").toString());
        assertTrue(claimsOf(e, "parent cells").contains("Exosome carries Protein"), claimsOf(e, "parent cells").toString());
        assertFalse(claimsOf(e, "parent cells").contains("Exosome[Cell] carries Protein"));
    }

    @Test
    void granulocytesAndNeuronsAreCellsAsOriginsAfterOf() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Migrasomes of neutrophils carry chemokines.\n", ".txt");
        List<String> claims = claimsOf(e, "Migrasomes of neutrophils");
        assertTrue(claims.contains("Migrasome[Neutrophil] carries SignalingProtein"), claims.toString());
        assertFalse(claims.contains("Migrasome carries SignalingProtein"), claims.toString());
    }

    @Test
    void aPossessiveInARelativeClauseOnTheCellsNamesTheirVesicles() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Red blood cells lack nuclei and mitochondrial DNA, which makes their extracellular vesicles candidates for drug delivery.\n",
                ".txt");
        List<String> claims = claimsOf(e, "which makes their");
        assertTrue(claims.contains("ExtracellularVesicle[Erythrocyte] usedFor DrugDelivery"), claims.toString());
    }

    @Test
    void cellsOpeningTheSentenceReleaseTheVesiclesInASecondPredicate() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Stem cells of the dental pulp can be obtained from extracted teeth and secrete exosomes rich in growth factors.\n", ".txt");
        List<String> claims = claimsOf(e, "secrete exosomes");
        assertTrue(claims.contains("Exosome[StemCell] carries SignalingProtein"), claims.toString());
        // no release verb: the cells are not named as the source of these vesicles
        DocumentExtraction plain = TestSupport.extractText(dir, "Results\n\n"
                + "Stem cells can be obtained from extracted teeth, and exosomes carry growth factors.\n", ".txt");
        List<String> other = claimsOf(plain, "exosomes carry");
        assertTrue(other.contains("Exosome carries SignalingProtein"), other.toString());
        assertFalse(other.contains("Exosome[StemCell] carries SignalingProtein"), other.toString());
    }

    @Test
    void mimeticsMadeByExtrudingCellsComeFromThoseCells() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosome mimetics, produced by extruding stem cells through membranes, carry less microRNA.\n", ".txt");
        List<String> claims = claimsOf(e, "extruding");
        // convention zzzz: mimetics are written unqualified; the cells they were made from are their derivedFrom row
        // (branch mimetickinds, thirtieth session, reads it so: -Dexokg.unqualifiedMimetics)
        assertTrue(claims.contains("ExtracellularVesicleMimetic derivedFrom StemCell"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicleMimetic carries MicroRNA"), claims.toString());
        assertFalse(claims.contains("ExtracellularVesicleMimetic[StemCell] carries MicroRNA"), claims.toString());
    }

    @Test
    void aSpeciesWithItsGenusAbbreviatedIsTheSourceItNames() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Extracellular vesicles of S. aureus carry alpha-toxin and are taken up by keratinocytes.\n", ".txt");
        List<String> claims = claimsOf(e, "S. aureus");
        assertTrue(claims.contains("ExtracellularVesicle derivedFrom Bacterium"), claims.toString());
        assertTrue(claims.contains("ExtracellularVesicle[Bacterium] targets Keratinocyte"), claims.toString());
        assertFalse(claims.contains("ExtracellularVesicle targets Keratinocyte"), claims.toString());
    }

    @Test
    void aSourceAfterATermWithTheVesicleInsideNarrowsIt() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "The low exosome yield from small saliva volumes hampers routine use. "
                + "The low exosome yield from cultured cells hampers routine use.\n", ".txt");
        List<String> saliva = claimsOf(e, "saliva volumes");
        assertTrue(saliva.contains("Exosome[Saliva] hasChallenge LowYield"), saliva.toString());
        List<String> cells = claimsOf(e, "cultured cells");
        assertTrue(cells.contains("Exosome hasChallenge LowYield"), cells.toString());
    }

    @Test
    void anOriginNamedInANearerVesiclesPhraseIsNotTheFartherVesiclesOrigin() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Rats treated with tumour exosomes developed more metastases than rats given exosomes from healthy epithelial cells.\n",
                ".txt");
        List<String> claims = claimsOf(e, "healthy epithelial cells");
        assertTrue(claims.contains("Exosome derivedFrom TumorCell"), claims.toString());
        assertFalse(claims.contains("Exosome[TumorCell] derivedFrom EpithelialCell"), claims.toString());
    }

    @Test
    void cellsNamedAfterATumourTheLexiconLacksAreTumourCells() throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Exosomes from infected hepatoma cells contained viral RNA. "
                + "Exosomes from stroma cells carry proteins.\n", ".txt");
        List<String> tumour = claimsOf(e, "hepatoma cells");
        assertTrue(tumour.contains("Exosome derivedFrom TumorCell"), tumour.toString());
        assertTrue(tumour.contains("Exosome[TumorCell] carries RNA"), tumour.toString());
        // "stroma" is no tumour
        List<String> stroma = claimsOf(e, "stroma cells");
        assertFalse(stroma.contains("Exosome[TumorCell] carries Protein"), stroma.toString());
        assertTrue(stroma.contains("Exosome[Cell] carries Protein"), stroma.toString());
    }

    @Test
    void outerMembraneVesiclesOfANamedBacteriumKeepItAsQualifier() throws Exception {
        // (branch splitter) invented text; the lead's convention d: the bacterium named by its scientific name, in full or
        // with the genus abbreviated, qualifies the OMVs; a description naming no taxon and a bare anaphor do not
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Outer membrane vesicles (OMVs) shed by H. pylori are small enough to cross mucus. "
                + "Outer membrane vesicles of Escherichia coli carry lipopolysaccharide. "
                + "Outer membrane vesicles from gut bacteria carry lipopolysaccharide. "
                + "These vesicles are small enough to cross mucus.\n", ".txt");
        List<String> abbreviated = claimsOf(e, "H. pylori");
        assertTrue(abbreviated.contains("BacterialOuterMembraneVesicle[Bacterium] hasProperty SmallSize"), abbreviated.toString());
        List<String> full = claimsOf(e, "Escherichia coli");
        assertTrue(full.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), full.toString());
        List<String> generic = claimsOf(e, "gut bacteria");
        assertTrue(generic.contains("BacterialOuterMembraneVesicle carries Lipid"), generic.toString());
        assertFalse(generic.contains("BacterialOuterMembraneVesicle[Bacterium] carries Lipid"), generic.toString());
        List<String> anaphor = claimsOf(e, "These vesicles");
        assertTrue(anaphor.contains("BacterialOuterMembraneVesicle hasProperty SmallSize"), anaphor.toString());
        assertFalse(anaphor.contains("BacterialOuterMembraneVesicle[Bacterium] hasProperty SmallSize"), anaphor.toString());
    }

    @Test
    void aShortFormInBracketsDoesNotSeparateTheVesiclesFromTheirSource() throws Exception {
        // (branch splitter) invented text: the source after "(EVs)" narrows the vesicles as it does right after the noun
        DocumentExtraction e = TestSupport.extractText(dir, "Results\n\n"
                + "Extracellular vesicles (EVs) shed by tumour cells are small enough to cross mucus.\n", ".txt");
        List<String> claims = claimsOf(e, "(EVs) shed by");
        assertTrue(claims.contains("ExtracellularVesicle[TumorCell] hasProperty SmallSize"), claims.toString());
        assertFalse(claims.contains("ExtracellularVesicle hasProperty SmallSize"), claims.toString());
    }
}
