package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch clausescope): an elliptic contrast, "A reduced X, whereas B did not", denies of the second
 * preparation what the first clause says of the first (the gold reading of a compared arm); a control arm
 * ("unmodified", "from healthy donors", "of resting cells") denies nothing, as control populations give no denied
 * claims. Invented sentences, both ways; the positive ones fail with -Dexokg.noEllipticDenials.
 */
class EllipticContrastDenialTest {

    private static Optional<Claim> find(String sentence, String subject, String qualifier, String relation, String object) {
        List<Claim> claims = projectClaims(sentence);
        return claims.stream().filter(c -> local(c.subjectIri()).equals(subject)
                && (qualifier == null ? c.qualifierIri() == null : c.qualifierIri() != null && local(c.qualifierIri()).equals(qualifier))
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(String sentence, String subject, String qualifier, String relation, String object) {
        return find(sentence, subject, qualifier, relation, object).orElseThrow(() -> new AssertionError(
                "no " + subject + "[" + qualifier + "] " + relation + " " + object + " in " + triples(projectClaims(sentence))));
    }

    @Test
    void theSecondArmOfAnEllipticContrastIsDenied() {
        String s = "Exosomes from mesenchymal stem cells reduced liver fibrosis in mice, whereas exosomes from fibroblasts did not.";
        assertTrue(claim(s, "Exosome", "Fibroblast", "treats", "LiverFibrosis").negated());
        // the first arm keeps its affirmed claim
        assertFalse(claim(s, "Exosome", "MesenchymalStemCell", "treats", "LiverFibrosis").negated());
        assertTrue(claim("Dendritic cell exosomes carried MHC class II, but exosomes from erythrocytes did not.",
                "Exosome", "Erythrocyte", "carries", "Protein").negated());
        assertTrue(claim("Macrophage exosomes crossed the blood-brain barrier; exosomes from platelets failed to.",
                "Exosome", "Platelet", "crosses", "BloodBrainBarrier").negated());
    }

    @Test
    void aControlArmOrAFullSecondPredicateIsNoEllipsis() {
        // control arms: nothing denied
        String unmodified = "Exosomes from mesenchymal stem cells reduced liver fibrosis in mice, whereas unmodified exosomes did not.";
        assertTrue(find(unmodified, "Exosome", null, "treats", "LiverFibrosis").filter(Claim::negated).isEmpty(),
                triples(projectClaims(unmodified)).toString());
        String healthy = "Plasma exosomes of patients carried microRNA-21, whereas exosomes from healthy donors did not.";
        assertTrue(projectClaims(healthy).stream().noneMatch(Claim::negated), triples(projectClaims(healthy)).toString());
        String resting = "Exosomes from activated macrophages reduced liver fibrosis, but exosomes from resting macrophages did not.";
        assertTrue(projectClaims(resting).stream().noneMatch(Claim::negated), triples(projectClaims(resting)).toString());
        // a clause with its own predicate after "did not" is read as before (no copy of the first predicate)
        String own = "Exosomes from mesenchymal stem cells reduced liver fibrosis, whereas exosomes from fibroblasts did not carry microRNA-21.";
        assertTrue(find(own, "Exosome", "Fibroblast", "treats", "LiverFibrosis").isEmpty(), triples(projectClaims(own)).toString());
        // no contrast: "and did not" continues the first subject's clause
        String same = "Exosomes from fibroblasts entered hepatocytes and did not reduce liver fibrosis.";
        assertTrue(claim(same, "Exosome", "Fibroblast", "treats", "LiverFibrosis").negated());
    }
}
