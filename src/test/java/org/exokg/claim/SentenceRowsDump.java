package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch sourcecodes): over the development gold sets of
 * {@link RecallReview#developmentSets()} (never sealed/) prints, in document order, one line per sentence (SENT, with its
 * mentions bracketed as [surface]{Class}) followed by the sentence's rows: gold rows extracted (MATCH) or not (MISS) and
 * extracted rows the gold lacks (FP, with their rule). Tab-separated: set, document, kind, row, rule, text. A shape
 * (a name, an adjective) is then counted over sentences, documents and sets by grep or script, with how the golds treat
 * it and what the extractor gives. Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.SentenceRowsDump > rows.tsv}
 */
public final class SentenceRowsDump {

    private SentenceRowsDump() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            java.util.Map<String, List<GoldStandard.Key>> gold = new java.util.HashMap<>();
            java.util.Map<String, List<GoldStandard.Key>> extracted = new java.util.HashMap<>();
            ev.gold().keySet().forEach(k -> gold.computeIfAbsent(k.document() + "\n" + k.sentence(), x -> new ArrayList<>()).add(k));
            ev.extracted().keySet().forEach(k -> extracted.computeIfAbsent(k.document() + "\n" + k.sentence(), x -> new ArrayList<>()).add(k));
            for (DocumentExtraction e : extractions) {
                String doc = e.document().id();
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    Sentence s = ds.first();
                    String id = GoldStandard.sentenceIdentity(s.text());
                    List<Mention> mentions = new ArrayList<>(e.mentions().stream()
                            .filter(m -> m.start() >= s.start() && m.end() <= s.end())
                            .sorted(Comparator.comparingInt(Mention::start)).toList());
                    StringBuilder b = new StringBuilder(s.text());
                    for (int i = mentions.size() - 1; i >= 0; i--) {
                        Mention m = mentions.get(i);
                        b.insert(m.end() - s.start(), "]{" + GoldStandard.local(m.iri()) + "}");
                        b.insert(m.start() - s.start(), "[");
                    }
                    String text = b.toString().replace('\t', ' ').replace('\n', ' ');
                    System.out.println(String.join("\t", set.name(), doc, "SENT", "", "", text));
                    for (GoldStandard.Key k : gold.getOrDefault(doc + "\n" + id, List.of())) {
                        if (k.document().equals(doc) && k.sentence().equals(id)) {
                            boolean hit = ev.extracted().containsKey(k);
                            System.out.println(String.join("\t", set.name(), doc, hit ? "MATCH" : "MISS", row(k, ev.gold().get(k)),
                                    hit ? String.valueOf(ev.extractedRule().get(k)) : "", ""));
                        }
                    }
                    for (GoldStandard.Key k : extracted.getOrDefault(doc + "\n" + id, List.of())) {
                        if (k.document().equals(doc) && k.sentence().equals(id) && !ev.gold().containsKey(k)) {
                            System.out.println(String.join("\t", set.name(), doc, "FP", row(k, ev.extracted().get(k)),
                                    String.valueOf(ev.extractedRule().get(k)), ""));
                        }
                    }
                }
            }
        }
    }

    private static String row(GoldStandard.Key k, boolean hedged) {
        return k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                + (k.polarity().equals("negative") ? " NOT " : " ") + k.relation() + " " + k.object() + (hedged ? " HEDGED" : "");
    }
}
