package org.exokg.claim;

import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.projectClaims;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (branch subjects2, seventeenth session): vesicle subjects the extractor did not read as such. A vesicle term
 * that spells its source as an adjective ("Bacterial OMVs") names bacteria as the origin (lead's convention p).
 * Invented sentences, each beside a near neighbour that must not give the reading.
 */
class PreparationsTreatedAnimalsBacterialTermsTest {

    private static boolean has(String text, String subject, String relation, String object) {
        return projectClaims(text).stream().anyMatch(c -> local(c.subjectIri()).equals(subject)
                && c.relation().localName().equals(relation) && local(c.objectIri()).equals(object));
    }

    private static String all(String text) {
        return triples(projectClaims(text)).toString();
    }

    @Test
    void aVesicleTermSpellingBacterialNamesBacteriaAsTheSource() {
        for (String s : List.of("Bacterial OMVs carry lipopolysaccharide into the circulation.",
                "Bacterial outer membrane vesicles as vaccine platforms.")) {
            assertTrue(has(s, "BacterialOuterMembraneVesicle", "derivedFrom", "Bacterium"), s + ": " + all(s));
        }
        // bare OMVs spell no source: no row (convention p)
        String bare = "OMVs carry lipopolysaccharide into the circulation.";
        assertFalse(has(bare, "BacterialOuterMembraneVesicle", "derivedFrom", "Bacterium"), all(bare));
    }
}
