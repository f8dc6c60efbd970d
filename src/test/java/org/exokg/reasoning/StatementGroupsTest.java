package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The conflict search per group of statements that can meet finds what the search over each kind's statements as
 * one group finds: the same conflicts and exceptions, with the same statements, ontology axioms and flags.
 */
class StatementGroupsTest {

    private static OWLOntology ontology;
    private static OWLReasoner base;

    @BeforeAll
    static void load() throws Exception {
        ontology = OntologyLoader.load(Path.of(ExoKg.ONTOLOGY_FILE));
        base = new ReasonerFactory().createReasoner(ontology);
        base.precomputeInferences(InferenceType.CLASS_HIERARCHY);
    }

    @AfterAll
    static void dispose() {
        base.dispose();
    }

    private final List<StoredClaim> claims = new ArrayList<>();

    private void claim(String subject, String relation, String object, boolean positive, boolean hedged, String qualifier, String document) {
        int i = claims.size();
        claims.add(new StoredClaim(ExoKg.RESOURCE_NS + "claim/groups-" + i, ExoKg.NS + subject, ExoKg.NS + relation,
                ExoKg.NS + object, positive, hedged, qualifier != null, qualifier == null ? null : ExoKg.NS + qualifier,
                ExoKg.RESOURCE_NS + "document/" + document, null, null, "claim " + i));
    }

    static List<String> content(List<ConflictExplanation> found) {
        return found.stream().map(c -> c.kind() + " | " + c.unsatisfiable() + " | "
                + c.statements().stream().map(ClaimAxioms.Statement::label).toList() + " | " + c.ontologyAxioms()
                + " | hedged " + c.hedged() + " | complete " + c.complete()).sorted().toList();
    }

    @Test
    void searchingPerGroupFindsWhatTheSearchOverWholeKindsFinds() {
        // interacting: a cargo against a denial of its class, two properties the ontology excludes together, a
        // narrowed kind against its kind, a source against a denial of it; around them statements that meet
        // nothing (other cargo, diseases, uses, loading techniques) and a hedged one
        claim("Exosome", "carries", "MicroRNA", true, false, null, "a");
        claim("Exosome", "carries", "RNA", false, false, null, "b");
        claim("Exosome", "carries", "Protein", false, false, null, "b");
        claim("Exosome", "hasProperty", "HighImmunogenicity", true, false, null, "a");
        claim("Exosome", "hasProperty", "LowImmunogenicity", true, true, null, "c");
        claim("Exosome", "treats", "Cancer", true, false, null, "c");
        claim("Exosome", "usedFor", "DrugDelivery", true, false, null, "a");
        claim("Exosome", "loadedBy", "Electroporation", true, false, null, "d");
        claim("Exosome", "loadedBy", "Sonication", false, false, null, "d");
        claim("Exosome", "carries", "Protein", true, false, "Milk", "e");
        claim("ExtracellularVesicle", "usedFor", "Application", false, false, null, "f");
        claim("ExtracellularVesicle", "treats", "Disease", true, false, null, "f");
        claim("Exosome", "derivedFrom", "TumorCell", true, false, null, "g");
        claim("Exosome", "derivedFrom", "Cell", false, false, null, "h");

        ClaimAxioms axioms = new ClaimAxioms(ontology, base, claims);
        // the statements accepted per group tested together, as a check of the grouping
        ConflictFinder grouped = new ConflictFinder().withGrouping(true).withUnionCheck(true);
        List<String> byGroup = content(grouped.find(ontology, base, axioms));
        ConflictFinder whole = new ConflictFinder().withGrouping(false);
        List<String> byKind = content(whole.find(ontology, base, axioms));
        // and not tested (the default): the same result with fewer tests
        ConflictFinder unchecked = new ConflictFinder().withGrouping(true);
        List<String> byGroupUnchecked = content(unchecked.find(ontology, base, axioms));

        assertEquals(byKind, byGroup);
        assertEquals(byGroup, byGroupUnchecked);
        assertTrue(grouped.lastGroupsSearched() > 0, "some kind was searched in groups");
        assertEquals(0, grouped.lastGroupingFallbacks());
        assertTrue(grouped.lastTestsByPhase().get("7-union")[0] > 0, "the accepted statements were tested together");
        assertEquals(grouped.lastSatisfiabilityTests() - grouped.lastTestsByPhase().get("7-union")[0],
                unchecked.lastSatisfiabilityTests(), "only the union tests are left out");
        List<String> sets = byGroup.stream().map(s -> s.split(" \\| ")[2]).toList();
        assertTrue(sets.contains("[Exosome NOT carries RNA, Exosome carries MicroRNA]"), byGroup.toString());
        assertTrue(sets.contains("[Exosome hasProperty HighImmunogenicity, Exosome hasProperty LowImmunogenicity]"), byGroup.toString());
        assertTrue(sets.contains("[Exosome (Milk) carries Protein, Exosome NOT carries Protein]"), byGroup.toString());
        assertTrue(sets.contains("[Exosome NOT derivedFrom Cell, Exosome derivedFrom TumorCell]"), byGroup.toString());
        assertTrue(byGroup.stream().anyMatch(s -> s.startsWith("EXCEPTION") && s.contains("[Exosome (Milk) carries Protein")),
                byGroup.toString());
        // statements that meet no other are in no conflict
        assertTrue(byGroup.stream().noneMatch(s -> s.contains("loadedBy") || s.contains("treats Cancer")), byGroup.toString());
    }

