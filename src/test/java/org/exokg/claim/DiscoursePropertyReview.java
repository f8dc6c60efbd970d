package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test, issue 15, branch safety5): over the development sets of {@link RecallReview} (or those whose
 * names are given), every gold row other than hasChallenge and every false positive in a sentence with no vesicle word,
 * marked HIT, MISS or FP, with the subject and qualifier, and counts per relation and object, so the rows said of the
 * studied preparation without naming it (safety, efficacy, storage outcomes) can be grouped.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.DiscoursePropertyReview -Dexec.args="blind 15"}
 */
public final class DiscoursePropertyReview {

    private DiscoursePropertyReview() {}

    private static final Pattern VESICLE_WORD = Pattern.compile("\\b(?:vesicles?|exosomes?|evs?|nanovesicles?|microvesicles?|particles)\\b");

    /** The terms the mention layer read in the key's sentence, with their types. */
    private static String terms(List<DocumentExtraction> extractions, GoldStandard.Key k) {
        StringBuilder terms = new StringBuilder();
        for (DocumentExtraction e : extractions) {
            if (!e.document().id().equals(k.document())) {
                continue;
            }
            for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                if (!GoldStandard.sentenceIdentity(ds.first().text()).equals(k.sentence())) {
                    continue;
                }
                for (org.exokg.mention.Mention m : e.mentions()) {
                    if (m.start() >= ds.first().start() && m.end() <= ds.first().end()) {
                        terms.append(' ').append(m.iri().substring(m.iri().lastIndexOf('#') + 1)).append('/')
                                .append(m.term().types()).append("(\"").append(m.surface()).append("\")");
                    }
                }
            }
        }
        return terms.toString();
    }

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        String wanted = String.join(" ", args);
        Map<String, int[]> counts = new TreeMap<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (!wanted.isEmpty() && !wanted.contains(set.name() + ",") && !wanted.equals(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            System.out.println("==== " + set.name());
            for (GoldStandard.Key k : ev.gold().keySet().stream().sorted().toList()) {
                if (k.relation().equals("hasChallenge") || k.relation().equals("isKindOf")
                        || VESICLE_WORD.matcher(k.sentence().toLowerCase(Locale.ROOT)).find()) {
                    continue;
                }
                boolean hit = ev.extracted().containsKey(k);
                counts.computeIfAbsent(k.relation() + " " + k.object(), x -> new int[3])[hit ? 0 : 1]++;
                System.out.println((hit ? "HIT  " : "MISS ") + k + (hit ? "" : " terms:" + terms(extractions, k)));
            }
            for (GoldStandard.Key k : ev.falsePositives()) {
                if (k.relation().equals("hasChallenge") || VESICLE_WORD.matcher(k.sentence().toLowerCase(Locale.ROOT)).find()) {
                    continue;
                }
                counts.computeIfAbsent(k.relation() + " " + k.object(), x -> new int[3])[2]++;
                System.out.println("FP   " + k + "  {" + ev.extractedRule().get(k) + "}");
            }
        }
        System.out.println("---- relation object: hit / missed / false positives (no vesicle word)");
        counts.forEach((r, c) -> System.out.println(r + "\t" + c[0] + "\t" + c[1] + "\t" + c[2]));
    }
}
