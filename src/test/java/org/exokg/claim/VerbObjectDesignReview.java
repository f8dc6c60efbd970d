package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch verbobject38): what the verb-object reading adds on the DESIGN sets only
 * (the deciding pool and the never-tuned sets are not extracted at all), each added claim with its rule, the learned
 * confidence ClaimConfidence gave it and its sentence, and a count of right / wrong by rule id and subject form.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.VerbObjectDesignReview}
 * (extra system properties, e.g. -Dexokg.verbObjectCore=true, act on the "on" run as on the pipeline).
 */
public final class VerbObjectDesignReview {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Set<String> NOT_DESIGN = Set.of("blind 30", "blind 31", "blind 32", "blind 36", "blind 37", "blind 38",
            "blind 39", "blind 40", "blind 41", "blind 42", "blind 43", "blind 44", "blind 46", "blind 47", "blind 48", "blind 49");

    private VerbObjectDesignReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Map<String, Double> scores = new ConcurrentHashMap<>();
        Map<String, int[]> byRule = new TreeMap<>();
        int right = 0, wrong = 0, lost = 0, gone = 0;
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            if (NOT_DESIGN.contains(set.name())) {
                continue;
            }
            List<String[]> rows = GoldStandard.readRows(GOLD.resolve(set.goldFile()));
            GoldStandard.Evaluation off = GoldStandard.evaluate(rows, extract(builder, false, set.texts()));
            ClaimConfidence.observer = (c, s) -> scores.put(local(c.subjectIri()) + "|" + c.relation().localName() + "|"
                    + local(c.objectIri()) + "|" + c.rule(), s);
            GoldStandard.Evaluation on;
            try {
                on = GoldStandard.evaluate(rows, extract(builder, true, set.texts()));
            } finally {
                ClaimConfidence.observer = null;
            }
            Set<GoldStandard.Key> offMatched = new HashSet<>(off.matched());
            Set<GoldStandard.Key> onMatched = new HashSet<>(on.matched());
            Set<GoldStandard.Key> offFp = new HashSet<>(off.falsePositives());
            Set<GoldStandard.Key> onFp = new HashSet<>(on.falsePositives());
            List<GoldStandard.Key> added = on.matched().stream().filter(k -> !offMatched.contains(k)).toList();
            List<GoldStandard.Key> addedFp = on.falsePositives().stream().filter(k -> !offFp.contains(k)).toList();
            List<GoldStandard.Key> lostRows = off.matched().stream().filter(k -> !onMatched.contains(k)).toList();
            long goneFp = off.falsePositives().stream().filter(k -> !onFp.contains(k)).count();
            System.out.printf(Locale.ROOT, "==== %s: right +%d, wrong +%d, right lost %d, wrong gone %d%n", set.name(), added.size(),
                    addedFp.size(), lostRows.size(), goneFp);
            right += added.size();
            wrong += addedFp.size();
            lost += lostRows.size();
            gone += goneFp;
            for (GoldStandard.Key k : added) {
                line("RIGHT", k, on, scores, byRule, 0);
            }
            for (GoldStandard.Key k : addedFp) {
                line("WRONG", k, on, scores, byRule, 1);
            }
            for (GoldStandard.Key k : lostRows) {
                System.out.println("  LOST  " + k + "  {" + off.extractedRule().get(k) + "}");
            }
        }
        System.out.printf("==== design sets: right +%d, wrong +%d, right lost %d, wrong gone %d%n", right, wrong, lost, gone);
        byRule.forEach((r, n) -> System.out.printf("  %-70s right %3d  wrong %3d%n", r, n[0], n[1]));
    }

    private static void line(String label, GoldStandard.Key k, GoldStandard.Evaluation on, Map<String, Double> scores,
            Map<String, int[]> byRule, int which) {
        String rule = on.extractedRule().get(k);
        Double s = scores.get(k.subject() + "|" + k.relation() + "|" + k.object() + "|" + rule);
        System.out.printf(Locale.ROOT, "  %s %s  {%s} conf=%s%n      \"%s\"%n", label, k, rule, s == null ? "?" : String.format(Locale.ROOT, "%.3f", s),
                k.sentence());
        String[] parts = (rule == null ? "?" : rule).split(",")[0].split("\\+");
        String form = parts.length > 1 ? String.join("+", java.util.Arrays.copyOfRange(parts, 1, parts.length)) : "in-sentence";
        byRule.computeIfAbsent(parts[0] + " / " + form, x -> new int[2])[which]++;
    }

    private static String local(String iri) {
        return iri == null ? "-" : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The switches that turn the reading on: all cleared for the "off" run, as given (or verbObject=true) for "on". */
    private static final List<String> SWITCHES = List.of("exokg.verbObject", "exokg.verbObjectCore", "exokg.verbObjectConfident");
    private static final Map<String, String> GIVEN = new TreeMap<>();

    static {
        for (String k : SWITCHES) {
            if (System.getProperty(k) != null) {
                GIVEN.put(k, System.getProperty(k));
            }
        }
        if (GIVEN.isEmpty()) {
            GIVEN.put("exokg.verbObject", "true");
        }
        System.out.println("==== on: " + GIVEN);
    }

    private static List<DocumentExtraction> extract(DocumentGraphBuilder builder, boolean on, Path... texts) throws Exception {
        SWITCHES.forEach(System::clearProperty);
        if (on) {
            GIVEN.forEach(System::setProperty);
        }
        try {
            List<DocumentExtraction> all = new ArrayList<>();
            for (Path p : texts) {
                all.addAll(builder.extract(p));
            }
            return all;
        } finally {
            SWITCHES.forEach(System::clearProperty);
        }
    }
}
