package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule families of the recall2 work, on invented sentences (none from a gold set) and the real ontology. */
class RecallRulesTest {

    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
    }

    private static List<Claim> claims(String sentence) {
        Sentence s = new Sentence(0, sentence.length(), sentence, null, List.of());
        return new ClaimExtractor(lexicon).extract(sentence, s,
                new MentionRecognizer(lexicon).recognize(sentence, 0, sentence.length()), ClaimExtractor.Discourse.NONE);
    }

    private static Claim find(List<Claim> claims, String object) {
        return claims.stream().filter(c -> local(c.objectIri()).equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim on " + object + " in " + triples(claims)));
    }

    @Test
    void aLabelSpelledAsAPredicateIsTheTerm() {
        assertEquals(List.of("Exosome hasChallenge LowYield"),
                triples(claims("The exosomes were safe, but their yield from bioreactor cultures remained low.")));
        assertEquals(List.of("ExtracellularVesicle hasChallenge LowPurity"),
                triples(claims("EVs were precipitated with polymers, which lowered the purity.")));
        assertEquals(List.of("Exosome hasProperty LowToxicity"), triples(claims("Exosomes were tested and their toxicity was very low.")));
        // a denied predicate names nothing
        assertEquals(List.of(), claims("Exosomes were collected, and their yield was not low."));
    }

    @Test
    void cancerCellsAreTumourCells() {
        assertEquals(List.of("Exosome derivedFrom TumorCell"), triples(claims("Exosomes secreted by breast cancer cells were studied.")));
    }

    @Test
    void aChallengeIsAnObstacleToTheVesiclesNamedAfterIt() {
        assertEquals(List.of("Exosome hasChallenge Scalability"),
                triples(claims("Scale-up remains a key hurdle for exosome therapy.")).subList(0, 1));
        // no vesicle after the obstacle: no vesicle challenge
        assertEquals(List.of(), claims("Drug resistance is a serious obstacle to cancer treatment."));
        assertEquals(List.of("Exosome hasChallenge HighCost"), triples(claims("The high cost of clinical-grade exosomes is a concern.")));
    }

    @Test
    void adjectivesOfSourceAndVesiclesInASource() {
        assertEquals(List.of("ExtracellularVesicle derivedFrom Urine"), triples(claims("Urinary EVs were characterised by microscopy.")));
        List<Claim> c = claims("Exosomes in saliva are useful biomarkers.");
        assertEquals("Saliva", local(find(c, "Biomarker").qualifierIri()));
        find(c, "Saliva");
        // the plasma membrane is not blood plasma
        assertEquals(List.of(), claims("Microvesicles bud from the plasma membrane."));
    }

    @Test
    void aContrastiveListItemIsDenied() {
        List<Claim> c = claims("The vesicles of this study were exosomes that carried proteins but no detectable lipids.");
        assertFalse(find(c, "Protein").negated());
        assertTrue(find(c, "Lipid").negated());
    }

    @Test
    void modifiersAreNotCargoAndAttributiveOriginsAreNotDenied() {
        assertEquals(List.of("Exosome carries Protein"), triples(claims("Exosomes carried a drug transporter protein.")));
        assertEquals(List.of("Exosome derivedFrom TumorCell"),
                triples(claims("Exosomes released by doxorubicin-resistant tumour cells were compared.")));
        List<Claim> d = claims("No protocol removed albumin from serum-derived exosomes.");
        assertFalse(find(d, "BloodSerum").negated(), "the origin is named by the noun phrase, not denied");
        assertEquals(List.of(), claims("Inhibiting exosome secretion restored sensitivity to the drug."));
    }

    @Test
    void newTriggers() {
        assertEquals(List.of("Exosome contributesTo DrugResistance"), triples(claims("Exosomes transfer chemoresistance.")));
        Claim failed = find(claims("Exosomes from fibroblasts failed to improve outcomes after myocardial infarction."),
                "CardiovascularDisease");
        assertTrue(failed.negated());
        assertEquals("Fibroblast", local(failed.qualifierIri()));
        assertEquals(List.of("Exosome carries MicroRNA"), triples(claims("Hypoxia changed the microRNA content of the exosomes.")));
        assertEquals(List.of("Exosome hasChallenge RapidClearance"), triples(claims("Injected exosomes were rapidly cleared from the circulation.")));
    }
}
