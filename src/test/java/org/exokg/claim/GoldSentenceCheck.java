package org.exokg.claim;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.exokg.ExoKg;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.document.SentenceSplitter;

/**
 * Developer tool (not a test) for the writer of a new gold set, run BEFORE the extractor has seen its texts: reads the
 * texts with the document readers and the sentence splitter only (no claim is extracted) and checks each row of the gold
 * files given: its document is known, its sentence substring lies in exactly one sentence, and its subject, qualifier and
 * object are classes of the ontology. Prints the rows that fail.
 *
 * <pre>
 *   GoldSentenceCheck GOLD.tsv... -- TEXT...
 * </pre>
 */
public final class GoldSentenceCheck {

    private GoldSentenceCheck() {}

    public static void main(String[] args) throws Exception {
        int sep = List.of(args).indexOf("--");
        List<String> golds = List.of(args).subList(0, sep);
        List<String> texts = List.of(args).subList(sep + 1, args.length);
        Model ontology = RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE);
        Set<String> classes = new HashSet<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(r -> {
            if (r.isURIResource()) {
                classes.add(GoldStandard.local(r.getURI()));
            }
        });
        DocumentLoader loader = new DocumentLoader();
        SentenceSplitter splitter = new SentenceSplitter();
        Map<String, List<String>> sentences = new HashMap<>();
        for (String t : texts) {
            for (Document d : loader.load(Path.of(t))) {
                sentences.put(d.id(), splitter.split(d).stream().map(s -> s.text()).toList());
            }
        }
        int rows = 0;
        int bad = 0;
        for (String g : golds) {
            for (String[] f : GoldStandard.readRows(Path.of(g))) {
                rows++;
                List<String> doc = sentences.get(f[0]);
                String problem = null;
                if (doc == null) {
                    problem = "unknown document";
                } else {
                    Set<String> ids = doc.stream().filter(s -> s.contains(f[1])).map(GoldStandard::sentenceIdentity)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (ids.size() != 1) {
                        problem = ids.isEmpty() ? "in no sentence" : "in several sentences " + ids;
                    }
                }
                for (String c : new String[] {f[2], f[3], f[5]}) {
                    if (!c.equals("-") && !classes.contains(c)) {
                        problem = (problem == null ? "" : problem + "; ") + "unknown class " + c;
                    }
                }
                if (problem != null) {
                    bad++;
                    System.out.println(f[0] + " | " + f[1] + " -> " + problem);
                }
            }
        }
        System.out.printf("%d rows checked, %d with a problem%n", rows, bad);
        if (Boolean.getBoolean("check.sentences")) {
            sentences.forEach((d, ss) -> ss.forEach(s -> System.out.println("S " + d + " | " + s)));
        }
    }
}
