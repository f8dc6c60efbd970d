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
 * Issue 15 (branch riskverbs): risks stated by a verb phrase with no challenge term in it. A harm of the body the
 * vesicles are said to cause ("can cause fever", "might cause fever or local inflammation") is their SafetyConcern,
 * affirmed or hedged (conventions cccc, iii); a mild or transient harm (ttt), a comparison and an absent harm are not. Antibodies the vesicles raise, named by an immune
 * verb and the antibody or its class ("induced mucosal IgA"), are hasProperty Immunogenicity; denied, LowImmunogenicity
 * (convention u). Invented
 * sentences, both ways, each read as a one-sentence document.
 */
class RisksStatedByVerbsTest {

    private static Optional<Claim> find(List<Claim> claims, String relation, String object) {
        return claims.stream().filter(c -> c.relation().localName().equals(relation) && local(c.objectIri()).equals(object)).findFirst();
    }

    private static Claim claim(List<Claim> claims, String relation, String object) {
        return find(claims, relation, object).orElseThrow(() -> new AssertionError("no " + relation + " " + object + " in " + triples(claims)));
    }

    @Test
    void aHarmOfTheBodyTheVesiclesCauseIsTheirSafetyConcern() {
        List<Claim> plain = documentClaims("Bacterial outer membrane vesicles can cause fever because of their endotoxin.");
        Claim risk = claim(plain, "hasChallenge", "SafetyConcern");
        assertTrue(!risk.hedged() && !risk.negated(), String.valueOf(triples(plain)));
        List<Claim> hedged = documentClaims("Concentrated outer membrane vesicles might cause chills or local inflammation if inhaled.");
        assertTrue(claim(hedged, "hasChallenge", "SafetyConcern").hedged(), String.valueOf(triples(hedged)));
        assertTrue(find(hedged, "contributesTo", "InflammatoryDisease").isEmpty(), String.valueOf(triples(hedged)));
        List<Claim> found = documentClaims("Milk exosomes from mastitic cows caused weight loss in the treated mice.");
        assertFalse(claim(found, "hasChallenge", "SafetyConcern").hedged(), String.valueOf(triples(found)));
    }

    @Test
    void mildComparedOrAbsentHarmsAreNoSafetyConcern() {
        for (String sentence : List.of("High doses of the vesicles could cause mild fever for a day.",
                "Outer membrane vesicles with wild-type lipid A caused more weight loss than detoxified ones.",
                "The plant vesicles caused no weight loss and no skin irritation.",
                "Platelet vesicles did not cause fever in rabbits.",
                "The exosome cream reduced wrinkle depth without causing skin irritation.")) {
            List<Claim> claims = documentClaims(sentence);
            assertTrue(find(claims, "hasChallenge", "SafetyConcern").isEmpty(), sentence + " -> " + triples(claims));
        }
    }

    @Test
    void antibodiesTheVesiclesRaiseAreImmunogenicity() {
        for (String sentence : List.of("Intranasal outer membrane vesicles induced mucosal IgA in mice.",
                "The detoxified outer membrane vesicles elicited opsonising antibodies in rabbits.")) {
            List<Claim> claims = documentClaims(sentence);
            Claim immune = claim(claims, "hasProperty", "Immunogenicity");
            assertTrue(!immune.negated(), sentence + " -> " + triples(claims));
        }
        // denied: the low immunogenicity of convention u, never a denied Immunogenicity
        List<Claim> denied = documentClaims("The milk exosomes did not induce IgG antibodies in rats.");
        assertTrue(find(denied, "hasProperty", "Immunogenicity").isEmpty(), String.valueOf(triples(denied)));
        assertFalse(claim(denied, "hasProperty", "LowImmunogenicity").negated(), String.valueOf(triples(denied)));
        // antibodies the vesicles escape are no immune response to them
        List<Claim> shielded = documentClaims("Milk exosomes protected the cargo from neutralising antibodies.");
        assertTrue(find(shielded, "hasProperty", "Immunogenicity").isEmpty(), String.valueOf(triples(shielded)));
    }
}
