package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch anaphorkinds37: a later bare "the exosomes" / "the vesicles" keeps the engineered kind its antecedent
 * was read with where the source passes on through a verb or the chain of bare mentions
 * ({@code -Dexokg.engineeredChainSources}, OFF; =true turns it on). Invented texts, none from a gold set.
 */
class EngineeredChainSourcesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("exokg.engineeredChainSources");
        System.clearProperty("exokg.engineeredThemClauses");
    }

    private List<String> claims(String text) throws Exception {
        return TestSupport.claimSummariesOfText(dir, text);
    }

    static final String[] TEXTS = {
        "HEK293 cells released exosomes, which we engineered to display a brain-targeting peptide. The exosomes reduced tumour growth in mice.",
        "Colostrum yielded exosomes that were engineered to display folate. The exosomes carried paclitaxel to tumour cells.",
        "Engineered exosomes displaying a muscle peptide were prepared. The exosomes reached the muscle. The vesicles carried an oligonucleotide.",
        "Exosomes from HEK293 cells were isolated. The exosomes reduced tumour growth in mice.",
        "We took exosomes from human muscle cells, and we engineered them to display a muscle peptide. The vesicles carried an oligonucleotide to the heart.",
        "We took exosomes from human muscle cells, and we counted them with a flow cytometer. The vesicles carried an oligonucleotide to the heart.",
        "Unmodified exosomes from HEK293 cells were isolated. Other groups engineered exosomes to display peptides. The exosomes carried CD63.",
    };

    @Test
    void explore() throws Exception {
        for (String t : TEXTS) {
            clear();
            List<String> off = claims(t);
            System.setProperty("exokg.engineeredChainSources", "true");
            System.setProperty("exokg.engineeredThemClauses", "true");
            List<String> on = claims(t);
            System.out.println("TEXT " + t + "\n OFF " + off + "\n ON  " + on);
        }
    }
}
