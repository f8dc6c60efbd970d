package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, branch usesmisses37 (docs/extraction.md, "Uses the extractor missed"): uses a sentence states by its
 * structure, read as implied properties of a claim the extractor already reads. Invented sentences, none from a gold
 * set, through the real pipeline; each family with its switch on and off, and near neighbours that must give nothing:
 * {@code -Dexokg.deliveredCargoUse}, {@code -Dexokg.distinguishingCargoUse}, {@code -Dexokg.vaccinatedGroupUse}.
 */
@ExtendWith(WithoutClaimConfidence.class)
class UsesMissReadingsTest {

    private static final String DELIVERED = "exokg.deliveredCargoUse";
    private static final String DISTINGUISHING = "exokg.distinguishingCargoUse";
    private static final String VACCINATED = "exokg.vaccinatedGroupUse";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(DELIVERED);
        System.clearProperty(DISTINGUISHING);
        System.clearProperty(VACCINATED);
    }

    private List<String> claims(String sentence) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, sentence + "\n", ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + (c.hedgeCue() != null ? " HEDGED" : "")).toList();
    }

    private static boolean uses(List<String> got, String application) {
        return got.stream().anyMatch(c -> c.contains(" usedFor " + application) && !c.contains(" NOT "));
    }

    @Test
    void deliveredTherapeuticCargoIsDrugDelivery() throws Exception {
        String delivered = "Engineered vesicles delivered the siRNA to neurons in mice.";
        String system = "Spinach nanovesicles are a good oral delivery system for curcumin.";
        System.setProperty(DELIVERED, "false");
        assertFalse(uses(claims(delivered), "DrugDelivery"), "switch off");
        System.clearProperty(DELIVERED); // ON by default (decided in this branch)
        assertTrue(uses(claims(delivered), "DrugDelivery"), claims(delivered).toString());
        assertTrue(uses(claims(system), "DrugDelivery"), claims(system).toString());
        // a natural cargo delivered: no drug delivery (fffffff)
        List<String> toxin = claims("Helicobacter vesicles delivered CagA to gastric cells.");
        assertFalse(uses(toxin, "DrugDelivery"), toxin.toString());
        // a drug carried out of cells: no delivery
        List<String> out = claims("Tumour vesicles carried doxorubicin out of the cancer cells and delivered it to the medium.");
        assertFalse(uses(out, "DrugDelivery"), out.toString());
        // a targeted carrier is TargetedDrugDelivery's, the narrower class: no DrugDelivery beside it
        List<String> targeted = claims("Goat milk vesicles are a muscle-targeted carrier for curcumin and delivered curcumin to muscle.");
        assertFalse(targeted.stream().anyMatch(c -> c.endsWith("usedFor DrugDelivery")), targeted.toString());
        // a modal delivery is modalDeliveryUse's (OFF), not this family's
        List<String> modal = claims("Endothelial vesicles could deliver siRNA to microglia.");
        assertFalse(uses(modal, "DrugDelivery"), modal.toString());
    }

    @Test
    void cargoThatTellsDiseasesApartIsDiagnosis() throws Exception {
        String tells = "Sputum vesicles carry microRNAs that distinguish allergic from non-allergic asthma.";
        assertFalse(uses(claims(tells), "Diagnosis"), "switch off");
        System.setProperty(DISTINGUISHING, "true");
        assertTrue(uses(claims(tells), "Diagnosis"), claims(tells).toString());
        // a marker that tells vesicles apart: no diagnosis
        List<String> sizes = claims("Plasma vesicles carried CD9, which distinguishes small vesicles from large ones.");
        assertFalse(uses(sizes, "Diagnosis"), sizes.toString());
        // a denied one: nothing
        List<String> denied = claims("Urine vesicles carried podocin, which did not distinguish preeclampsia from hypertension.");
        assertFalse(uses(denied, "Diagnosis"), denied.toString());
    }

    @Test
    void protectedVaccinatedGroupIsVaccine() throws Exception {
        String immunised = "Mice immunised with the outer membrane vesicles were protected against pneumococcal infection.";
        assertFalse(uses(claims(immunised), "Vaccine"), "switch off");
        System.setProperty(VACCINATED, "true");
        assertTrue(uses(claims(immunised), "Vaccine"), claims(immunised).toString());
        // a treated group, no immunisation: no vaccine
        List<String> given = claims("Mice given the outer membrane vesicles were protected against pneumococcal infection.");
        assertFalse(uses(given, "Vaccine"), given.toString());
    }
}
