package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on invented sentences: what a value is about, and the traps it must not fall into. */
class QuantityReaderTest {

    private static DocumentGraphBuilder builder;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
    }

    /** "subject qualifier property object method value stage" per statement, local names. */
    private List<String> read(String text) throws Exception {
        Path f = dir.resolve("study.txt");
        Files.writeString(f, "A study\n\n" + text + "\n");
        DocumentExtraction e = builder.extract(f).get(0);
        QuantityReader.Reading r = new QuantityReader(builder.lexicon()).read(e.document().text(), e.document().metadata().type(),
                e.sentences().stream().map(DocumentExtraction.DistinctSentence::first).toList(), e.mentions(), e.claims());
        return r.statements().stream().map(q -> String.join(" ", local(q.subjectIri()), local(q.qualifierIri()), q.property().key(),
                local(q.objectIri()), local(q.methodIri()), q.quantity() == null ? q.predominance() : q.quantity().asWritten(),
                local(q.context().stageIri()))).toList();
    }

    private static String local(String iri) {
        return iri == null ? "-" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void aNameGivenInAppositionStandsForTheVesicles() throws Exception {
        List<String> got = read("We describe LNV-7, a nanovesicle preparation from ginger juice, loaded with doxorubicin. "
                + "LNV-7 had a mean diameter of 140 nm.");
        assertTrue(got.contains("PlantDerivedNanovesicle Ginger size - - 140 nm InVitroStudy"), String.join("\n", got));
    }

    @Test
    void vesiclesNamedForComparisonAreNotTheSubject() throws Exception {
        List<String> got = read("We loaded milk exosomes with curcumin. The loading efficiency was 31 %, higher than reported for "
                + "plasma exosomes.");
        assertEquals(List.of("Exosome Milk loadingEfficiency Curcumin - 31 % InVitroStudy"), got);
    }

    @Test
    void freeDrugDosesFrequenciesAndOtherCarriersAreLeftOut() throws Exception {
        List<String> got = read("We gave milk exosomes to mice. Mice received 4 mg/kg paclitaxel in milk exosomes intravenously "
                + "three times a week, or free paclitaxel at 6 mg/kg. Liposomes with the same drug were cleared within 2 h.");
        assertEquals(List.of("Exosome Milk dose Paclitaxel IntravenousAdministration 4 mg/kg InVivoAnimalStudy"), got);
    }

    @Test
    void theAssayOfAValueMayBeNamedInTheMethods() throws Exception {
        List<String> got = read("Size and zeta potential of milk exosomes were determined by tunable resistive pulse sensing and "
                + "electrophoretic light scattering. Milk exosomes measured 80–130 nm and had a zeta potential of −12 mV.");
        assertEquals(List.of("Exosome Milk size - TunableResistivePulseSensing 80–130 nm InVitroStudy",
                "Exosome Milk zetaPotential - ZetaPotentialMeasurement −12 mV InVitroStudy"), got);
    }

    @Test
    void aVeryLongCodeLikeWordIsNoName() throws Exception {
        List<String> got = read("We describe " + "AB1".repeat(3_000) + ", a nanovesicle preparation from ginger juice. "
                + "Ginger nanovesicles measured 90 nm.");
        assertEquals(List.of("PlantDerivedNanovesicle Ginger size - - 90 nm InVitroStudy"), got);
    }

    @Test
    void circulatingVesiclesAreABloodPopulation() throws Exception {
        List<String> got = read("In our cohort, about 60 % of the exosomes circulating in plasma-free blood come from platelets.");
        assertTrue(got.stream().anyMatch(s -> s.startsWith("Exosome Blood proportion Platelet - about 60 %")), String.join("\n", got));
    }
}