    @Test
    void testsOnUnguardedStatementsFindWhatTheGuardedTestsFind() {
        // kinds of every sort: subjects, narrowed kinds (a vesicle source, a disease), witnesses, and a classification
        // that carries what is said of exosomes over to plant-derived nanovesicles (whose guards matter)
        claim("Exosome", "carries", "MicroRNA", true, false, null, "a");
        claim("Exosome", "carries", "RNA", false, false, null, "b");
        claim("Exosome", "hasProperty", "HighImmunogenicity", true, false, null, "a");
        claim("Exosome", "hasProperty", "LowImmunogenicity", true, true, null, "c");
        claim("Exosome", "carries", "Protein", true, false, "Milk", "e");
        claim("Exosome", "carries", "Protein", false, false, null, "e");
        claim("ExtracellularVesicle", "usedFor", "Application", false, false, null, "f");
        claim("ExtracellularVesicle", "usedFor", "Diagnosis", true, false, "Cancer", "f");
        claim("Exosome", "derivedFrom", "TumorCell", true, false, null, "g");
        claim("Exosome", "derivedFrom", "Cell", false, false, null, "h");
        claim("PlantDerivedNanovesicle", "isKindOf", "Exosome", true, false, null, "i");
        claim("PlantDerivedNanovesicle", "hasProperty", "HighImmunogenicity", false, false, null, "i");

        ClaimAxioms axioms = new ClaimAxioms(ontology, base, claims);
        ConflictFinder primed = new ConflictFinder();
        List<String> unguarded = content(primed.find(ontology, base, axioms));
        ConflictFinder guarded = new ConflictFinder().withPrimedTests(false);
        List<String> asBefore = content(guarded.find(ontology, base, axioms));

        assertEquals(asBefore, unguarded);
        assertEquals(guarded.lastSatisfiabilityTests(), primed.lastSatisfiabilityTests(), "the same questions");
        long onUnguarded = primed.lastTestsByPhase().values().stream().mapToLong(c -> c[1]).sum();
        assertTrue(onUnguarded > 0 && onUnguarded < primed.lastSatisfiabilityTests(),
                "some tests on each reasoner: " + onUnguarded + " of " + primed.lastSatisfiabilityTests());
        assertEquals(0, guarded.lastTestsByPhase().values().stream().mapToLong(c -> c[1]).sum());
        List<String> sets = unguarded.stream().map(x -> x.split(" \\| ")[2]).toList();
        assertTrue(sets.contains("[Exosome NOT carries RNA, Exosome carries MicroRNA]"), unguarded.toString());
        assertTrue(sets.stream().anyMatch(x -> x.contains("PlantDerivedNanovesicle NOT hasProperty HighImmunogenicity")),
                unguarded.toString());
    }
}
