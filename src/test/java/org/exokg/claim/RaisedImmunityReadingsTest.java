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
 * Issue 15, branch immunogenicity40 (docs/extraction.md, "Antibodies the vesicles raised in immunised animals"):
 * antibodies an immunised group produced, antibodies raised by the vesicles, and two antibody kinds joined after the
 * immune verb are hasProperty Immunogenicity (convention ttttt). Invented sentences, none from a gold set, through the
 * real pipeline, with {@code -Dexokg.raisedImmunity} on and off, and look-alikes that must give no Immunogenicity.
 */
@ExtendWith(WithoutClaimConfidence.class)
class RaisedImmunityReadingsTest {

    private static final String SWITCH = "exokg.raisedImmunity";

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        System.clearProperty(SWITCH);
    }

    private List<String> claims(String text) throws Exception {
        DocumentExtraction e = TestSupport.extractText(dir, text + "\n", ".txt");
        return e.claims().stream()
                .map(c -> local(c.subjectIri()) + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                        + local(c.objectIri()) + (c.hedgeCue() != null ? " HEDGED" : "")).toList();
    }

    private static boolean immunogenic(List<String> got) {
        return got.stream().anyMatch(c -> c.endsWith(" hasProperty Immunogenicity") && !c.contains(" NOT "));
    }

    private static final String OPENING = "Outer membrane vesicles of Moraxella catarrhalis were given intranasally to mice. ";

    @Test
    void antibodiesOfAnImmunisedGroupAreTheVesiclesImmunogenicity() throws Exception {
        String group = OPENING + "Immunised rats produced nasal IgA and serum IgG that killed the strain.";
        String made = OPENING + "Vaccinated young mice made broad antibodies that neutralised the toxin.";
        assertFalse(immunogenic(claims(group)), "switch off: " + claims(group));
        System.setProperty(SWITCH, "true");
        assertTrue(immunogenic(claims(group)), claims(group).toString());
        assertTrue(immunogenic(claims(made)), claims(made).toString());
    }

    @Test
    void twoAntibodyKindsAfterTheImmuneVerb() throws Exception {
        System.setProperty(SWITCH, "true");
        String joined = "Nasal walnut vesicles induced salivary and serum IgA in rats.";
        assertTrue(immunogenic(claims(joined)), claims(joined).toString());
    }

    @Test
    void lookAlikesAdjuvantsAndDenialsGiveNoImmunogenicity() throws Exception {
        System.setProperty(SWITCH, "true");
        // a look-alike particle was given: its antibodies are not the vesicles'
        assertFalse(immunogenic(claims(OPENING + "Mice immunised with liposomes produced serum IgG.")));
        assertFalse(immunogenic(claims(OPENING + "Rats immunised with virus-like particles made strong IgG titres.")));
        // an adjuvant given with them raises the antibodies (xxxxx)
        assertFalse(immunogenic(claims(OPENING + "Mice immunised with the vesicles and alum produced serum IgG.")));
        // a denial: no positive immunogenicity; a therapeutic vesicle that raised none is LowImmunogenicity (u)
        assertFalse(immunogenic(claims(OPENING + "Immunised mice produced no antibodies against the toxin.")));
        List<String> none = claims("Milk exosomes did not elicit antibodies after ten doses.");
        assertFalse(immunogenic(none), none.toString());
        assertTrue(none.stream().anyMatch(c -> c.endsWith(" hasProperty LowImmunogenicity") && !c.contains(" NOT ")), none.toString());
    }
}
