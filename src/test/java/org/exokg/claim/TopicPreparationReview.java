package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; branch topicprep, issue 15): for the development sets only ({@link RecallReview#developmentSets()},
 * never a sealed set) lists every gold row that is qualified while the extractor reads the same claim (same sentence,
 * relation, object, polarity) with no qualifier or another one: a strict miss with a lenient match. Each is put in a
 * class by where the gold's source was named: in the sentence itself, earlier in the same section (the chain through
 * bare mentions when the claim was read from an anaphor or the discourse, a bare mention of the study's preparation
 * otherwise), only in an earlier section, or nowhere before. Prints counts per class and, with {@code -list}, the rows.
 * Usage: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.TopicPreparationReview [-Dexec.args=-list]}
 */
public final class TopicPreparationReview {

    private TopicPreparationReview() {}

    public static void main(String[] args) throws Exception {
        boolean list = args.length > 0 && args[0].equals("-list");
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Map<String, Integer> total = new TreeMap<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            Map<String, Integer> counts = new TreeMap<>();
            for (GoldStandard.Key k : ev.falseNegatives()) {
                if (k.qualifier().equals("-")) {
                    continue;
                }
                GoldStandard.Key read = null;
                for (GoldStandard.Key e : ev.extracted().keySet()) {
                    if (e.document().equals(k.document()) && e.sentence().equals(k.sentence()) && e.relation().equals(k.relation())
                            && e.object().equals(k.object()) && e.polarity().equals(k.polarity()) && !e.qualifier().equals(k.qualifier())
                            && (read == null || e.qualifier().equals("-"))) {
                        read = e;
                    }
                }
                if (read == null) {
                    continue;
                }
                DocumentExtraction doc = extractions.stream().filter(x -> x.document().id().equals(k.document())).findFirst().orElseThrow();
                String cls = classify(doc, k, read, ev.extractedRule().get(read), lexicon);
                counts.merge(cls, 1, Integer::sum);
                total.merge(cls, 1, Integer::sum);
                if (list) {
                    System.out.println(set.name() + " | " + cls + " | gold " + k + " | read " + read.subject() + "[" + read.qualifier()
                            + "] {" + ev.extractedRule().get(read) + "}");
                }
            }
            System.out.println("==== " + set.name() + ": " + counts);
        }
        System.out.println("==== all development sets: " + total + " = " + total.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static String classify(DocumentExtraction doc, GoldStandard.Key gold, GoldStandard.Key read, String rule, Lexicon lexicon) {
        if (!read.qualifier().equals("-")) {
            return "other qualifier read";
        }
        Sentence here = null;
        for (DocumentExtraction.DistinctSentence ds : doc.sentences()) {
            if (GoldStandard.sentenceIdentity(ds.first().text()).equals(gold.sentence())) {
                here = ds.first();
                break;
            }
        }
        if (here == null) {
            return "sentence not found";
        }
        String q = ExoKg.NS + gold.qualifier();
        Sentence s = here;
        boolean inSentence = false;
        boolean inSection = false;
        boolean before = false;
        for (Mention m : doc.mentions()) {
            if (!m.is(MentionType.SOURCE) || !(m.iri().equals(q) || lexicon.isA(m.iri(), q) || lexicon.isA(q, m.iri()) && !m.term().branchRoot())) {
                continue;
            }
            if (m.start() >= s.start() && m.end() <= s.end()) {
                inSentence = true;
            } else if (m.end() <= s.start()) {
                before = true;
                Sentence of = sentenceOf(doc, m.start());
                inSection |= of != null && java.util.Objects.equals(of.section(), s.section());
            }
        }
        boolean chained = rule != null && (rule.contains("+anaphor") || rule.contains("+previous-sentence-subject"));
        if (inSentence) {
            return "source named in the sentence";
        }
        if (inSection) {
            return chained ? "anaphor/discourse: chain through bare mentions" : "bare mention of the section's preparation";
        }
        if (before) {
            return chained ? "anaphor/discourse: source in an earlier section" : "bare mention: source in an earlier section";
        }
        return "source not named before (name, later, or other words)";
    }

    private static Sentence sentenceOf(DocumentExtraction doc, int offset) {
        for (DocumentExtraction.DistinctSentence ds : doc.sentences()) {
            if (ds.first().start() <= offset && offset < ds.first().end()) {
                return ds.first();
            }
        }
        return null;
    }
}
