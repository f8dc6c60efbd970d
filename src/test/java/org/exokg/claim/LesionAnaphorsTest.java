package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.exokg.TestSupport;
import org.exokg.rdf.DocumentExtraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lesion anaphors (issue 15, branch objectanaphors33): "accumulated at the lesion", "reached the injured cord",
 * "gathered in the perilesional tissue" in a text about one named injury target that injury; in a text naming two
 * injuries the anaphor stays Injury; an outcome word ("lesion volume") and an uninjured organ read nothing new. Invented
 * texts (documents/anaphors33/) through the real pipeline and the project ontology; the switch set per test.
 */
class LesionAnaphorsTest {

    /** The switch as this JVM was started with it (null: not given); (branch perf41) a property, no longer a field. */
    private static final String SET = System.getProperty("exokg.lesionAnaphors");

    @AfterEach
    void restore() {
        if (SET == null) {
            System.clearProperty("exokg.lesionAnaphors");
        } else {
            System.setProperty("exokg.lesionAnaphors", SET);
        }
    }

    private static DocumentExtraction extract(String name, boolean on) throws Exception {
        System.setProperty("exokg.lesionAnaphors", Boolean.toString(on));
        return TestSupport.projectBuilder().extract(TestSupport.resource("documents/anaphors33/" + name)).get(0);
    }

    /**
     * ON in branch decision38 (decision pool 30-32 + 36-38: +1 right, no wrong claim); OFF again since decision39 (the
     * stricter rule, pool 30-32 + 36-39: +1 right, +1 wrong); =true turns it on.
     */
    @Test
    void offByDefault() {
        System.clearProperty("exokg.lesionAnaphors");
        assertFalse(LesionAnaphors.on());
    }

    @Test
    void aLesionAnaphorTargetsTheTextsOneInjury() throws Exception {
        DocumentExtraction e = extract("lesion-sites.txt", true);
        assertEquals(List.of("Exosome[SchwannCell] targets SpinalCordInjury"), TestSupport.claimsOf(e, "accumulated at the lesion", false));
        assertEquals(List.of("Exosome[SchwannCell] targets SpinalCordInjury"), TestSupport.claimsOf(e, "reached the injured cord", false));
        assertEquals(List.of("Exosome[SchwannCell] targets SpinalCordInjury"), TestSupport.claimsOf(e, "perilesional tissue", false));
    }

    @Test
    void offTheAnaphorsReadNothing() throws Exception {
        DocumentExtraction e = extract("lesion-sites.txt", false);
        assertEquals(List.of(), TestSupport.claimsOf(e, "accumulated at the lesion", false));
    }

    @Test
    void anOutcomeWordAndAnUninjuredOrganAreNoAnaphor() throws Exception {
        DocumentExtraction e = extract("lesion-sites.txt", true);
        assertEquals(List.of(), TestSupport.claimsOf(e, "lesion volume measurements", false));
        assertFalse(TestSupport.claimsOf(e, "liver of uninjured rats", false).stream().anyMatch(c -> c.contains("Injury")));
    }

    @Test
    void aTextNamingTwoInjuriesKeepsInjury() throws Exception {
        DocumentExtraction e = extract("two-injuries.txt", true);
        assertEquals(List.of("Exosome[SchwannCell] targets Injury"), TestSupport.claimsOf(e, "accumulated at the lesion", false));
    }
}
