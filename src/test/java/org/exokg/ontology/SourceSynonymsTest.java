package org.exokg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Synonyms read in the source ontologies (branch synonyms, issue 15): every row of
 * ontology/mappings/source-synonyms.tsv is carried by exokg.ttl as it says, comes from a source the project accepts
 * (the term's own repository at a full commit), an exact synonym only from the class's own verified exact match, and
 * the lexicon reads each synonym as that class in a sentence; look-alikes stay apart.
 */
class SourceSynonymsTest {

    static final Path FILE = Path.of("ontology/mappings/source-synonyms.tsv");
    static final Map<String, String> PROPERTIES = Map.of(
            "oboInOwl:hasExactSynonym", MappingsTest.OBO_IN_OWL + "hasExactSynonym",
            "oboInOwl:hasNarrowSynonym", MappingsTest.OBO_IN_OWL + "hasNarrowSynonym",
            "skos:hiddenLabel", "http://www.w3.org/2004/02/skos/core#hiddenLabel");
    static final Map<String, String> OWN_REPOSITORY = Map.of(
            "CL", "obophenotype/cell-ontology", "UBERON", "obophenotype/uberon",
            "MONDO", "monarch-initiative/mondo", "NCBITaxon", "obophenotype/ncbitaxon");
    static final Set<String> CHECKED_HOW = Set.of("owl-annotation", "term-stanza", "report-table", "exactmatch-table");

    record Row(String exokgClass, String synonym, String property, String sourceId, String sourceLabel,
            String sourceSays, String repo, String path, String commit, String checkedHow) {}

    static List<Row> rows;
    static Model ontology;
    static MappingSet sssom;

    @BeforeAll
    static void read() throws Exception {
        rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(FILE);
        lines.removeIf(l -> l.startsWith("#") || l.isBlank());
        assertEquals("exokg_class\tsynonym\tproperty\tsource_id\tsource_label\tsource_says\trepo\tpath\tcommit\tchecked_how",
                lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertEquals(10, f.length, line);
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
        }
        ontology = RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE);
        sssom = MappingSet.read(Path.of(ImportModuleWriter.SSSOM_FILE));
    }

    @Test
    void everyRowIsCarriedByTheOntologyAsItSays() {
        assertTrue(rows.size() >= 60, "rows: " + rows.size());
        for (Row r : rows) {
            String property = PROPERTIES.get(r.property());
            assertTrue(property != null, "property " + r.property());
            assertTrue(ontology.contains(ResourceFactory.createResource(ExoKg.NS + r.exokgClass()),
                    ResourceFactory.createProperty(property), ResourceFactory.createLangLiteral(r.synonym(), "en")),
                    () -> r.exokgClass() + " " + r.property() + " \"" + r.synonym() + "\" is not in exokg.ttl");
        }
    }

    @Test
    void everySynonymWasReadInTheSourceOntologysOwnRepositoryAtACommit() {
        Pattern commit = Pattern.compile("^[0-9a-f]{40}$");
        for (Row r : rows) {
            String prefix = r.sourceId().substring(0, r.sourceId().indexOf(':'));
            assertEquals(OWN_REPOSITORY.get(prefix), r.repo(), r.toString());
            assertTrue(commit.matcher(r.commit()).matches(), r.toString());
            assertTrue(CHECKED_HOW.contains(r.checkedHow()), r.toString());
            assertFalse(r.path().contains("import"), "an import module is a third-party copy: " + r);
        }
    }

    @Test
    void exactSynonymsComeFromTheClasssOwnVerifiedExactMatch() {
        Set<String> verifiedExact = sssom.mappings().stream()
                .filter(m -> !m.negated() && m.predicateId().equals("skos:exactMatch")
                        && "verified".equals(m.get("exokg_verification")))
                .map(m -> m.subjectId() + " " + m.objectId()).collect(Collectors.toSet());
        for (Row r : rows) {
            if (r.property().equals("oboInOwl:hasExactSynonym")) {
                assertTrue(verifiedExact.contains("exokg:" + r.exokgClass() + " " + r.sourceId()),
                        () -> "no verified exact match exokg:" + r.exokgClass() + " -> " + r.sourceId());
            } else {
                // a narrower source term (or a tissue naming its cells) is a narrow synonym or hidden label; so is what
                // the class's own match calls a narrow synonym
                assertTrue(!verifiedExact.contains("exokg:" + r.exokgClass() + " " + r.sourceId())
                        || r.sourceSays().equals("narrow synonym"), r.toString());
            }
        }
    }

    @Test
    void theLexiconReadsEverySynonymAsItsClassInASentence() {
        MentionRecognizer recognizer = new MentionRecognizer(TestSupport.projectLexicon());
        for (Row r : rows) {
            String sentence = "Vesicles were studied in the " + r.synonym() + " of the patients.";
            List<Mention> found = recognizer.recognize(sentence, 0, sentence.length());
            assertTrue(found.stream().anyMatch(m -> m.iri().equals(ExoKg.NS + r.exokgClass())
                            && m.surface().equalsIgnoreCase(r.synonym())),
                    () -> "\"" + r.synonym() + "\" read as " + found.stream().map(m -> m.surface() + "=" + m.iri()).toList());
        }
    }

    @Test
    void lookAlikesStayApart() {
        MentionRecognizer recognizer = new MentionRecognizer(TestSupport.projectLexicon());
        // "pancreatic B cell" is a beta cell, not a B lymphocyte; "cardiac myocyte" is a cardiomyocyte, not any muscle cell
        assertEquals(List.of("PancreaticBetaCell", "Cardiomyocyte"),
                localNames(recognizer, "pancreatic B cells and cardiac myocytes"));
        // a named bacterium is a bacterium; the disease it causes stays a disease
        assertEquals(List.of("Bacterium", "InflammatoryDisease"),
                localNames(recognizer, "Porphyromonas gingivalis causes periodontitis"));
        // the organism adjectives NCBITaxon lists as common names were left out: "bovine colostrum" stays one source
        assertEquals(List.of("Colostrum"), localNames(recognizer, "bovine colostrum"));
        // epithelium names epithelial cells; a named barrier keeps its own, longer label
        assertEquals(List.of("EpithelialCell"), localNames(recognizer, "the alveolar epithelium"));
        assertTrue(localNames(recognizer, "a neoplasm and neoplastic cells").stream().noneMatch(n -> n.endsWith("Cancer")));
    }

    private static List<String> localNames(MentionRecognizer recognizer, String text) {
        return recognizer.recognize(text, 0, text.length()).stream()
                .map(m -> m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }
}
