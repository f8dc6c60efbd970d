package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch dev35: a bracketed name after an anaphor that closes the clause describing the vesicles a sentence
 * introduces names those vesicles ({@link NamedPreparations#CLOSING_ANAPHOR_NAMES}, switched on here and restored after
 * each test). Invented sentences, through the real pipeline and ontology.
 */
class ClosingAnaphorNamesTest {

    @TempDir
    Path dir;

    private boolean saved;

    @BeforeEach
    void save() {
        saved = NamedPreparations.CLOSING_ANAPHOR_NAMES;
        NamedPreparations.CLOSING_ANAPHOR_NAMES = true;
    }

    @AfterEach
    void restore() {
        NamedPreparations.CLOSING_ANAPHOR_NAMES = saved;
    }

    @Test
    void theNameAfterTheClosingAnaphorIsTheEngineeredVesicles() throws Exception {
        String text = "Results\n\nWe produced small EVs from Vero cells engineered to express a viral fusogen and a nuclease that "
                + "a binding protein packs into the vesicles (VX-sEVs).\n\nVX-sEVs carried CD63 and reduced liver fibrosis in mice.\n";
        TestSupport.assertClaimsOfText(dir, text, "VX-sEVs carried CD63",
                List.of("EngineeredExosome[Cell] carries Cd63", "EngineeredExosome[Cell] treats LiverFibrosis"),
                List.of("SmallExtracellularVesicle carries Cd63"));
    }

    @Test
    void theNameOfPlainVesiclesKeepsTheirSource() throws Exception {
        String text = "Results\n\nWe isolated exosomes from dendritic cells that had been pulsed with a tumour antigen before we "
                + "collected the vesicles (DA-Exos).\n\nDA-Exos carried MHC proteins.\n";
        TestSupport.assertClaimsOfText(dir, text, "DA-Exos carried",
                List.of("Exosome[DendriticCell] carries Protein"), List.of("Exosome carries Protein"));
    }

    @Test
    void aSecondVesiclePhraseBeforeTheAnaphorLeavesTheNameUnread() throws Exception {
        // the clause compares two preparations: the anaphor may take up either, so the name names neither
        String text = "Results\n\nWe compared exosomes from dendritic cells with microvesicles from platelets and labelled "
                + "the vesicles (DP-Exos).\n\nDP-Exos carried MHC proteins.\n";
        TestSupport.assertClaimsOfText(dir, text, "DP-Exos carried", List.of(),
                List.of("Exosome[DendriticCell] carries Protein"));
    }

    @Test
    void offTheNameIsNotTheHeadVesicles() throws Exception {
        NamedPreparations.CLOSING_ANAPHOR_NAMES = false;
        String text = "Results\n\nWe isolated exosomes from dendritic cells that had been pulsed with a tumour antigen before we "
                + "collected the vesicles (DA-Exos).\n\nDA-Exos carried MHC proteins.\n";
        TestSupport.assertClaimsOfText(dir, text, "DA-Exos carried", List.of(),
                List.of("Exosome[DendriticCell] carries Protein"));
    }
}
