package org.exokg.claim;

import static org.exokg.TestSupport.documentClaims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (twenty-sixth session, branch propertyframes): frames in which a vesicle and a property or challenge term
 * stand in one sentence with no older rule linking them (claim-rules.yaml block "propertyframes"): a size named by the
 * word the vesicles are introduced with ("tiny bubbles called EVs"), vesicles that end up in the clearance organs
 * ("accumulated mostly in the liver and spleen"), harm reported after the vesicles were given ("infections have been
 * reported in patients who received exosome products"), a product made from the vesicles ("develops vaccines from
 * engineered EVs", "the vaccine contains OMVs"). Invented sentences, both ways, read as one-sentence documents.
 */
class PropertyAndChallengeFramesTest {

    private static Optional<Claim> find(String sentence, String subject, String relation, String object) {
        return documentClaims(sentence).stream().filter(c -> local(c.subjectIri()).equals(subject)
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String subject, String relation, String object) {
        return find(sentence, subject, relation, object).orElseThrow(() -> new AssertionError(
                "no " + subject + " " + relation + " " + object + " in " + triples(documentClaims(sentence))));
    }

    private static void none(String sentence, String relation, String object) {
        List<Claim> claims = documentClaims(sentence);
        assertTrue(claims.stream().noneMatch(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)),
                String.valueOf(triples(claims)));
    }

    @Test
    void theCellsThatReleaseWhatIsSoNamedAreTheVesiclesSource() {
        claim("Red blood cells shed tiny sacs called extracellular vesicles.", "ExtracellularVesicle", "derivedFrom",
                "Erythrocyte");
        Claim cargo = claim("Red blood cells shed tiny sacs called extracellular vesicles, which carry microRNAs.",
                "ExtracellularVesicle", "carries", "MicroRNA");
        assertTrue(cargo.qualifierIri() != null && local(cargo.qualifierIri()).equals("Erythrocyte"), String.valueOf(cargo));
        none("Red blood cells shed tiny amounts of haemoglobin called free haem together with exosomes.", "derivedFrom",
                "Erythrocyte");
    }

    @Test
    void aSizeWordBeforeSomethingElseThatIsNamedGivesNoSize() {
        none("Cells pack tiny amounts of RNA called microRNAs into exosomes.", "hasProperty", "SmallSize");
        none("Tiny particles called liposomes were mixed with the exosomes.", "hasProperty", "SmallSize");
    }

    @Test
    void vesiclesThatEndUpInTheClearanceOrgansAccumulateOffTarget() {
        assertFalse(claim("Dye-labelled milk exosomes accumulated mostly in the liver and spleen after injection.", "Exosome",
                "hasChallenge", "OffTargetAccumulation").negated());
        claim("Intravenous EVs were retained by the liver and spleen within hours.",
                "ExtracellularVesicle", "hasChallenge", "OffTargetAccumulation");
    }

    @Test
    void vesiclesClearedByMacrophagesOfTheClearanceOrgansAccumulateOffTarget() {
        claim("Intravenous milk exosomes were rapidly cleared by macrophages in the liver and spleen.", "Exosome",
                "hasChallenge", "OffTargetAccumulation");
        claim("Injected EVs are cleared from the blood within minutes, mostly by macrophages of the liver and spleen.",
                "ExtracellularVesicle", "hasChallenge", "OffTargetAccumulation");
    }

    @Test
    void anotherCarrierEndingUpInTheClearanceOrgansSaysNothingOfTheVesicles() {
        none("Labelled exosomes accumulated in the tumours, whereas most liposomes ended up in the liver and spleen.",
                "hasChallenge", "OffTargetAccumulation");
        none("The exosomes stayed in the injected muscle; less than 5 % of the dose reached the liver and spleen.",
                "hasChallenge", "OffTargetAccumulation");
        none("Exosomes were rapidly cleared by macrophages, whereas liposomes stayed in the liver and spleen.",
                "hasChallenge", "OffTargetAccumulation");
    }

    @Test
    void harmReportedAfterTheVesiclesWereGivenIsTheirSafetyConcern() {
        claim("Serious infections have been reported in patients who received unlicensed exosome products.", "Exosome",
                "hasChallenge", "SafetyConcern");
        claim("Serious infections were reported after injections of unapproved exosome products.", "Exosome",
                "hasChallenge", "SafetyConcern");
    }

    @Test
    void harmReportedAfterAnotherProductIsNoConcernOfTheVesicles() {
        none("Serious infections have been reported after injections of hyaluronic acid fillers, whereas exosomes were safe.",
                "hasChallenge", "SafetyConcern");
    }

    @Test
    void aProductMadeFromTheVesiclesIsTheirUse() {
        claim("The start-up develops vaccines from engineered extracellular vesicles.", "EngineeredExosome", "usedFor", "Vaccine");
        claim("The new vaccine contains outer membrane vesicles of a harmless strain.",
                "BacterialOuterMembraneVesicle", "usedFor", "Vaccine");
    }

    @Test
    void aProductNamedNearTheVesiclesButNotMadeFromThemIsNoUse() {
        none("We developed a vaccine that protects from infection by bacteria that release outer membrane vesicles.",
                "usedFor", "Vaccine");
        none("The vaccine protected mice from infection, and exosomes were also tested.", "usedFor", "Vaccine");
    }
}
