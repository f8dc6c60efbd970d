package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The conflict search's bounds are counted in work (HermiT tests per search, entailment checks per explanation), so
 * the same claims are cut at the same place on any machine; the wall clock is only a safety net, and says when it
 * acted. Asking owlexplanation for one justification per conflict instead of three changes no conflict's claims.
 */
class ConflictBoundsTest {

    private static OWLOntology ontology;
    private static OWLReasoner base;

    @BeforeAll
    static void load() throws Exception {
        ontology = ReasoningFixtures.ontology();
        base = ReasoningFixtures.classified();
    }

    private final List<StoredClaim> claims = new ArrayList<>();
    private ClaimAxioms axioms;

    private void claim(String subject, String relation, String object, boolean positive, String qualifier, String document) {
        int i = claims.size();
        claims.add(new StoredClaim(ExoKg.RESOURCE_NS + "claim/bounds-" + i, ExoKg.NS + subject, ExoKg.NS + relation,
                ExoKg.NS + object, positive, false, qualifier != null, qualifier == null ? null : ExoKg.NS + qualifier,
                ExoKg.RESOURCE_NS + "document/" + document, null, null, "claim " + i));
    }

    @BeforeEach
    void corpus() {
        // several conflicts on one kind (cargo against denials of its classes, opposite immunogenicity, a source
        // against a denial of it) and an exception of a narrowed kind
        claim("Exosome", "carries", "MicroRNA", true, null, "a");
        claim("Exosome", "carries", "RNA", false, null, "b");
        claim("Exosome", "carries", "NucleicAcid", false, null, "c");
        claim("Exosome", "hasProperty", "HighImmunogenicity", true, null, "a");
        claim("Exosome", "hasProperty", "LowImmunogenicity", true, null, "c");
        claim("Exosome", "usedFor", "DrugDelivery", true, null, "a");
        claim("ExtracellularVesicle", "usedFor", "Application", false, null, "f");
        claim("Exosome", "carries", "Protein", true, "Milk", "e");
        claim("Exosome", "carries", "Protein", false, null, "b");
        claim("Exosome", "derivedFrom", "TumorCell", true, null, "g");
        claim("Exosome", "derivedFrom", "Cell", false, null, "h");
        axioms = new ClaimAxioms(ontology, base, claims);
    }

    /** Kind, impossible kind, statements and flags of each conflict: what does not depend on the justification asked. */
    private static List<String> claimsOnly(List<ConflictExplanation> found) {
        return found.stream().map(c -> c.kind() + " | " + c.unsatisfiable() + " | "
                + c.statements().stream().map(ClaimAxioms.Statement::label).toList()
                + " | hedged " + c.hedged() + " | complete " + c.complete()).sorted().toList();
    }

    @Test
    void aSearchCutByItsBoundInTestsIsCutAtTheSamePlaceOnEveryRun() {
        ConflictFinder full = new ConflictFinder();
        List<String> all = StatementGroupsTest.content(full.find(ontology, base, axioms));
        assertEquals(0, full.lastSearchesCut(), all.toString());
        assertTrue(full.lastMostTestsInASearch() > 4, "the fixture's largest search asks more than the bound below");

        ConflictFinder first = new ConflictFinder(4, 64, 5_000, Duration.ofMinutes(10));
        List<String> cut = StatementGroupsTest.content(first.find(ontology, base, axioms));
        ConflictFinder second = new ConflictFinder(4, 64, 5_000, Duration.ofMinutes(10));
        List<String> again = StatementGroupsTest.content(second.find(ontology, base, axioms));

        assertTrue(first.lastSearchesCut() > 0, "a search asked more than 4 tests");
        assertEquals(0, first.lastSearchesCutByClock(), "cut by the count, not by the clock");
        assertEquals(cut, again, "the same claims are cut at the same place");
        assertEquals(first.lastSearchesCut(), second.lastSearchesCut());
        assertNotEquals(all, cut, "the bound changed what was found");
    }

    @Test
    void theWallClockSafetyNetIsReportedWhenItActs() {
        ConflictFinder finder = new ConflictFinder(50_000, 64, 5_000, Duration.ZERO);
        finder.find(ontology, base, axioms);
        assertTrue(finder.lastSearchesCut() > 0);
        assertEquals(finder.lastSearchesCut(), finder.lastSearchesCutByClock(), "every search was stopped by the clock");
    }

    @Test
    void oneJustificationPerConflictGivesTheClaimsThatThreeGive() {
        List<ConflictExplanation> one = new ConflictFinder().find(ontology, base, axioms);
        List<ConflictExplanation> three = new ConflictFinder().withJustifications(3).find(ontology, base, axioms);
        assertEquals(claimsOnly(three), claimsOnly(one));
        assertTrue(claimsOnly(one).stream().anyMatch(s -> s.contains("[Exosome NOT carries RNA, Exosome carries MicroRNA]")),
                claimsOnly(one).toString());
        // every conflict still names the ontology axioms behind it (a minimal set; not always the one of three kept)
        for (ConflictExplanation c : one) {
            assertFalse(c.ontologyAxioms().stream().anyMatch(a -> a.startsWith("(ontology axioms")), c.toString());
        }
        assertEquals(StatementGroupsTest.content(new ConflictFinder().find(ontology, base, axioms)),
                StatementGroupsTest.content(one), "one justification: the same on every run");
        assertThrows(IllegalArgumentException.class, () -> new ConflictFinder().withJustifications(0));
    }
}
