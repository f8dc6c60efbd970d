package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch hedged8): hedged uses whose subject carries a participle phrase, a cargo participle or a relative
 * clause without its pronoun between the vesicle and the modal (claim-rules.yaml block hedged8; docs/extraction.md,
 * "Hedged claims lost as claims (branch hedged8)"). Invented sentences: each reading next to a neighbour that must not
 * give it (the modal in a relative clause of the producing cells, no modal, a therapy only compared with).
 */
class ParticipleSubjectHedgedUsesTest {

    private static boolean has(List<Claim> claims, String subject, String relation, String object, boolean hedged) {
        return claims.stream().anyMatch(c -> local(c.subjectIri()).equals(subject) && c.relation().localName().equals(relation)
                && local(c.objectIri()).equals(object) && c.hedged() == hedged);
    }

    private static boolean any(List<Claim> claims, String relation, String object) {
        return claims.stream().anyMatch(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object));
    }

    @Test
    void anIndicatorVerbUnderAModalAfterAParticiplePhrase() {
        List<Claim> claims = projectClaims("Extracellular vesicles shed into the tear film by lacrimal cells might therefore signal relapse of uveitis.");
        assertTrue(has(claims, "ExtracellularVesicle", "usedFor", "Biomarker", true), () -> triples(claims).toString());
        // the modal of a relative clause of the cells is not the vesicles' predicate
        List<Claim> relative = projectClaims("Extracellular vesicles shed into the tear film by lacrimal cells that might therefore "
                + "signal relapse of uveitis were counted.");
        assertFalse(any(relative, "usedFor", "Biomarker"), () -> triples(relative).toString());
    }

    @Test
    void aUseTheVesiclesMayProvideAfterAParticiplePhrase() {
        List<Claim> claims = projectClaims("Extracellular vesicles released into the sputum by airway cells could provide a molecular "
                + "readout of asthma.");
        assertTrue(has(claims, "ExtracellularVesicle", "usedFor", "Biomarker", true), () -> triples(claims).toString());
        List<Claim> relative = projectClaims("Extracellular vesicles released into the sputum by airway cells that could provide a "
                + "molecular readout of asthma were counted.");
        assertFalse(any(relative, "usedFor", "Biomarker"), () -> triples(relative).toString());
        // without the modal the frame reads nothing (a plain "provide" is left to the other rules)
        List<Claim> plain = projectClaims("Extracellular vesicles released into the sputum by airway cells provide a molecular "
                + "readout of asthma.");
        assertFalse(plain.stream().anyMatch(c -> c.rule().startsWith("hedged8-")), () -> triples(plain).toString());
    }

    @Test
    void aTherapyForADiseaseAfterACargoParticiple() {
        List<Claim> claims = projectClaims("Exosomes carrying miR-132 may become a cell-free therapy for stroke.");
        assertTrue(has(claims, "Exosome", "treats", "Stroke", true), () -> triples(claims).toString());
        assertTrue(has(claims, "Exosome", "usedFor", "CellFreeTherapy", true), () -> triples(claims).toString());
        // the presupposed cargo of the subject's phrase stays unhedged (convention g)
        assertTrue(has(claims, "Exosome", "carries", "MicroRNA", false), () -> triples(claims).toString());
        List<Claim> compared = projectClaims("Exosomes carrying miR-132 were compared with a cell-free therapy for stroke.");
        assertFalse(any(compared, "treats", "Stroke"), () -> triples(compared).toString());
    }

    @Test
    void aRelativeClauseWithoutItsPronounBeforeTheModal() {
        List<Claim> claims = projectClaims("The exosomes these cells secrete could become a cell-free therapy for sepsis.");
        assertTrue(has(claims, "Exosome", "usedFor", "CellFreeTherapy", true), () -> triples(claims).toString());
        assertTrue(claims.stream().anyMatch(c -> c.relation().localName().equals("treats") && c.hedged()), () -> triples(claims).toString());
        List<Claim> plain = projectClaims("The exosomes these cells secrete were compared with a cell-free therapy for sepsis.");
        assertFalse(any(plain, "treats", "InfectiousDisease") || any(plain, "treats", "Sepsis"), () -> triples(plain).toString());
    }

    @Test
    void aHedgedTherapyForPatientsWithADiseaseOrARiskGroup() {
        List<Claim> claims = projectClaims("Platelet vesicles might offer a cell-free therapy for patients with stroke.");
        assertTrue(has(claims, "ExtracellularVesicle", "treats", "Stroke", true), () -> triples(claims).toString());
        List<Claim> risk = projectClaims("Armed macrophage vesicles might offer an off-the-shelf cell-free immunotherapy for "
                + "high-risk neuroblastoma.");
        assertTrue(risk.stream().anyMatch(c -> c.relation().localName().equals("treats") && c.hedged()), () -> triples(risk).toString());
        // compared with a therapy for the patients, the vesicles are not said to treat the disease
        List<Claim> compared = projectClaims("Platelet vesicles were compared with a cell-free therapy for patients with stroke.");
        assertFalse(any(compared, "treats", "Stroke"), () -> triples(compared).toString());
    }
}
