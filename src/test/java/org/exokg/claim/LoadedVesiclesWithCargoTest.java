package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-sixth session, branch relationframes): a loading verb before the vesicles, with their source, a
 * bracketed code or a source glued to the vesicle word between them and the cargo ("we loaded exosomes from induced
 * pluripotent stem cells (iPSC-Exos) with curcumin", "we loaded RBC-EVs with Cas9"): the vesicles carry the cargo
 * (claim rule relationframes-loaded-vesicles-with-cargo). Invented sentences, both ways.
 */
class LoadedVesiclesWithCargoTest {

    private static boolean carries(String sentence, String object) {
        return documentClaims(sentence).stream()
                .anyMatch(c -> c.relation().localName().equals("carries") && local(c.objectIri()).equals(object) && !c.negated());
    }

    @Test
    void vesiclesLoadedWithACargoCarryIt() {
        String fromSource = "We loaded exosomes from human neural stem cells (NSC-Exos) with curcumin before the injection.";
        assertTrue(carries(fromSource, "Curcumin"), String.valueOf(triples(documentClaims(fromSource))));
        String glued = "We loaded MSC-EVs with doxorubicin.";
        assertTrue(carries(glued, "Doxorubicin"), String.valueOf(triples(documentClaims(glued))));
    }

    @Test
    void cellsLoadedWithADrugOrOtherCarriersAreNoLoadedVesicles() {
        // the producer cells were loaded, the vesicles only isolated after
        String cells = "We loaded the cells with curcumin before isolating their exosomes.";
        assertTrue(!carries(cells, "Curcumin"), String.valueOf(triples(documentClaims(cells))));
        // the liposomes carry the drug, the exosomes are only compared with them
        String compared = "We compared exosomes from macrophages with liposomes loaded with doxorubicin.";
        assertTrue(!carries(compared, "Doxorubicin"), String.valueOf(triples(documentClaims(compared))));
    }
}
