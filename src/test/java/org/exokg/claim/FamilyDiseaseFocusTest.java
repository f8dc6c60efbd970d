package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.Test;

/**
 * (branch diseasefocus, issue 15; convention nnnnn) The disease in focus beyond cancer: a generic word of an arthritis
 * ("the arthritis score") or of diabetes ("diabetic rats") in a text naming exactly one disease of the family is that
 * disease; a text naming two, or none, keeps the family's class. Invented texts (documents/focus/) through the real
 * pipeline and the project ontology, and the focus itself over invented sentences.
 */
class FamilyDiseaseFocusTest {

    private static DocumentExtraction extract(String name) throws Exception {
        return TestSupport.projectBuilder().extract(TestSupport.resource("documents/focus/" + name)).get(0);
    }

    private static Map<String, String> focusOf(String text) {
        MentionRecognizer recognizer = new MentionRecognizer(TestSupport.projectLexicon());
        List<Mention> mentions = recognizer.recognize(text, 0, text.length());
        return DiseaseFocus.of(TestSupport.projectLexicon()).focusOf(text, mentions);
    }

    @Test
    void theArthritisScoreOfACollagenInducedArthritisTextIsRheumatoidArthritis() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] treats RheumatoidArthritis"),
                TestSupport.claimsOf(extract("one-named-arthritis.txt"), "lowered the arthritis score", false));
    }

    @Test
    void theArthritisScoreOfATextNamingASecondInflammatoryDiseaseOrNoneStaysInflammatoryDisease() throws Exception {
        assertEquals(List.of("Exosome[BovineMilk] treats InflammatoryDisease"),
                TestSupport.claimsOf(extract("arthritis-and-colitis.txt"), "lowered the arthritis score", false));
        assertEquals(List.of("Exosome[BovineMilk] treats InflammatoryDisease"),
                TestSupport.claimsOf(extract("unnamed-arthritis.txt"), "lowered the arthritis score", false));
    }

    @Test
    void diabeticRatsOfATypeTwoDiabetesTextAreTypeTwoDiabetes() throws Exception {
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats Type2Diabetes"),
                TestSupport.claimsOf(extract("one-named-diabetes.txt"), "in diabetic rats", false));
    }

    @Test
    void diabeticRatsOfATextNamingBothTypesOrNoneStayDiabetesMellitus() throws Exception {
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats DiabetesMellitus"),
                TestSupport.claimsOf(extract("two-named-diabetes.txt"), "in diabetic rats", false));
        assertEquals(List.of("Exosome[MesenchymalStemCell] treats DiabetesMellitus"),
                TestSupport.claimsOf(extract("unnamed-diabetes.txt"), "in diabetic rats", false));
    }

    @Test
    void onlyAnArthritisNamedWithItsHeadWordIsTheArthritisInFocus() {
        String ns = ExoKg.NS;
        assertEquals(ns + "RheumatoidArthritis",
                focusOf("Mice with collagen-induced arthritis. The arthritis score fell.").get(ns + "InflammatoryDisease"));
        // multiple sclerosis, an autoimmune disease under InflammatoryDisease but not called an arthritis, neither takes
        // nor blocks the focus; inflammation said as a category does not block it either
        assertEquals(ns + "RheumatoidArthritis", focusOf("Patients with rheumatoid arthritis or multiple sclerosis have chronic "
                + "inflammation. The arthritis score fell.").get(ns + "InflammatoryDisease"));
        // a second inflammatory disease without a class of its own ("periodontitis") names a disease: no focus
        assertEquals(null, focusOf("Patients with rheumatoid arthritis and periodontitis. The arthritis score fell.")
                .get(ns + "InflammatoryDisease"));
        assertTrue(focusOf("Mice with arthritis. The arthritis score fell.").isEmpty());
    }

    @Test
    void typeOneDiabetesNamedBesideTypeTwoEndsTheDiabetesFocus() {
        String ns = ExoKg.NS;
        assertEquals(ns + "Type2Diabetes", focusOf("Rats with type 2 diabetes. Diabetic rats gained weight.").get(ns + "DiabetesMellitus"));
        assertEquals(null, focusOf("Rats with type 2 diabetes or type 1 diabetes. Diabetic rats gained weight.").get(ns + "DiabetesMellitus"));
        assertEquals(null, focusOf("Rats with gestational diabetes. Diabetic rats gained weight.").get(ns + "DiabetesMellitus"));
    }
}
