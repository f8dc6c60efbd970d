package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * The veto on the dependency parse (ParseUse.VETO, branch parser2): a surface claim is dropped when the tree says the
 * clause is said of another noun than its vesicle; a near neighbour whose vesicle is the subject keeps its claim.
 * Invented sentences, the real parser (the process's one, loaded once per JVM, shared with ArgumentReaderTest and
 * DependencyParseRulesTest).
 */
class ParseVetoTest {

    private static Set<ParseUse> withVeto() {
        Set<ParseUse> uses = EnumSet.copyOf(ParseUse.ADOPTED);
        uses.add(ParseUse.VETO);
        return uses;
    }

    /** The surface claim (with the adopted uses) is there, and the veto drops it. */
    private static void vetoed(String text, String subject, String relation, String object) {
        List<Claim> adopted = DependencyParseRulesTest.claims(text, ParseUse.ADOPTED);
        assertNotNull(DependencyParseRulesTest.on(adopted, subject, relation, object),
                "the surface rules read " + subject + " " + relation + " " + object + ": " + TestSupport.triples(adopted));
        List<Claim> veto = DependencyParseRulesTest.claims(text, withVeto());
        assertNull(DependencyParseRulesTest.on(veto, subject, relation, object), "not vetoed: " + TestSupport.triples(veto));
    }

    private static void kept(String text, String subject, String relation, String object) {
        List<Claim> veto = DependencyParseRulesTest.claims(text, withVeto());
        assertNotNull(DependencyParseRulesTest.on(veto, subject, relation, object), "vetoed: " + TestSupport.triples(veto));
    }

    @Test
    void cellsTreatedWithVesiclesAreTheSubjectNotTheVesicles() {
        // the vesicles are in a participle phrase of the subject "fibroblasts": the fibroblasts carry the mRNA
        vetoed("Fibroblasts incubated with extracellular vesicles carried more collagen mRNA.", "ExtracellularVesicle", "carries",
                "MessengerRNA");
        // near neighbour: the vesicles head the subject, the fibroblasts are their origin
        kept("Extracellular vesicles released by fibroblasts carried collagen mRNA.", "ExtracellularVesicle", "carries",
                "MessengerRNA");
    }

    @Test
    void cellsPulsedWithVesiclesCrossTheBarrierNotTheVesicles() {
        vetoed("Dendritic cells pulsed with tumour exosomes cross the blood-brain barrier.", "Exosome", "crosses",
                "BloodBrainBarrier");
        kept("Tumour exosomes taken up by dendritic cells cross the blood-brain barrier.", "Exosome", "crosses",
                "BloodBrainBarrier");
    }

    @Test
    void vesiclesAsTheObjectOfTheCellsVerbDoNotProtectWhatTheCellsProtect() {
        // "protect" has no subject of its own: it shares "astrocytes", of which "exosomes" is the object
        vetoed("Astrocytes secrete exosomes and protect neurons from oxidative stress.", "Exosome", "targets", "Neuron");
        kept("Exosomes secreted by astrocytes protect neurons from oxidative stress.", "Exosome", "targets", "Neuron");
    }

    @Test
    void aNegativeQuantifierOnTheVesicleSubjectDeniesTheClause() {
        // NEGATION_SCOPE (adopted): "no" and "neither ... nor" hang on the subject, not on the verb; the clause is denied
        Claim none = DependencyParseRulesTest.on(DependencyParseRulesTest.claims(
                "No exosomes crossed the blood-brain barrier in untreated mice.", ParseUse.ADOPTED), "Exosome", "crosses",
                "BloodBrainBarrier");
        assertNotNull(none);
        assertNotNull(none.negationCue(), "'No exosomes crossed' denies the crossing");
        List<Claim> neither = DependencyParseRulesTest.claims(
                "Neither the milk exosomes nor the ginger nanovesicles were toxic to the kidney.", ParseUse.ADOPTED);
        assertNull(DependencyParseRulesTest.on(neither, "Exosome", "hasProperty", "HighToxicity"), TestSupport.triples(neither).toString());
        assertNull(DependencyParseRulesTest.on(neither, "PlantDerivedNanovesicle", "hasProperty", "HighToxicity"),
                TestSupport.triples(neither).toString());
    }
}
