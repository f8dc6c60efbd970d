package org.exokg.claim;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch precisionrules): over the development gold sets of
 * {@link RecallReview#developmentSets()} (never sealed/) prints one tab-separated line per scored extracted claim: set,
 * document, R (the gold has it) or W (it does not), the rule ids of the claim, the claim, its sentence and the sentence's
 * identity; then one line per missed gold row (M, rule "-"). Counting the
 * lines per rule id and per added mechanism (anaphor, topic preparation, list, ...) gives each rule's right and wrong
 * claims over documents and sets. Usage (project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.RulePrecisionReview > r.tsv}
 */
public final class RulePrecisionReview {

    private RulePrecisionReview() {}

    /** Each extracted sentence's text by document id and sentence identity (joined by NUL), as gold keys name them. */
    static Map<String, String> sentenceTexts(List<DocumentExtraction> extractions) {
        Map<String, String> texts = new HashMap<>();
        for (DocumentExtraction e : extractions) {
            for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                Sentence s = ds.first();
                texts.putIfAbsent(e.document().id() + "\u0000" + GoldStandard.sentenceIdentity(s.text()), s.text());
            }
        }
        return texts;
    }

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            Map<String, String> texts = sentenceTexts(extractions);
            for (Map.Entry<GoldStandard.Key, Boolean> x : ev.extracted().entrySet()) {
                GoldStandard.Key k = x.getKey();
                String text = texts.getOrDefault(k.document() + "\u0000" + k.sentence(), k.sentence());
                System.out.println(String.join("\t", set.name(), k.document(), ev.gold().containsKey(k) ? "R" : "W",
                        String.valueOf(ev.extractedRule().get(k)), claim(k) + (x.getValue() ? " (hedged)" : ""),
                        text.replace('\t', ' ').replace('\n', ' '), k.sentence()));
            }
            for (GoldStandard.Key k : ev.falseNegatives()) {
                String text = texts.getOrDefault(k.document() + "\u0000" + k.sentence(), k.sentence());
                System.out.println(String.join("\t", set.name(), k.document(), "M", "-",
                        claim(k) + (ev.gold().get(k) ? " (hedged)" : ""), text.replace('\t', ' ').replace('\n', ' '),
                        k.sentence()));
            }
        }
    }

    private static String claim(GoldStandard.Key k) {
        return k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                + (k.polarity().equals("negative") ? " NOT " : " ") + k.relation() + " " + k.object();
    }
}
