package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch subjectclass): near misses on the development sets. Each false positive is
 * paired with the false negatives of the same document, sentence and relation that differ from it in exactly ONE field
 * (subject class, qualifier, object or polarity): the sentence was read and one field is off. Prints the pairs, then
 * counts by field and by (extracted, gold) value pair, with the documents and sets each pair occurs in. Development sets
 * only (default blind 15-23; {@code -Dreview.sets=all} for every development set, or names as arguments, e.g.
 * {@code "blind 23"}); the never-tuned sets are never read.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.NearMissReview}
 */
public final class NearMissReview {

    private NearMissReview() {}

    /** One near miss: the field that differs and its extracted and gold values. */
    record NearMiss(String set, GoldStandard.Key extracted, GoldStandard.Key gold, String field, String extractedValue,
            String goldValue) {}

    /** The single field in which {@code fp} and {@code fn} differ, or null when they differ in none or in more than one. */
    static String[] singleDifference(GoldStandard.Key fp, GoldStandard.Key fn) {
        if (!fp.document().equals(fn.document()) || !fp.sentence().equals(fn.sentence())
                || !fp.relation().equals(fn.relation())) {
            return null;
        }
        List<String[]> diffs = new ArrayList<>();
        if (!fp.subject().equals(fn.subject())) {
            diffs.add(new String[] {"subject", fp.subject(), fn.subject()});
        }
        if (!fp.qualifier().equals(fn.qualifier())) {
            diffs.add(new String[] {"qualifier", fp.qualifier(), fn.qualifier()});
        }
        if (!fp.object().equals(fn.object())) {
            diffs.add(new String[] {"object", fp.object(), fn.object()});
        }
        if (!fp.polarity().equals(fn.polarity())) {
            diffs.add(new String[] {"polarity", fp.polarity(), fn.polarity()});
        }
        return diffs.size() == 1 ? diffs.get(0) : null;
    }

    /** The near misses of one evaluated set. */
    static List<NearMiss> nearMisses(String set, GoldStandard.Evaluation ev) {
        List<NearMiss> out = new ArrayList<>();
        List<GoldStandard.Key> fns = ev.falseNegatives();
        for (GoldStandard.Key fp : ev.falsePositives()) {
            for (GoldStandard.Key fn : fns) {
                String[] d = singleDifference(fp, fn);
                if (d != null) {
                    out.add(new NearMiss(set, fp, fn, d[0], d[1], d[2]));
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<HedgeReview.GoldSet> sets = RecallReview.developmentSets();
        if (args.length > 0) {
            sets.removeIf(s -> !s.name().equals(String.join(" ", args)));
        } else if (!"all".equals(System.getProperty("review.sets"))) {
            sets.removeIf(s -> !s.name().startsWith("blind ") || Integer.parseInt(s.name().substring(6)) < 15);
        }
        List<NearMiss> all = new ArrayList<>();
        for (HedgeReview.GoldSet set : sets) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            List<NearMiss> misses = nearMisses(set.name(), ev);
            System.out.printf("==== %s: false positives %d, false negatives %d, near-miss pairs %d%n", set.name(),
                    ev.falsePositives().size(), ev.falseNegatives().size(), misses.size());
            for (NearMiss m : misses) {
                System.out.println("  " + m.field() + " " + m.extractedValue() + " -> " + m.goldValue() + "  | "
                        + m.extracted() + "  {" + ev.extractedRule().get(m.extracted()) + "}");
            }
            all.addAll(misses);
        }
        Map<String, Integer> byField = new TreeMap<>();
        Map<String, List<NearMiss>> byPair = new LinkedHashMap<>();
        for (NearMiss m : all) {
            byField.merge(m.field(), 1, Integer::sum);
            byPair.computeIfAbsent(m.field() + " " + m.extractedValue() + " -> " + m.goldValue(), x -> new ArrayList<>()).add(m);
        }
        System.out.println("==== near misses by field (extracted -> gold): " + byField);
        byPair.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
            TreeSet<String> docs = new TreeSet<>();
            TreeSet<String> setNames = new TreeSet<>();
            e.getValue().forEach(m -> {
                docs.add(m.extracted().document());
                setNames.add(m.set());
            });
            System.out.printf("  %3d  %s  (%d documents, sets %s)%n", e.getValue().size(), e.getKey(), docs.size(), setNames);
        });
    }
}
