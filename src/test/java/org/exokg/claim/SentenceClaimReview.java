package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch subjects6): over the development gold sets of
 * {@link RecallReview#developmentSets()} (never sealed/) prints one tab-separated line per distinct sentence of every
 * document: set, document, genre (pubmed, jats, plain), the number of gold rows of the sentence, of them extracted, the
 * number of claims extracted that no gold row of the sentence has, the gold rows ("+" extracted, "-" missed), the false
 * positives with their rule, and the sentence. A phrase shape can then be counted over every development sentence, with
 * and without gold rows, so that a reading's precision risk is measured before it is written. Usage (project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.SentenceClaimReview > s.tsv}
 */
public final class SentenceClaimReview {

    private SentenceClaimReview() {}

    private static final boolean HEDGES = Boolean.getBoolean("review.hedges");

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            List<DocumentExtraction> extractions = new ArrayList<>();
            Map<String, String> genres = new TreeMap<>();
            for (Path p : set.texts()) {
                String f = p.getFileName().toString();
                String genre = !f.endsWith(".xml") ? "plain" : f.contains("jats") ? "jats" : "pubmed";
                for (DocumentExtraction e : builder.extract(p)) {
                    extractions.add(e);
                    genres.put(e.document().id(), genre);
                }
            }
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            for (DocumentExtraction e : extractions) {
                String doc = e.document().id();
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    Sentence s = ds.first();
                    String id = GoldStandard.sentenceIdentity(s.text());
                    int gold = 0, right = 0, wrong = 0;
                    StringBuilder rows = new StringBuilder(), fps = new StringBuilder();
                    for (GoldStandard.Key k : ev.gold().keySet()) {
                        if (k.document().equals(doc) && k.sentence().equals(id)) {
                            gold++;
                            boolean got = ev.extracted().containsKey(k);
                            right += got ? 1 : 0;
                            rows.append(got ? "+" : "-").append(claim(k));
                            if (HEDGES) {
                                // (branch goldconv36) -Dreview.hedges=true: "~" after a hedged gold row, "/x~" or "/x" after a
                                // matched row for the extracted claim's flag
                                rows.append(Boolean.TRUE.equals(ev.gold().get(k)) ? "~" : "");
                                if (got) {
                                    rows.append(Boolean.TRUE.equals(ev.extracted().get(k)) ? "/x~" : "/x");
                                }
                            }
                            rows.append("; ");
                        }
                    }
                    for (GoldStandard.Key k : ev.extracted().keySet()) {
                        if (k.document().equals(doc) && k.sentence().equals(id) && !ev.gold().containsKey(k)) {
                            wrong++;
                            fps.append(claim(k)).append(" {").append(ev.extractedRule().get(k)).append("}; ");
                        }
                    }
                    System.out.println(String.join("\t", set.name(), doc, genres.getOrDefault(doc, "?"),
                            String.valueOf(gold), String.valueOf(right), String.valueOf(wrong), rows.toString(),
                            fps.toString(), s.text().replace('\t', ' ').replace('\n', ' ')));
                }
            }
        }
    }

    private static String claim(GoldStandard.Key k) {
        return k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                + (k.polarity().equals("negative") ? " NOT " : " ") + k.relation() + " " + k.object();
    }
}
