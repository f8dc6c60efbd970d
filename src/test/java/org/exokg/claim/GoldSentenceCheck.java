package org.exokg.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.exokg.document.Sentence;
import org.exokg.document.SentenceSplitter;

/**
 * Developer tool and test support for the writer of a gold set, run BEFORE the extractor has seen its texts: reads the
 * texts with the document readers and the sentence splitter only (no claim is extracted) and checks each row of the gold
 * files given: its document is known, its sentence substring lies in exactly one sentence, and its subject, qualifier and
 * object are classes of the ontology. Prints the rows that fail.
 *
 * <p>(branch goldconv40, fortieth session) A row whose sentence the splitter cuts can never be matched: the check names
 * the two ways it happens. <b>joined</b>: the row's sentence holds two (or more) of the splitter's sentences (the
 * writer's sentence is cut by the splitter, or two sentences were copied as one); <b>outside</b>: the row's text lies in
 * the document but in none of the splitter's sentences (a heading or first line not read as a sentence, back matter).
 * A row is right when its sentence is one of the splitter's sentences or a part of one; where the claim's evidence
 * spans two of them, the row goes on the sentence that states the claim (docs/gold-conventions.md, gold pass goldconv40).
 *
 * <pre>
 *   GoldSentenceCheck GOLD.tsv... -- TEXT...
 * </pre>
 */
public final class GoldSentenceCheck {

    private GoldSentenceCheck() {}

    /** One row with a problem: its document, its sentence substring, what is wrong, and the splitter's sentences it spans. */
    record Problem(String document, String sentence, String kind, List<String> pieces) {
        @Override
        public String toString() {
            return document + " | " + sentence + " -> " + kind + (pieces.isEmpty() ? "" : " " + pieces);
        }
    }

    /** The documents of the texts given, by id. */
    static Map<String, Document> load(List<Path> texts) throws Exception {
        DocumentLoader loader = new DocumentLoader();
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Path t : texts) {
            for (Document d : loader.load(t)) {
                docs.put(d.id(), d);
            }
        }
        return docs;
    }

    /** The ontology's class names (local names). */
    static Set<String> ontologyClasses() {
        Model ontology = RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE);
        Set<String> classes = new HashSet<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(r -> {
            if (r.isURIResource()) {
                classes.add(GoldStandard.local(r.getURI()));
            }
        });
        return classes;
    }

    /**
     * The rows' problems: unknown document, text not in the document, a sentence the splitter joins from two or more of
     * its sentences ("joined"), a text in none of its sentences ("outside"), a substring in several sentences, an unknown
     * class (when {@code classes} is not null). One problem per row.
     */
    static List<Problem> check(List<String[]> rows, Map<String, Document> docs, Set<String> classes) {
        SentenceSplitter splitter = new SentenceSplitter();
        Map<String, List<Sentence>> sentences = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String[] f : rows) {
            Document d = docs.get(f[0]);
            String kind = null;
            List<String> pieces = List.of();
            if (d == null) {
                kind = "unknown document";
            } else {
                List<Sentence> ss = sentences.computeIfAbsent(d.id(), k -> splitter.split(d));
                Set<String> ids = ss.stream().map(Sentence::text).filter(s -> s.contains(f[1]))
                        .map(GoldStandard::sentenceIdentity).collect(Collectors.toCollection(TreeSet::new));
                if (ids.size() > 1) {
                    kind = "in several sentences";
                    pieces = List.copyOf(ids);
                } else if (ids.isEmpty()) {
                    int at = d.text().indexOf(f[1]);
                    if (at < 0) {
                        kind = "not in the text";
                    } else {
                        int end = at + f[1].length();
                        List<String> spanned = ss.stream().filter(s -> s.start() < end && s.end() > at)
                                .map(Sentence::text).toList();
                        if (spanned.size() >= 2) {
                            kind = "joined (" + spanned.size() + " of the splitter's sentences)";
                            pieces = spanned;
                        } else if (spanned.size() == 1) {
                            kind = "outside (runs past the splitter's sentence)";
                            pieces = spanned;
                        } else {
                            kind = "outside (in no sentence of the splitter: a heading, a first line or back matter)";
                        }
                    }
                }
            }
            if (classes != null) {
                for (String c : new String[] {f[2], f[3], f[5]}) {
                    if (!c.equals("-") && !classes.contains(c)) {
                        kind = (kind == null ? "" : kind + "; ") + "unknown class " + c;
                    }
                }
            }
            if (kind != null) {
                problems.add(new Problem(f[0], f[1], kind, pieces));
            }
        }
        return problems;
    }

    /** The gold files of a development set: its claims file and, where it has one, its kind file. */
    static List<Path> goldFiles(Path goldDir, String claimsFile) {
        List<Path> files = new ArrayList<>(List.of(goldDir.resolve(claimsFile)));
        Path kinds = goldDir.resolve(claimsFile.replace("-claims.tsv", "-kind-claims.tsv"));
        if (Files.exists(kinds)) {
            files.add(kinds);
        }
        return files;
    }

    public static void main(String[] args) throws Exception {
        int sep = List.of(args).indexOf("--");
        List<String> golds = List.of(args).subList(0, sep);
        List<Path> texts = List.of(args).subList(sep + 1, args.length).stream().map(Path::of).toList();
        Map<String, Document> docs = load(texts);
        Set<String> classes = ontologyClasses();
        int rows = 0;
        int bad = 0;
        for (String g : golds) {
            List<String[]> gr = GoldStandard.readRows(Path.of(g));
            rows += gr.size();
            for (Problem p : check(gr, docs, classes)) {
                bad++;
                System.out.println(p);
            }
        }
        System.out.printf("%d rows checked, %d with a problem%n", rows, bad);
        if (Boolean.getBoolean("check.sentences")) {
            SentenceSplitter splitter = new SentenceSplitter();
            docs.forEach((id, d) -> splitter.split(d).forEach(s -> System.out.println("S " + id + " | " + s.text())));
        }
    }
}
