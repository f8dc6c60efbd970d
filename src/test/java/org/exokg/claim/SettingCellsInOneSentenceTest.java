package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch holdoutguards; dev32 chose the same guard, SettingCellsAreNoSourceTest reads it in a text): a sentence that opens with its setting, "In X, the vesicles ...", names the
 * vesicles' source when X is a body fluid or food (claim rule source-setting-of-vesicle: "In saliva, the vesicles were
 * less abundant"), but not when X is cells: "In cultured cardiomyocytes, the exosomes were taken up" is the experiment's
 * setting, where the vesicles act. Invented sentences, both ways; read as one-sentence documents.
 */
class SettingCellsInOneSentenceTest {

    private static boolean derivedFrom(String sentence, String object) {
        List<Claim> claims = documentClaims(sentence);
        return claims.stream().anyMatch(c -> c.relation().localName().equals("derivedFrom") && local(c.objectIri()).equals(object));
    }

    private static String shown(String sentence) {
        return String.valueOf(triples(documentClaims(sentence)));
    }

    @Test
    void aFluidOrFoodSettingIsTheSource() {
        String saliva = "In saliva, the exosomes were scarce and their yield varied between collection days.";
        assertTrue(derivedFrom(saliva, "Saliva"), shown(saliva));
        String milk = "In milk, by contrast, most EVs were small and carried casein.";
        assertTrue(derivedFrom(milk, "Milk"), shown(milk));
    }

    @Test
    void aCellSettingIsNoSource() {
        String cardio = "In cultured cardiomyocytes, the exosomes were taken up within two hours and lowered oxidative stress.";
        assertTrue(!derivedFrom(cardio, "Cardiomyocyte"), shown(cardio));
        String mono = "In primary hepatocytes and macrophages, the EVs raised interleukin-6 secretion.";
        assertTrue(!derivedFrom(mono, "Hepatocyte") && !derivedFrom(mono, "Macrophage"), shown(mono));
        // the cells named as the vesicles' origin still are their source
        String origin = "Exosomes released by cardiomyocytes carried microRNA-1.";
        assertTrue(derivedFrom(origin, "Cardiomyocyte"), shown(origin));
    }
}
