package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch cargonames (twenty-second session), gold convention xx: a code name that spells the cargo loaded into
 * the preparation ("Dox-EVs", "MEG3-Exos") carries that cargo at every later use that gives rows, not only where it is
 * defined (ClaimExtractor.cargoesOfNamedPreparations; switch -Dexokg.noCargoSpelledInName). Invented texts, each with a
 * near neighbour that must not give the row.
 */
class CargoSpelledInCodeNameTest {

    @TempDir
    Path dir;

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text, ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.qualifierIri() == null ? "" : "[" + local(c.qualifierIri()) + "]")
                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + local(c.objectIri())
                        + (c.hedged() ? " HEDGED" : "") + " @" + c.sentence().start())
                .distinct().toList();
    }

    private static int laterStart(String text, String second) {
        return text.indexOf(second);
    }

    private static boolean carriesAt(List<String> got, String cargo, int start) {
        return got.stream().anyMatch(c -> c.contains(" carries " + cargo + " @" + start) && !c.contains(" NOT "));
    }

    @Test
    void aNameSpellingItsCargoCarriesItAtALaterUse() throws Exception {
        String later = "Dox-EVs reduced tumour volume in mice with breast cancer.";
        String text = "We loaded doxorubicin into extracellular vesicles from mesenchymal stem cells (Dox-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertTrue(carriesAt(got, "Doxorubicin", laterStart(text, later)), got.toString());
    }

    @Test
    void aNameSpellingTheMoleculeAfterItsCargoWordCarriesTheCargo() throws Exception {
        String later = "GAS5-EVs reduced tumour volume in mice with breast cancer.";
        String text = "We transfected mesenchymal stem cells with a plasmid encoding the lncRNA GAS5 and collected their "
                + "extracellular vesicles (GAS5-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertTrue(carriesAt(got, "LongNoncodingRNA", laterStart(text, later)), got.toString());
    }

    @Test
    void aCodeSpellingADisplayedLigandIsNoLoadedCargo() throws Exception {
        // convention xx leaves codes of displayed molecules (targeting peptides, aptamers) to convention i; since iiiii
        // (branch displaycodes) the later use carries the displayed peptide, and still no loaded cargo
        String later = "RVG-EVs reduced seizures in epileptic mice.";
        String text = "We engineered extracellular vesicles from HEK293 cells to display the RVG peptide (RVG-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertFalse(got.stream().anyMatch(c -> c.contains(" carries ") && !c.contains(" carries RvgPeptide ")
                && c.endsWith("@" + laterStart(text, later))), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.contains(" carries RvgPeptide ") && c.endsWith("@" + laterStart(text, later))),
                got.toString());
    }

    @Test
    void aLaterUseThatReportsNoEffectStillCarriesThePresupposedCargo() throws Exception {
        String later = "Dox-EVs did not reduce tumour volume in mice with breast cancer.";
        String text = "We loaded doxorubicin into extracellular vesicles from mesenchymal stem cells (Dox-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertTrue(carriesAt(got, "Doxorubicin", laterStart(text, later)), got.toString());
    }

    @Test
    void aLaterSentenceDenyingTheCargoKeepsItsDenial() throws Exception {
        String later = "After storage, Dox-EVs no longer carried doxorubicin.";
        String text = "We loaded doxorubicin into extracellular vesicles from mesenchymal stem cells (Dox-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertFalse(carriesAt(got, "Doxorubicin", laterStart(text, later)), got.toString());
    }

    @Test
    void aCodeSpellingTheSourceSpellsNoCargo() throws Exception {
        // "DC" runs through "doxorubicin" letter by letter, but it spells the dendritic cells the vesicles come from
        String later = "DC-EVs reduced tumour volume in mice with breast cancer.";
        String text = "We loaded doxorubicin into extracellular vesicles from dendritic cells (DC-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertFalse(carriesAt(got, "Doxorubicin", laterStart(text, later)), got.toString());
    }

    @Test
    void aCompanyCodeThatSpellsNoCargoCarriesNothing() throws Exception {
        String later = "KT-EVs reduced tumour volume in mice with breast cancer.";
        String text = "Kelvotec loaded doxorubicin into extracellular vesicles from mesenchymal stem cells (KT-EVs).\n\n" + later;
        List<String> got = claims(text);
        assertFalse(carriesAt(got, "Doxorubicin", laterStart(text, later)), got.toString());
    }
}
