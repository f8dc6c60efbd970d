package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import org.exokg.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, blind set 15 as development data (branch dev15): false positives by cause, read structurally. Invented
 * sentences (none from a gold set), through the real pipeline and the project ontology; each test keeps the reading of a
 * near neighbour.
 */
class UnseenTextBlind15ShapesTest {

    @TempDir
    Path dir;

    /** See {@link TestSupport#assertClaimsOfText}. */
    private void check(String text, String words, List<String> expected, List<String> unexpected) throws Exception {
        TestSupport.assertClaimsOfText(dir, text, words, expected, unexpected);
    }

    @Test
    void aKindPredicatedByACopulaDoesNotRenameTheSubject() throws Exception {
        check("Notes\n\nPlatelet EVs are mostly microvesicles that bud from the surface.\n", "Platelet",
                List.of("ExtracellularVesicle derivedFrom Platelet"), List.of("Microvesicle derivedFrom Platelet"));
        // a denied kind renames nothing either
        check("Notes\n\nThese platelet vesicles are not exosomes, because platelets lack the right compartment.\n", "lack",
                List.of(), List.of("Exosome derivedFrom Platelet"));
        // near neighbour: an apposition without a copula still names the vesicles more precisely
        check("Notes\n\nPlatelet EVs, mostly microvesicles, carry thrombin.\n", "thrombin",
                List.of("Microvesicle derivedFrom Platelet"), List.of());
        // near neighbour: a claim read on the predicate noun belongs to the more specific subject before the copula
        check("Notes\n\nMicrovesicles are extracellular vesicles that carry tissue factor released by activated platelets.\n", "tissue",
                List.of("Microvesicle derivedFrom Platelet"), List.of("ExtracellularVesicle derivedFrom Platelet"));
    }

    @Test
    void theNextSentencesPronounMeansTheCopulasSubject() throws Exception {
        check("Notes\n\nMilk EVs were mostly small extracellular vesicles. They were taken up by macrophages.\n", "taken up",
                List.of("ExtracellularVesicle[Milk] targets Macrophage"),
                List.of("SmallExtracellularVesicle[Milk] targets Macrophage", "SmallExtracellularVesicle targets Macrophage"));
        // near neighbour: an apposed more specific kind is still what the sentence is about
        check("Notes\n\nExtracellular vesicles, exosomes in particular, carry RNA. They were taken up by macrophages.\n", "taken up",
                List.of("Exosome targets Macrophage"), List.of());
    }

    @Test
    void aSourceInAPhraseAfterAClosedFromPhraseIsNotTheVesiclesOrigin() throws Exception {
        check("Notes\n\nThese EVs bud from the outer leaflet during storage of plasma.\n", "leaflet", List.of(),
                List.of("ExtracellularVesicle derivedFrom BloodPlasma"));
        check("Notes\n\nVesicles from virulent isolates carry toxins into host cells.\n", "virulent", List.of(),
                List.of("ExtracellularVesicle derivedFrom Cell"));
        // near neighbours: the source right after "from", then a phrase of time, stays the origin
        check("Notes\n\nExosomes released from platelets during activation carry RNA.\n", "activation",
                List.of("Exosome derivedFrom Platelet"), List.of());
        check("Notes\n\nExosomes were isolated from the plasma of mice.\n", "isolated",
                List.of("Exosome derivedFrom BloodPlasma"), List.of());
    }

    @Test
    void aTermInsideTheTriggerDoesNotCutTheNegationBeforeTheVerb() throws Exception {
        check("Notes\n\nMilk exosomes did not protect rats from sepsis.\n", "sepsis",
                List.of("Exosome[Milk] NOT treats InfectiousDisease"), List.of("Exosome[Milk] treats InfectiousDisease"));
        check("Notes\n\nMilk exosomes, by contrast, failed to protect rats from sepsis.\n", "sepsis",
                List.of("Exosome[Milk] NOT treats InfectiousDisease"), List.of("Exosome[Milk] treats InfectiousDisease"));
        // near neighbour: without a negation the same verb asserts the claim
        check("Notes\n\nMilk exosomes protected rats from sepsis.\n", "sepsis",
                List.of("Exosome[Milk] treats InfectiousDisease"), List.of("Exosome[Milk] NOT treats InfectiousDisease"));
    }
}
