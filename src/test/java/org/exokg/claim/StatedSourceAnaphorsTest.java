package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * (branch anaphors9, issue 15) Two readings of the vesicles' source outside their own noun phrase. A noun anaphor whose
 * predicate states the source of a preparation named with none ("a preparation of small EVs. The vesicles are collected
 * from MSCs") passes it to the anaphors after it; a fluid that opens the clause and holds the vesicles ("Each
 * microlitre of synovial fluid held ten million EVs, most of them positive for CD9") narrows what the sentence says of
 * them; "exosomal X" in a past finding keeps the preparation before it. Near neighbours stay unqualified. Invented texts.
 */
class StatedSourceAnaphorsTest {

    @TempDir
    Path dir;

    private List<String> claimsOf(String text, String words) throws Exception {
        return TestSupport.claimsOfText(dir, text, words);
    }

    @Test
    void anAnaphorThatStatesTheSourcePassesItOn() throws Exception {
        String text = "Trial leaflet\n\nThis trial tests RenoVes, a suspension of small extracellular vesicles. "
                + "The vesicles are obtained from adipose mesenchymal stem cells of one donor. "
                + "The vesicles carry microRNAs that calm inflammation.\n";
        List<String> c = claimsOf(text, "The vesicles carry");
        assertTrue(c.contains("SmallExtracellularVesicle[MesenchymalStemCell] carries MicroRNA"), c.toString());
    }

    @Test
    void anAnaphorWithoutAStatedSourceStaysUnqualified() throws Exception {
        String text = "Trial leaflet\n\nThis trial tests RenoVes, a suspension of small extracellular vesicles. "
                + "The vesicles are obtained by ultracentrifugation and stored frozen. "
                + "The vesicles carry microRNAs that calm inflammation.\n";
        List<String> c = claimsOf(text, "The vesicles carry");
        assertTrue(c.contains("SmallExtracellularVesicle carries MicroRNA"), c.toString());
    }

    @Test
    void anAnaphorThatStatesTwoSourcesPassesNoneOn() throws Exception {
        String text = "Trial leaflet\n\nThis trial tests RenoVes, a suspension of small extracellular vesicles. "
                + "The vesicles are obtained from platelets and from erythrocytes of one donor. "
                + "The vesicles carry microRNAs that calm inflammation.\n";
        List<String> c = claimsOf(text, "The vesicles carry");
        assertTrue(c.contains("SmallExtracellularVesicle carries MicroRNA"), c.toString());
    }

    @Test
    void aFluidThatHoldsTheVesiclesNarrowsThem() throws Exception {
        String text = "Results\n\nEach microlitre of synovial fluid held about ten million EVs, most of them positive for CD9.\n";
        List<String> c = claimsOf(text, "Each microlitre");
        assertTrue(c.contains("ExtracellularVesicle[SynovialFluid] carries Cd9"), c.toString());
    }

    @Test
    void aFluidNamedAsAPrepositionsObjectDoesNotHoldTheVesicles() throws Exception {
        String text = "Results\n\nIn patients with synovial fluid effusions, about ten million EVs were positive for CD9.\n";
        List<String> c = claimsOf(text, "ten million EVs");
        assertTrue(c.stream().noneMatch(x -> x.contains("[SynovialFluid]")), c.toString());
    }

    @Test
    void anExosomalCargoFindingKeepsThePreparationOfTheSentenceBefore() throws Exception {
        String text = "Results\n\nWe measured exosomes in serum of 40 patients with gastric cancer before surgery. "
                + "Exosomal MALAT1 levels fell after tumour resection.\n";
        List<String> c = claimsOf(text, "Exosomal MALAT1");
        assertTrue(c.contains("Exosome[BloodSerum] carries LongNoncodingRNA"), c.toString());
    }

    @Test
    void anExosomalCargoStatementInThePresentIsTheKinds() throws Exception {
        String text = "Results\n\nWe measured exosomes in serum of 40 patients with gastric cancer before surgery. "
                + "Exosomal MALAT1 is not specific to gastric cancer.\n";
        List<String> c = claimsOf(text, "Exosomal MALAT1");
        assertTrue(c.stream().noneMatch(x -> x.contains("[BloodSerum]")), c.toString());
    }
}
