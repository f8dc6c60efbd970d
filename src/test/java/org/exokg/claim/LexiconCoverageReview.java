package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch vocab): over the development gold sets of {@link HedgeReview#REVIEWED_SETS}
 * (never sealed/), counts the missed gold claims whose subject, qualifier or object term is not recognised as a mention
 * in the claim's sentence, i.e. misses the lexicon causes rather than the claim rules; lists the unrecognised terms
 * with their counts, and (with {@code -Dreview=sentences}) each such miss with its sentence. Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.LexiconCoverageReview}
 */
public final class LexiconCoverageReview {

    private LexiconCoverageReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        boolean sentences = "sentences".equals(System.getProperty("review"));
        Map<String, Integer> unrecognised = new TreeMap<>();
        int[] total = new int[5];
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            int[] counts = new int[5]; // missed, object unrecognised, subject, qualifier, any
            for (GoldStandard.Key k : ev.falseNegatives()) {
                counts[0]++;
                Set<String> named = termsInSentence(extractions, k);
                boolean object = !named.contains(k.object());
                boolean subject = !named.contains(k.subject());
                boolean qualifier = !k.qualifier().equals("-") && !named.contains(k.qualifier());
                if (object) {
                    counts[1]++;
                    unrecognised.merge("object    " + k.object(), 1, Integer::sum);
                }
                if (subject) {
                    counts[2]++;
                    unrecognised.merge("subject   " + k.subject(), 1, Integer::sum);
                }
                if (qualifier) {
                    counts[3]++;
                    unrecognised.merge("qualifier " + k.qualifier(), 1, Integer::sum);
                }
                if (object || subject || qualifier) {
                    counts[4]++;
                    if (sentences) {
                        System.out.println("  " + (object ? "O" : "-") + (subject ? "S" : "-") + (qualifier ? "Q" : "-")
                                + " " + set.name() + " | " + k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                                + " " + k.relation() + " " + k.object() + " | " + k.sentence());
                    }
                }
            }
            System.out.printf("%-12s missed %3d; a term not recognised in its sentence: %3d (object %3d, subject %3d, qualifier %3d)%n",
                    set.name(), counts[0], counts[4], counts[1], counts[2], counts[3]);
            for (int i = 0; i < 5; i++) {
                total[i] += counts[i];
            }
        }
        System.out.printf("%-12s missed %3d; a term not recognised in its sentence: %3d (object %3d, subject %3d, qualifier %3d)%n",
                "ALL", total[0], total[4], total[1], total[2], total[3]);
        unrecognised.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> System.out.printf("%4d  %s%n", e.getValue(), e.getKey()));
    }

    /** Local names of the terms recognised in the sentence of a gold key (empty if the splitter cut it elsewhere). */
    private static Set<String> termsInSentence(List<DocumentExtraction> extractions, GoldStandard.Key k) {
        for (DocumentExtraction e : extractions) {
            if (!e.document().id().equals(k.document())) {
                continue;
            }
            for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                if (GoldStandard.sentenceIdentity(ds.first().text()).equals(k.sentence())) {
                    int s = ds.first().start(), end = ds.first().end();
                    return e.mentions().stream().filter(m -> m.start() >= s && m.end() <= end)
                            .map(Mention::iri).map(GoldStandard::local).collect(Collectors.toSet());
                }
            }
        }
        return Set.of();
    }
}
