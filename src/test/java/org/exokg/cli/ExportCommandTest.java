package org.exokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.exokg.ExoKg;
import org.exokg.ontology.OntologyLoader;
import org.exokg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.model.OWLOntology;

/** {@code exokg export}: what is written can be read back by Jena and the OWL API, with the same content. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static Path store;
    static Dataset original;

    @BeforeAll
    static void fill() {
        store = dir.resolve("tdb2");
        original = RDFDataMgr.loadDataset("src/test/resources/linkeddata/store.trig");
        try (GraphStore s = GraphStore.open(store)) {
            s.write(() -> RDFDataMgr.read(s.dataset(), "src/test/resources/linkeddata/store.trig"));
        }
    }

    Path export(String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 5];
        all[0] = "export";
        all[1] = "--store";
        all[2] = store.toString();
        all[3] = "-o";
        all[4] = out.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        CliRunner r = CliRunner.run(all);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("wrote " + out), r.err());
        return out;
    }

    @Test
    void trigNquadsAndJsonldKeepEveryNamedGraph() {
        for (String format : new String[] {"trig", "nquads", "jsonld"}) {
            Path out = export("all." + format, "--format", format);
            Lang lang = switch (format) {
                case "trig" -> Lang.TRIG;
                case "nquads" -> Lang.NQUADS;
                default -> Lang.JSONLD;
            };
            Dataset back = RDFDataMgr.loadDataset(out.toString(), lang);
            for (String g : new String[] {ExoKg.ONTOLOGY_GRAPH, ExoKg.IMPORTS_GRAPH, ExoKg.CONFLICTS_GRAPH,
                    ExoKg.documentGraph("pmid-12345")}) {
                assertTrue(original.getNamedModel(g).isIsomorphicWith(back.getNamedModel(g)), format + " " + g);
            }
        }
    }

    @Test
    void theOntologyAloneAsTurtle() {
        Path out = export("ontology.ttl", "--format", "ttl");
        Model m = RDFDataMgr.loadModel(out.toString());
        assertTrue(m.isIsomorphicWith(original.getNamedModel(ExoKg.ONTOLOGY_GRAPH)));
        assertTrue(m.contains(m.createResource(ExoKg.NS + "Exosome"), RDFS.label, m.createLiteral("exosome", "en")));
    }

    @Test
    void theOntologyAsOwlXmlLoadsInTheOwlApi() throws Exception {
        Path out = export("ontology.owx", "--format", "owl", "--ontology-only");
        String xml = Files.readString(out);
        assertTrue(xml.contains("<Ontology") && xml.contains("ontologyIRI=\"https://w3id.org/exokg/ontology\""), xml);
        OWLOntology owl = OntologyLoader.load(out);
        assertTrue(owl.classesInSignature().anyMatch(c -> c.getIRI().toString().equals(ExoKg.NS + "Exosome")));
        assertTrue(owl.getAxiomCount() > 10, "axioms: " + owl.getAxiomCount());
    }

    @Test
    void aFormatWithoutGraphsOnTheWholeStoreIsRefusedNotGuessed() {
        CliRunner r = CliRunner.run("export", "--store", store.toString(), "--format", "pdf");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown export format 'pdf'"), r.err());
    }
}
