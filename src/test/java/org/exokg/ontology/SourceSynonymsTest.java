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

    static final String UNTYPED = "synonym (type not stated)";
    static final Path LEFT_OUT = Path.of("ontology/mappings/source-synonyms-left-out.tsv");
    static final Set<String> LEFT_OUT_RULES = Set.of("already-read", "variant-of-added", "head-word", "short-abbreviation",
            "other-class-label", "ambiguous", "broader-in-use", "not-the-same", "not-the-disease", "inverted-form",
            "classification-heading", "grouping-label", "names-a-part", "latin", "misspelling", "punctuation",
            "costs-on-development", "outside-the-lexicon", "common-english");

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
                // (twenty-second session) a synonym whose type the source's file does not state (MONDO's report lists
                // exact, related, narrow and broad synonyms together) is only ever a hidden label
                assertTrue(!verifiedExact.contains("exokg:" + r.exokgClass() + " " + r.sourceId())
                        || r.sourceSays().equals("narrow synonym")
                        || r.sourceSays().equals(UNTYPED) && r.property().equals("skos:hiddenLabel"), r.toString());
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

    /** A row of source-synonyms-left-out.tsv: a synonym read in the source and not added, with the rule that left it out. */
    record LeftOut(String exokgClass, String synonym, String sourceId, String rule) {}

    static List<LeftOut> leftOut() throws Exception {
        List<String> lines = Files.readAllLines(LEFT_OUT);
        lines.removeIf(l -> l.startsWith("#") || l.isBlank());
        assertEquals("exokg_class\tsynonym\tsource_id\tsource_says\trepo\tpath\tcommit\tchecked_how\trule\twhy", lines.get(0));
        List<LeftOut> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertEquals(10, f.length, line);
            assertTrue(LEFT_OUT_RULES.contains(f[8]), "unknown rule: " + line);
            String prefix = f[2].substring(0, f[2].indexOf(':'));
            assertEquals(prefix.equals("OBI") ? "obi-ontology/obi" : OWN_REPOSITORY.get(prefix), f[4], line);
            assertTrue(CHECKED_HOW.contains(f[7]) || f[7].equals("template-table"), line);
            out.add(new LeftOut(f[0], f[1], f[2], f[8]));
        }
        return out;
    }

    @Test
    void whatWasLeftOutIsReadAsTheRuleSays() throws Exception {
        List<LeftOut> left = leftOut();
        assertTrue(left.size() >= 280, "rows: " + left.size());
        MentionRecognizer recognizer = new MentionRecognizer(TestSupport.projectLexicon());
        Set<String> carried = rows.stream().map(r -> r.exokgClass() + "|" + r.synonym().toLowerCase()).collect(Collectors.toSet());
        for (LeftOut l : left) {
            assertFalse(carried.contains(l.exokgClass() + "|" + l.synonym().toLowerCase()), "left out and added: " + l);
            String sentence = "Vesicles were studied in the " + l.synonym() + " of the patients.";
            List<Mention> found = recognizer.recognize(sentence, 0, sentence.length());
            boolean readWhole = found.stream().anyMatch(m -> m.iri().equals(ExoKg.NS + l.exokgClass())
                    && m.surface().equalsIgnoreCase(l.synonym()));
            if (l.rule().equals("already-read") || l.rule().equals("variant-of-added")) {
                // nothing to add: the lexicon reads it as the class
                assertTrue(readWhole || l.rule().equals("already-read") && l.synonym().contains("("), () -> l + " read as "
                        + found.stream().map(m -> m.surface() + "=" + m.iri()).toList());
            } else {
                // left out: the lexicon does not read it as the class (or it would not need leaving out)
                assertFalse(readWhole, () -> "left out but read as its class: " + l);
            }
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
        // (twenty-second session) a malignant neoplasm of an organ is that organ's cancer; a neoplasm of it is not said
        // to be malignant, "liver cancer" names more than hepatocellular carcinoma, and "hepatoma" was measured to cost
        assertEquals(List.of("OvarianCancer", "SpinalCordInjury", "HepatocellularCarcinoma"),
                localNames(recognizer, "cancer of the ovary, spinal cord contusion and hepatocellular cancer"));
        assertTrue(localNames(recognizer, "an ovarian neoplasm").stream().noneMatch(n -> n.equals("OvarianCancer")));
        assertTrue(localNames(recognizer, "liver cancer").stream().noneMatch(n -> n.equals("HepatocellularCarcinoma")));
        assertTrue(localNames(recognizer, "hepatoma growth").stream().noneMatch(n -> n.equals("HepatocellularCarcinoma")));
    }

    private static List<String> localNames(MentionRecognizer recognizer, String text) {
        return recognizer.recognize(text, 0, text.length()).stream()
                .map(m -> m.iri().substring(m.iri().lastIndexOf('/') + 1)).toList();
    }
}
