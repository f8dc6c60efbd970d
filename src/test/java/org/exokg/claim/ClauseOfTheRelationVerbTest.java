package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The clause check on the dependency parse (ParseUse.CLAUSE_VETO, branch parseveto; off unless asked): a surface claim
 * is dropped when the tree puts its vesicle or its object outside the clause of the trigger's verb; a near neighbour in
 * which the vesicle is that verb's subject keeps its claim. Invented sentences, the real parser (the process's one,
 * loaded once per JVM, shared with ParseVetoTest, ArgumentReaderTest and DependencyParseRulesTest).
 */
class ClauseOfTheRelationVerbTest {

    private static Set<ParseUse> withClauseCheck() {
        Set<ParseUse> uses = EnumSet.copyOf(ParseUse.ADOPTED);
        uses.add(ParseUse.CLAUSE_VETO);
        return uses;
    }

    /** The surface claim (with the adopted uses) is there, and the clause check drops it. */
    private static void vetoed(String text, String subject, String relation, String object) {
        List<Claim> adopted = DependencyParseRulesTest.claims(text, ParseUse.ADOPTED);
        assertNotNull(DependencyParseRulesTest.on(adopted, subject, relation, object),
                "the surface rules read " + subject + " " + relation + " " + object + ": " + TestSupport.triples(adopted));
        List<Claim> checked = DependencyParseRulesTest.claims(text, withClauseCheck());
        assertNull(DependencyParseRulesTest.on(checked, subject, relation, object), "not vetoed: " + TestSupport.triples(checked));
    }

    private static void kept(String text, String subject, String relation, String object) {
        List<Claim> checked = DependencyParseRulesTest.claims(text, withClauseCheck());
        assertNotNull(DependencyParseRulesTest.on(checked, subject, relation, object), "vetoed: " + TestSupport.triples(checked));
    }

    @Test
    void aCoordinatedClauseWithASubjectOfItsOwnIsNotTheVesiclesClause() {
        // "the tumour cells expressed ...": the second clause has its own subject; the vesicles are in the first
        vetoed("Exosomes were isolated from the plasma of patients, and the tumour cells expressed high levels of PD-L1.",
                "Exosome", "carries", "Protein");
        // near neighbour: the vesicles are the subject of "expressed"
        kept("Exosomes isolated from the plasma of patients expressed high levels of PD-L1.", "Exosome", "carries", "Protein");
    }

    @Test
    void theCellsThatTookUpTheVesiclesSecreteTheCytokine() {
        vetoed("Exosomes were taken up by macrophages, and the macrophages secreted TNF-alpha.", "Exosome", "carries",
                "SignalingProtein");
        // an anaphor of the vesicles as the second clause's subject keeps the claim
        kept("Exosomes were taken up by macrophages, and these exosomes carried TNF-alpha.", "Exosome", "carries",
                "SignalingProtein");
    }

    @Test
    void anObjectInARelativeClauseOfTheCargoIsNotTheVesiclesObject() {
        // "proteins that activate macrophages": the relative clause is said of the proteins
        vetoed("Exosomes carry proteins that activate macrophages in the liver.", "Exosome", "targets", "Macrophage");
        // near neighbour: "activate" is coordinated with "carry" and shares its subject, the vesicles
        kept("Exosomes carry proteins and activate macrophages in the liver.", "Exosome", "targets", "Macrophage");
    }
}
