package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch verbs2): what the verb-object reading ({@link VerbObjectReading}) adds
 * on each development set ({@link HedgeReview#REVIEWED_SETS}): every development set is extracted with the reading off
 * and on, and the gold rows it newly matches (right), the false positives it adds (wrong, with the sentence and its gold
 * rows) and the matched rows it loses are listed. The never-tuned sets (46, 47, 48) are scored too, and only their
 * aggregate figures are printed, nothing of their claims or texts.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.VerbObjectReview}
 * <p>{@code -Dreview.figuresOnly="blind 30,blind 31,blind 32,blind 36,blind 37,blind 38,blind 39,blind 40,blind 41,blind 42,blind 43,blind 44"} prints only the figure line of the sets named (the
 * pseudo-sealed protocol: sets kept to their aggregate lines until a change is committed); their counts are summed on a
 * line of their own (branch verbobject2).
 */
public final class VerbObjectReview {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path SEALED_GOLD = Path.of("src/test/resources/sealed/gold");

    private VerbObjectReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        int right = 0, wrong = 0, lost = 0, gone = 0;
        int[] kept = new int[4];
        Set<String> figuresOnly = new HashSet<>();
        for (String name : System.getProperty("review.figuresOnly", "").split(",")) {
            if (!name.isBlank()) {
                figuresOnly.add(name.trim());
            }
        }
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            List<String[]> rows = GoldStandard.readRows(GOLD.resolve(set.goldFile()));
            GoldStandard.Evaluation off = GoldStandard.evaluate(rows, extract(builder, false, set.texts()));
            GoldStandard.Evaluation on = GoldStandard.evaluate(rows, extract(builder, true, set.texts()));
            Set<GoldStandard.Key> offMatched = new HashSet<>(off.matched());
            Set<GoldStandard.Key> onMatched = new HashSet<>(on.matched());
            Set<GoldStandard.Key> offFp = new HashSet<>(off.falsePositives());
            List<GoldStandard.Key> added = on.matched().stream().filter(k -> !offMatched.contains(k)).toList();
            List<GoldStandard.Key> addedFp = on.falsePositives().stream().filter(k -> !offFp.contains(k)).toList();
            List<GoldStandard.Key> lostRows = off.matched().stream().filter(k -> !onMatched.contains(k)).toList();
            Set<GoldStandard.Key> onFp = new HashSet<>(on.falsePositives());
            long goneFp = off.falsePositives().stream().filter(k -> !onFp.contains(k)).count();
            System.out.printf(Locale.ROOT, "==== %s: right +%d, wrong +%d, right lost %d, wrong gone %d; P/R %.3f/%.3f -> %.3f/%.3f%n",
                    set.name(), added.size(), addedFp.size(), lostRows.size(), goneFp, off.overall().precision(),
                    off.overall().recall(), on.overall().precision(), on.overall().recall());
            if (figuresOnly.contains(set.name())) {
                kept[0] += added.size();
                kept[1] += addedFp.size();
                kept[2] += lostRows.size();
                kept[3] += (int) goneFp;
                continue;
            }
            right += added.size();
            wrong += addedFp.size();
            lost += lostRows.size();
            gone += goneFp;
            for (GoldStandard.Key k : added) {
                System.out.println("  RIGHT " + k + "  {" + on.extractedRule().get(k) + "}");
            }
            for (GoldStandard.Key k : lostRows) {
                System.out.println("  LOST  " + k);
            }
            for (GoldStandard.Key k : addedFp) {
                HedgeReview.print("  WRONG", k, on);
                on.gold().forEach((g, h) -> {
                    if (g.document().equals(k.document()) && g.sentence().equals(k.sentence())) {
                        System.out.println("   gold:      " + g.subject() + (g.qualifier().equals("-") ? "" : "[" + g.qualifier() + "]")
                                + (g.polarity().equals("negative") ? " NOT " : " ") + g.relation() + " " + g.object()
                                + (h ? " HEDGED" : ""));
                    }
                });
            }
        }
        System.out.printf("==== all development sets%s: right +%d, wrong +%d, right lost %d, wrong gone %d%n",
                figuresOnly.isEmpty() ? "" : " but " + figuresOnly, right, wrong, lost, gone);
        if (!figuresOnly.isEmpty()) {
            System.out.printf("==== figures-only sets %s: right +%d, wrong +%d, right lost %d, wrong gone %d%n", figuresOnly,
                    kept[0], kept[1], kept[2], kept[3]);
        }
        if (!Boolean.getBoolean("review.devOnly")) {
            // never-tuned sets: aggregate figures only
            neverTuned(builder, "blind 46", "heldout-blind46-claims.tsv", GoldStandard.BLIND46_TEXTS);
            neverTuned(builder, "blind 47", "heldout-blind47-claims.tsv", GoldStandard.BLIND47_TEXTS);
            neverTuned(builder, "blind 48", "heldout-blind48-claims.tsv", GoldStandard.BLIND48_TEXTS);
            neverTuned(builder, "blind 49", "heldout-blind49-claims.tsv", GoldStandard.BLIND49_TEXTS);
        }
    }

    private static void neverTuned(DocumentGraphBuilder builder, String name, String goldFile, Path[] texts) throws Exception {
        List<String[]> rows = GoldStandard.readRows(SEALED_GOLD.resolve(goldFile));
        GoldStandard.Score off = GoldStandard.evaluate(rows, extract(builder, false, texts)).overall();
        GoldStandard.Score on = GoldStandard.evaluate(rows, extract(builder, true, texts)).overall();
        System.out.printf(Locale.ROOT, "==== never-tuned %s (figures only): P %.3f R %.3f (%d of %d, gold %d) -> P %.3f R %.3f (%d of %d)%n",
                name, off.precision(), off.recall(), off.matched(), off.extracted(), off.gold(), on.precision(), on.recall(),
                on.matched(), on.extracted());
    }

    private static List<DocumentExtraction> extract(DocumentGraphBuilder builder, boolean verbObject, Path... texts) throws Exception {
        String before = System.getProperty("exokg.verbObject");
        System.setProperty("exokg.verbObject", String.valueOf(verbObject));
        try {
            List<DocumentExtraction> all = new ArrayList<>();
            for (Path p : texts) {
                all.addAll(builder.extract(p));
            }
            return all;
        } finally {
            if (before == null) {
                System.clearProperty("exokg.verbObject");
            } else {
                System.setProperty("exokg.verbObject", before);
            }
        }
    }
}
