package org.exokg.claim;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; branch headingclaims): for the development sets ({@link HedgeReview#REVIEWED_SETS}; never a
 * sealed set) writes every distinct sentence to the file {@code -Ddump=...}: "S" set, document, format, section, its line
 * context (three flags: starts its line, ends its line, the line above is blank) and text; under it "C" each claim scored
 * (RIGHT / WRONG, fields, hedge, rule) and "G" each gold row (FOUND / MISSED). Two dumps (a switch on and off) show what
 * a line-shape reading removes, right and wrong, per set.
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.HeadingQuestionCensus -Ddump=/tmp/x.tsv}
 */
public final class HeadingQuestionCensus {
    private HeadingQuestionCensus() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(System.getProperty("dump"))), true, StandardCharsets.UTF_8)) {
            for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
                List<DocumentExtraction> extractions = set.extract(builder);
                GoldStandard.Evaluation ev = set.evaluate(extractions);
                for (DocumentExtraction e : extractions) {
                    String doc = e.document().id();
                    String text = e.document().text();
                    Map<String, DocumentExtraction.DistinctSentence> byId = new HashMap<>();
                    for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                        byId.putIfAbsent(GoldStandard.sentenceIdentity(ds.first().text()), ds);
                    }
                    for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                        var s = ds.first();
                        String id = GoldStandard.sentenceIdentity(s.text());
                        if (byId.get(id) != ds) continue;
                        int ls = text.lastIndexOf('\n', s.start() - 1) + 1;
                        int le = text.indexOf('\n', s.end());
                        if (le < 0) le = text.length();
                        String prev = ls >= 2 ? text.substring(text.lastIndexOf('\n', ls - 2) + 1, ls - 1) : "";
                        out.println("S\t" + set.name() + "\t" + doc + "\t" + e.document().format() + "\t" + s.section() + "\t"
                                + (s.start() == ls ? 1 : 0) + (s.end() >= le - 1 || text.substring(s.end(), le).isBlank() ? 1 : 0)
                                + (prev.isBlank() ? 1 : 0) + "\t" + s.text().replaceAll("\\s+", " "));
                        ev.extracted().forEach((k, h) -> {
                            if (k.document().equals(doc) && k.sentence().equals(id)) {
                                out.println("C\t" + (ev.gold().containsKey(k) ? "RIGHT" : "WRONG") + "\t" + k.subject() + "[" + k.qualifier() + "]\t"
                                        + k.polarity() + "\t" + k.relation() + "\t" + k.object() + "\t" + h + "\t" + ev.extractedRule().get(k));
                            }
                        });
                        ev.gold().forEach((k, h) -> {
                            if (k.document().equals(doc) && k.sentence().equals(id)) {
                                out.println("G\t" + (ev.extracted().containsKey(k) ? "FOUND" : "MISSED") + "\t" + k.subject() + "[" + k.qualifier() + "]\t"
                                        + k.polarity() + "\t" + k.relation() + "\t" + k.object() + "\t" + h);
                            }
                        });
                    }
                }
            }
        }
    }
}
