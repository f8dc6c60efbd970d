package org.exokg.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentGraph;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quantity check over graphs the real pipeline extracts from invented texts: shares that cannot add up, two
 * "most common" sources, a size outside the small-EV class, opposite zeta potentials; populations that differ make
 * an exception or nothing; and the mapping of words to numbers is data that changes the result.
 */
class QuantityCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/documents/quantities");
    private static Model data;

    @BeforeAll
    static void extract() throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        data = ModelFactory.createDefaultModel().add(RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE));
        for (String f : List.of("shares-review.txt", "milk-zeta-a.txt", "milk-zeta-b.txt")) {
            for (DocumentGraph g : builder.build(FIXTURES.resolve(f))) {
                data.add(g.model());
            }
        }
    }

    private static List<QuantityCheck.Finding> findings() {
        return QuantityCheck.fromFolder(Path.of(ExoKg.RULES_FILE).getParent()).find(data);
    }

    private static String labels(List<QuantityCheck.Finding> fs) {
        return String.join("\n", fs.stream().map(f -> (f.exception() ? "EXCEPTION " : "CONFLICT ") + f.label()).toList());
    }

    @Test
    void almostAlwaysFromTwoSourcesLeavesNoRoomForAThirdMostCommonOne() {
        List<QuantityCheck.Finding> fs = findings();
        assertTrue(fs.stream().anyMatch(f -> !f.exception()
                        && f.label().equals("Exosome from EndothelialCell or TumorCell: almost always / Exosome from StemCell: most commonly")
                        && f.statements().size() == 3),
                labels(fs));
    }

    @Test
    void aNarrowerPopulationIsAnExceptionAndAnUnrelatedOneNothing() {
        List<QuantityCheck.Finding> fs = findings();
        // circulating exosomes (blood) 70 % from immune cells vs exosomes in general almost always from other cells
        assertTrue(fs.stream().anyMatch(f -> f.exception() && f.label().contains("Exosome (Blood) from ImmuneCell: 70 %")
                && f.label().contains("almost always")), labels(fs));
        assertFalse(fs.stream().anyMatch(f -> !f.exception() && f.label().contains("(Blood)")), labels(fs));
        // urinary exosomes mainly from epithelial cells: a population unrelated to the others' qualifiers, and narrower
        // than exosomes in general, so never a conflict
        assertFalse(fs.stream().anyMatch(f -> !f.exception() && f.label().contains("EpithelialCell")), labels(fs));
    }

    @Test
    void sizeOutsideTheSmallVesicleClassConflictsWithTheOntology() {
        List<QuantityCheck.Finding> fs = findings();
        assertTrue(fs.stream().anyMatch(f -> f.withOntology() && f.label().equals("Exosome 450 nm") && f.statements().size() == 1),
                labels(fs));
        assertFalse(fs.stream().anyMatch(f -> f.label().startsWith("Microvesicle")), labels(fs));
    }

    @Test
    void oppositeZetaPotentialsOfTheSameVesicles() {
        List<QuantityCheck.Finding> fs = findings();
        assertTrue(fs.stream().anyMatch(f -> !f.exception() && f.kind().equals("zeta")
                && f.label().contains("−15 mV") && f.label().contains("+12 mV")), labels(fs));
    }

    @Test
    void anInVitroValueAgainstAClinicalOneIsAnException() {
        // two hand-written statements in the graph shape: the same milk exosomes, opposite charges, different settings
        Model m = ModelFactory.createDefaultModel().add(RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE));
        String ttl = """
                @prefix exokg: <https://w3id.org/exokg/ontology/> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/exokg/resource/quantity/a> a exokg:QuantityStatement ; rdf:subject exokg:Exosome ;
                    exokg:subjectQualifier exokg:Milk ; exokg:measuredProperty exokg:ZetaPotential ; exokg:valueAsWritten "−10 mV" ;
                    exokg:lowValue "-10"^^xsd:decimal ; exokg:highValue "-10"^^xsd:decimal ; exokg:studyStage exokg:InVitroStudy .
                <https://w3id.org/exokg/resource/quantity/b> a exokg:QuantityStatement ; rdf:subject exokg:Exosome ;
                    exokg:subjectQualifier exokg:Milk ; exokg:measuredProperty exokg:ZetaPotential ; exokg:valueAsWritten "+5 mV" ;
                    exokg:lowValue "5"^^xsd:decimal ; exokg:highValue "5"^^xsd:decimal ; exokg:studyStage exokg:Phase1ClinicalTrial .
                """;
        m.read(new java.io.StringReader(ttl), null, "TTL");
        List<QuantityCheck.Finding> fs = QuantityCheck.fromFolder(Path.of(ExoKg.RULES_FILE).getParent()).find(m);
        assertEquals(1, fs.size(), labels(fs));
        assertTrue(fs.get(0).exception(), labels(fs));
        // the same two values in the same setting: a conflict
        m.removeAll(m.createResource("https://w3id.org/exokg/resource/quantity/b"), m.createProperty(ExoKg.NS, "studyStage"), null);
        m.add(m.createResource("https://w3id.org/exokg/resource/quantity/b"), m.createProperty(ExoKg.NS, "studyStage"),
                m.createResource(ExoKg.NS + "InVitroStudy"));
        List<QuantityCheck.Finding> same = QuantityCheck.fromFolder(Path.of(ExoKg.RULES_FILE).getParent()).find(m);
        assertEquals(1, same.size(), labels(same));
        assertFalse(same.get(0).exception(), labels(same));
    }

    @Test
    void aValueRepeatedByOtherDocumentsMakesOneFindingThatNamesEveryStatement() {
        // three documents report −10 mV for milk exosomes, one +5 mV: one conflict with all four statements, not three
        Model m = ModelFactory.createDefaultModel().add(RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE));
        StringBuilder ttl = new StringBuilder("@prefix exokg: <https://w3id.org/exokg/ontology/> .\n"
                + "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
        for (String id : List.of("a1", "a2", "a3")) {
            ttl.append("<https://w3id.org/exokg/resource/quantity/").append(id).append("> a exokg:QuantityStatement ; ")
                    .append("rdf:subject exokg:Exosome ; exokg:subjectQualifier exokg:Milk ; exokg:measuredProperty exokg:ZetaPotential ; ")
                    .append("exokg:valueAsWritten \"−10 mV\" ; exokg:lowValue \"-10\"^^xsd:decimal ; exokg:highValue \"-10\"^^xsd:decimal .\n");
        }
        ttl.append("<https://w3id.org/exokg/resource/quantity/b> a exokg:QuantityStatement ; rdf:subject exokg:Exosome ; ")
                .append("exokg:subjectQualifier exokg:Milk ; exokg:measuredProperty exokg:ZetaPotential ; exokg:valueAsWritten \"+5 mV\" ; ")
                .append("exokg:lowValue \"5\"^^xsd:decimal ; exokg:highValue \"5\"^^xsd:decimal .\n");
        m.read(new java.io.StringReader(ttl.toString()), null, "TTL");
        List<QuantityCheck.Finding> fs = QuantityCheck.fromFolder(Path.of(ExoKg.RULES_FILE).getParent()).find(m);
        assertEquals(1, fs.size(), labels(fs));
        assertFalse(fs.get(0).exception(), labels(fs));
        assertEquals(List.of("a1", "a2", "a3", "b"), fs.get(0).statements().stream()
                .map(s -> s.substring(s.lastIndexOf('/') + 1)).sorted().toList());
    }

    @Test
    void theMeaningOfWordsIsData(@TempDir Path dir) throws Exception {
        // "almost always" read as at least 20 % instead of 90 %, "most commonly" as no claim of plurality: no conflict left
        Files.writeString(dir.resolve(QuantityCheck.PREDOMINANCE_FILE),
                "words\tmin\tmax\tplurality\nalmost always\t20\t-\tno\nmost commonly\t-\t-\tno\n");
        List<QuantityCheck.Finding> fs = QuantityCheck.fromFolder(dir).find(data);
        assertFalse(fs.stream().anyMatch(f -> f.kind().equals("share")), labels(fs));
        assertEquals(Map.of("almost always", new QuantityCheck.Meaning(20.0, null, false),
                "most commonly", new QuantityCheck.Meaning(null, null, false)), QuantityCheck.fromFolder(dir).meanings());
    }
}
