package org.exokg.claim;

import static org.exokg.TestSupport.claims;
import static org.exokg.TestSupport.local;
import static org.exokg.TestSupport.triples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static Claim only(String sentence) {
        List<Claim> c = claims(sentence);
        assertEquals(1, c.size(), () -> "one claim expected from: " + sentence + " got " + triples(c));
        return c.get(0);
    }

    @Test
    void relationsFollowTheObjectTypeAndTriggerWords() {
        assertEquals(List.of("Exosome crosses BloodBrainBarrier"), triples(claims("Exosomes can cross the blood-brain barrier.")));
        assertEquals(List.of("Exosome carries Doxorubicin"), triples(claims("Exosomes loaded with doxorubicin were tested.")));
        assertEquals(List.of("Exosome loadedBy Electroporation"), triples(claims("Exosomes were loaded by electroporation.")));
        assertEquals(List.of("Exosome hasProperty Biocompatibility"), triples(claims("Exosomes are promising due to their biocompatibility.")));
        assertEquals(List.of("Exosome hasChallenge LowYield"), triples(claims("Exosomes are difficult to develop due to their low yield.")));
        assertEquals(List.of("Exosome usedFor Imaging"), triples(claims("Exosomes are used for imaging.")));
        assertEquals(List.of("Exosome treats BrainTumor"), triples(claims("Exosomes allow the treatment of brain tumors.")));
        assertEquals(List.of("Exosome targets TumorCell"), triples(claims("Exosomes deliver cargo directly to cancer cells.")));
        assertEquals(List.of("Exosome derivedFrom DendriticCell"), triples(claims("Exosomes secreted by dendritic cells were studied.")));
        assertEquals(List.of("Exosome contributesTo DrugResistance"), triples(claims("Exosomes contribute to drug resistance.")));
    }

    @Test
    void coOccurrenceWithoutTriggerIsNoClaim() {
        assertEquals(List.of(), claims("Exosomes and the blood-brain barrier were both discussed at length in the meeting."));
        // a trigger separated from the object by another term does not count: what is left is the origin the noun phrase
        // names (a cancer as the source is tumour cells, branch tumoursource), nothing about the cancer cells after it
        assertEquals(List.of("Exosome derivedFrom TumorCell"),
                triples(claims("Exosomes produced by cancer are thought to matter to cancer cells.")));
        // "from one cell to another" is movement, not origin
        assertEquals(List.of("Exosome carries Protein"), triples(claims("Exosomes transport proteins from one cell to another.")));
    }

    @Test
    void listsYieldOneClaimPerItem() {
        List<String> c = triples(claims("Blood, cerebrospinal fluid (CSF), urine, saliva, and other body fluids can all include "
                + "extracellular vesicles known as exosomes."));
        assertEquals(List.of("Exosome derivedFrom Blood", "Exosome derivedFrom CerebrospinalFluid", "Exosome derivedFrom Urine",
                "Exosome derivedFrom Saliva", "Exosome derivedFrom BodyFluid", "Exosome isKindOf ExtracellularVesicle"), c);
        // items the lexicon does not know do not break the list
        assertEquals(List.of("Exosome carries Lipid", "Exosome carries Protein", "Exosome carries NucleicAcid"),
                triples(claims("Exosomes transport lipids, metabolites, proteins, and nucleic acids.")));
    }

    @Test
    void negationIsDetectedInTheClaimScope() {
        Claim c = only("Exosomes cannot cross the blood-brain barrier.");
        assertTrue(c.negated());
        assertEquals("cannot", c.negationCue());
        assertEquals("lack of", only("Exosomes show a lack of stability.").negationCue());
        assertEquals("fail to", only("Exosomes fail to carry doxorubicin.").negationCue());
        Claim milk = claims("Milk exosomes do not cross the BBB.").stream()
                .filter(x -> x.relation() == Relation.CROSSES).findFirst().orElseThrow();
        assertEquals("do not", milk.negationCue());
        // the negation of another predicate in the sentence does not spill over
        Claim carries = claims("Exosomes do not cross the BBB but carry proteins.").stream()
                .filter(x -> x.relation() == Relation.CARRIES).findFirst().orElseThrow();
        assertFalse(carries.negated());
        assertFalse(only("Exosomes not only carry proteins.").negated(), "'not only' affirms");
    }

    @Test
    void lackOfBeforeAChallengeNamesTheChallenge() {
        Claim c = only("Exosomes are difficult to develop due to their lack of scalability.");
        assertEquals("Scalability", local(c.objectIri()));
        assertFalse(c.negated(), "lack of scalability is the challenge, not its denial");
    }

    @Test
    void hedgingIsDetected() {
        assertEquals("may", only("Exosomes may cross the blood-brain barrier.").hedgeCue());
        assertEquals("thought to", only("Exosomes are thought to contribute to drug resistance.").hedgeCue());
        assertEquals("suggest", only("We suggest that exosomes carry curcumin.").hedgeCue());
        assertEquals("potential", only("Exosomes have the potential for targeted drug delivery.").hedgeCue());
        Claim plain = only("Exosomes cross the blood-brain barrier.");
        assertFalse(plain.hedged());
        assertNull(plain.hedgeCue());
        Claim both = only("Exosomes might not cross the BBB.");
        assertTrue(both.hedged() && both.negated());
    }

    @Test
    void subjectScopeGeneralOrSpecific() {
        Claim general = only("Exosomes cross the blood-brain barrier.");
        assertEquals(SubjectScope.GENERAL, general.scope());
        assertNull(general.qualifierIri());

        Claim milk = claims("Milk-derived exosomes cross the blood-brain barrier.").stream()
                .filter(x -> x.relation() == Relation.CROSSES).findFirst().orElseThrow();
        assertEquals(SubjectScope.SPECIFIC, milk.scope());
        assertEquals("Milk", local(milk.qualifierIri()));

        Claim tumour = claims("Tumour-derived exosomes carry microRNA.").stream()
                .filter(x -> x.relation() == Relation.CARRIES).findFirst().orElseThrow();
        assertEquals(SubjectScope.SPECIFIC, tumour.scope());
        // a cancer named as the source means its cells (gold convention of 2 Dec 2026, branch goldconv)
        assertEquals("TumorCell", local(tumour.qualifierIri()));

        Claim fromCells = claims("Exosomes from dendritic cells carry proteins.").stream()
                .filter(x -> x.relation() == Relation.CARRIES).findFirst().orElseThrow();
        assertEquals("DendriticCell", local(fromCells.qualifierIri()));

        // the source itself is also claimed
        assertTrue(triples(claims("Milk-derived exosomes cross the blood-brain barrier.")).contains("Exosome derivedFrom Milk"));
    }

    @Test
    void appositionGivesTheMoreSpecificVesicle() {
        // (the apposition also says what exosomes are)
        assertEquals(List.of("Exosome derivedFrom Cell", "Exosome isKindOf ExtracellularVesicle"),
                triples(claims("Exosomes, small membrane vesicles secreted by various cells, were studied.")));
    }

    @Test
    void pronounInTheSameSentenceResolvesToTheVesicle() {
        assertEquals(List.of("Exosome hasProperty Stability"),
                triples(claims("Exosomes are popular because they have high stability.")));
    }

    @Test
    void cargoBeforeTheVesicle() {
        List<String> c = triples(claims("Curcumin-loaded milk exosomes were prepared by sonication."));
        assertEquals(List.of("Exosome carries Curcumin", "Exosome derivedFrom Milk", "Exosome loadedBy Sonication"), c);
    }

    @Test
    void classificationClaimsComeFromCopulaAppositionAndNaming() {
        assertEquals(List.of("Exosome isKindOf ExtracellularVesicle"), triples(claims("Exosomes are extracellular vesicles.")));
        assertEquals(List.of("Exosome isKindOf Molecule"), triples(claims("Exosomes are a type of molecule.")));
        assertEquals(List.of("Exosome isKindOf Organelle"),
                triples(claims("Exosomes are organelles that sit between a macromolecule and a whole organism.")));
        assertEquals(List.of("Exosome derivedFrom Cell", "Exosome isKindOf ExtracellularVesicle"),
                triples(claims("Most cells secrete exosomes, a subclass of extracellular vesicles (EVs) that are encased in a membrane.")));
        assertEquals(List.of("Microvesicle derivedFrom TumorCell", "Microvesicle isKindOf ExtracellularVesicle"),
                triples(claims("Microvesicles, which are released by cancer cells, are membrane vesicles.")));
        Claim denied = only("Exosomes are not organelles.");
        assertEquals("are not", denied.negationCue());
        assertEquals(Relation.IS_KIND_OF, denied.relation());
        assertEquals("Organelle", local(denied.objectIri()));
        assertFalse(only("Exosomes are not merely extracellular vesicles.").negated(), "'not merely' affirms");
        Claim hedged = only("Some authors suggested that exosomes may be a kind of liposome.");
        assertEquals("Liposome", local(hedged.objectIri()));
        assertTrue(hedged.hedged());
        Claim milk = claims("Milk-derived exosomes are extracellular vesicles.").stream()
                .filter(c -> c.relation() == Relation.IS_KIND_OF).findFirst().orElseThrow();
        assertEquals(SubjectScope.SPECIFIC, milk.scope());
        assertEquals("Milk", local(milk.qualifierIri()));
    }

    @Test
    void predicatesThatAreNotClassificationGiveNoKind() {
        for (String s : List.of("Exosomes are promising carriers for drug delivery.", "Exosomes are present in urine.",
                "Exosomes are released by dendritic cells.", "Exosomes are not merely waste products.",
                "Exosomes are biologically active because they carry proteins.",
                "Exosomes, microvesicles, and apoptotic bodies differ in size.",
                "Extracellular vesicles, exosomes in particular, carry proteins.",
                "Exosomes are a promising natural source of microRNAs.",
                "Exosomes are natural nano-particles.")) {
            assertTrue(claims(s).stream().noneMatch(c -> c.relation() == Relation.IS_KIND_OF),
                    () -> "no classification claim in: " + s + " got " + triples(claims(s)));
        }
    }
}
