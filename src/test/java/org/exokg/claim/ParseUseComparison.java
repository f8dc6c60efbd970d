package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.syntax.SentenceParser;

/**
 * Developer main, not a test: the gold figures (P / R, negations) of every development gold set (seed, held-out, blind
 * sets 1-8; never the never-tuned sets 9, 10 and 11) with the
 * surface rules alone, with each use of the dependency parse alone, and with all of them, loading the parser once.
 * Prints figures only, never claims.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ParseUseComparison</pre>
 */
public final class ParseUseComparison {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path HELDOUT = Path.of("src/test/resources/documents/heldout");

    private ParseUseComparison() {}

    public static void main(String[] args) throws Exception {
        Map<String, Object[]> sets = new LinkedHashMap<>();
        sets.put("seed corpus", new Object[] {"corpus-claims.tsv", new Path[] {Path.of("corpus/exosome-drug-carriers-cancer-review.txt"),
                Path.of("corpus/exosome-nanocarriers-summary.txt")}});
        sets.put("held-out", new Object[] {"heldout-claims.tsv", new Path[] {HELDOUT.resolve("dendritic-exosome-sirna.txt"),
                HELDOUT.resolve("jats-plant-nanovesicles.xml"), HELDOUT.resolve("pubmed-msc-immunogenicity.xml")}});
        sets.put("blind 1", new Object[] {"heldout-blind-claims.tsv", new Path[] {HELDOUT.resolve("milk-ev-paclitaxel.txt")}});
        sets.put("blind 2", new Object[] {"heldout-blind2-claims.tsv", new Path[] {HELDOUT.resolve("msc-exosomes-cardiac-repair.txt"),
                HELDOUT.resolve("jats-tumour-exosome-resistance.xml"), HELDOUT.resolve("pubmed-urinary-ev-isolation.xml")}});
        sets.put("blind 3", new Object[] {"heldout-blind3-claims.tsv", new Path[] {HELDOUT.resolve("neural-stem-cell-exosomes-stroke.txt"),
                HELDOUT.resolve("jats-peptide-exosomes-glioblastoma.xml"), HELDOUT.resolve("pubmed-msc-ev-storage.xml")}});
        sets.put("blind 4", new Object[] {"heldout-blind4-claims.tsv", new Path[] {HELDOUT.resolve("milk-exosomes-oral-insulin.txt"),
                HELDOUT.resolve("jats-nk-exosomes-immunotherapy.xml"), HELDOUT.resolve("pubmed-saliva-urine-ev-biomarkers.xml")}});
        sets.put("blind 5", new Object[] {"heldout-blind5-claims.tsv", GoldStandard.BLIND5_TEXTS});
        sets.put("blind 6", new Object[] {"heldout-blind6-claims.tsv", GoldStandard.BLIND6_TEXTS});
        sets.put("blind 7", new Object[] {"heldout-blind7-claims.tsv", GoldStandard.BLIND7_TEXTS});
        sets.put("blind 8", new Object[] {"heldout-blind8-claims.tsv", GoldStandard.BLIND8_TEXTS});
        sets.put("kinds corpus", new Object[] {"corpus-kind-claims.tsv", new Path[] {Path.of("corpus/exosome-drug-carriers-cancer-review.txt"),
                Path.of("corpus/exosome-nanocarriers-summary.txt")}});
        sets.put("kinds held-out", new Object[] {"heldout-kind-claims.tsv", new Path[] {Path.of("src/test/resources/documents/kinds/vesicle-classification.txt")}});

        DocumentGraphBuilder surface = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        long t0 = System.nanoTime();
        SentenceParser parser = SentenceParser.english();
        System.out.printf(Locale.ROOT, "parser loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<Set<ParseUse>> configs = new ArrayList<>();
        configs.add(EnumSet.noneOf(ParseUse.class));
        for (ParseUse u : ParseUse.values()) {
            configs.add(EnumSet.of(u));
        }
        configs.add(EnumSet.allOf(ParseUse.class));
        for (String a : args) {
            Set<ParseUse> set = EnumSet.noneOf(ParseUse.class);
            for (String name : a.split(",")) {
                set.add(ParseUse.valueOf(name.strip()));
            }
            configs.add(set);
        }
        for (Set<ParseUse> uses : configs) {
            DocumentGraphBuilder builder = uses.isEmpty() ? surface : surface.withParser(parser, uses);
            System.out.println("== " + (uses.isEmpty() ? "surface rules only" : "parse: " + uses));
            for (Map.Entry<String, Object[]> e : sets.entrySet()) {
                List<DocumentExtraction> extracted = new ArrayList<>();
                for (Path p : (Path[]) e.getValue()[1]) {
                    extracted.addAll(builder.extract(p));
                }
                List<String[]> rows = GoldStandard.readRows(GOLD.resolve((String) e.getValue()[0]));
                GoldStandard.Evaluation ev = e.getKey().startsWith("kinds") ? GoldStandard.evaluateKinds(rows, extracted)
                        : GoldStandard.evaluate(rows, extracted);
                GoldStandard.Score all = ev.overall();
                System.out.printf(Locale.ROOT, "  %-15s P %.3f R %.3f (%d of %d extracted, gold %d)  negated: extracted %d, right %d%n",
                        e.getKey(), all.precision(), all.recall(), all.matched(), all.extracted(), all.gold(),
                        ev.negatedExtracted(), ev.negatedMatched());
            }
        }
    }
}
