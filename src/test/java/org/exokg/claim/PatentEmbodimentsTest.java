package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (branch anaphors7): the definite vesicles of a patent's aspects, embodiments and dependent claims are the
 * invention's vesicles and keep the engineered kind it claims; the standard of a multiple ("five times the level of
 * unmodified exosomes") is no subject of the predicate coordinated after it. Invented texts, real pipeline and ontology.
 */
class PatentEmbodimentsTest {

    @TempDir
    Path dir;

    private DocumentExtraction extract(String text) throws Exception {
        return TestSupport.extractText(dir, text, ".txt");
    }

    private static final String ENGINEERED_INVENTION = "Peptide-Coated Vesicles\n\nField\n\n"
            + "The invention relates to surface-modified exosomes for the delivery of drugs.\n\nSummary\n\n"
            + "Exosomes are natural carriers of RNA.\n\n"
            + "In some embodiments, the exosomes are loaded with doxorubicin.\n\nClaims\n\n"
            + "2. The composition of claim 1, wherein the exosomes are derived from dendritic cells.\n";

    @Test
    void embodimentsAndDependentClaimsKeepTheEngineeredInvention() throws Exception {
        DocumentExtraction e = extract(ENGINEERED_INVENTION);
        List<String> embodiment = TestSupport.claimsOf(e, "In some embodiments", false);
        assertTrue(embodiment.contains("EngineeredExosome carries Doxorubicin"), () -> e.claims().toString());
        List<String> claim = TestSupport.claimsOf(e, "of claim 1", false);
        assertTrue(claim.contains("EngineeredExosome derivedFrom DendriticCell"), () -> e.claims().toString());
    }

    @Test
    void anInventionOfPlainVesiclesAndNonEmbodimentSentencesStayTheirKind() throws Exception {
        DocumentExtraction plain = extract(ENGINEERED_INVENTION.replace("surface-modified exosomes", "exosomes"));
        List<String> embodiment = TestSupport.claimsOf(plain, "In some embodiments", false);
        assertTrue(embodiment.contains("Exosome carries Doxorubicin"), () -> plain.claims().toString());
        // a sentence that is no embodiment of the engineered invention ("Exosomes are natural carriers") keeps the class
        DocumentExtraction e = extract(ENGINEERED_INVENTION);
        List<String> background = TestSupport.claimsOf(e, "natural carriers", false);
        assertTrue(!background.isEmpty() && background.stream().noneMatch(c -> c.startsWith("Engineered")), background::toString);
    }

    @Test
    void theStandardOfAMultipleIsNoSubjectOfTheNextPredicate() throws Exception {
        DocumentExtraction e = extract("Results\n\nPeptide-decorated exosomes accumulated in the kidney at three times the level "
                + "of unmodified exosomes and were taken up by macrophages.\n");
        List<String> claims = TestSupport.claimsOf(e, "three times", false);
        assertTrue(claims.contains("EngineeredExosome targets Macrophage") && !claims.contains("Exosome targets Macrophage"),
                claims::toString);
        // the vesicles before "the level of" with no multiple stay a subject of their own
        DocumentExtraction own = extract("Results\n\nThe level of exosomes from milk rose after feeding, and the exosomes were "
                + "taken up by macrophages.\n");
        List<String> ownClaims = TestSupport.claimsOf(own, "The level", false);
        assertTrue(ownClaims.stream().anyMatch(c -> c.startsWith("Exosome") && c.contains("targets Macrophage")), ownClaims::toString);
    }

    @Test
    void embodimentsKeepTheOneSourceOfTheInventionButNotTwoOrTheirOwn() throws Exception {
        String text = "Wound Gel\n\nField\n\nThe present invention relates to a gel that releases exosomes derived from "
                + "umbilical cord mesenchymal stem cells into wounds.\n\nDescription\n\nLiposomes release drugs quickly.\n\n"
                + "In one embodiment, the exosomes are loaded with curcumin.\n";
        List<String> one = TestSupport.claimsOf(extract(text), "In one embodiment", false);
        assertTrue(one.contains("Exosome[MesenchymalStemCell] carries Curcumin"), one::toString);
        List<String> two = TestSupport.claimsOf(extract(text.replace("umbilical cord mesenchymal stem cells",
                "dendritic cells or from bovine milk")), "In one embodiment", false);
        assertTrue(two.contains("Exosome carries Curcumin"), two::toString);
        List<String> own = TestSupport.claimsOf(extract(text.replace("the exosomes are loaded", "the exosomes are derived from "
                + "dendritic cells and are loaded")), "In one embodiment", false);
        assertTrue(own.stream().noneMatch(c -> c.contains("[MesenchymalStemCell]")), own::toString);
    }

    @Test
    void aDependentClaimTakesTheSourceOfTheClaimItRefersTo() throws Exception {
        String text = "Skin Cream\n\nClaims\n\n1. A cream comprising liposomes loaded with retinol.\n"
                + "2. The cream of claim 1, further comprising exosomes derived from dendritic cells.\n"
                + "3. The cream of claim 2, wherein said exosomes carry curcumin.\n";
        DocumentExtraction e = extract(text);
        List<String> referred = TestSupport.claimsOf(e, "of claim 2", false);
        assertTrue(referred.contains("Exosome[DendriticCell] carries Curcumin"), () -> e.claims().toString());
        // a claim referring to one whose vesicles name no source takes none
        List<String> plain = TestSupport.claimsOf(extract(text.replace("derived from dendritic cells", "of a new kind")),
                "of claim 2", false);
        assertTrue(plain.contains("Exosome carries Curcumin"), plain::toString);
    }
}
