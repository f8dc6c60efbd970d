package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.exokg.syntax.SentenceParser;

/**
 * Developer tool (not a test): for the development gold sets only (seed, held-out, blind 1-8; never blind 9-11) the
 * strict figures with the adopted parse uses and with the argument reader on top, then every claim the argument reader
 * added (right or not in the gold) with its sentence, and the gold claims it lost. Usage (from the project root):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ArgumentReview
 * [-Dexec.args="blind 7"]}
 */
public final class ArgumentReview {

    private ArgumentReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder surface = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        if (Boolean.getBoolean("review.missesOnly")) {
            // the gold claims the surface rules miss, without loading the parser (to look for shapes the tree reads)
            HedgeReview.GoldSet set = new HedgeReview.GoldSet("blind 8", "heldout-blind8-claims.tsv", GoldStandard.BLIND8_TEXTS);
            GoldStandard.Evaluation ev = GoldStandard.evaluate(
                    GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile())), extract(surface, set));
            for (GoldStandard.Key k : ev.falseNegatives()) {
                HedgeReview.print("MISSED", k, ev);
            }
            return;
        }
        SentenceParser parser = SentenceParser.english();
        DocumentGraphBuilder adopted = surface.withParser(parser, ParseUse.ADOPTED);
        Set<ParseUse> withArguments = EnumSet.copyOf(ParseUse.ADOPTED);
        withArguments.add(ParseUse.ARGUMENTS);
        DocumentGraphBuilder arguments = surface.withParser(parser, withArguments);
        List<HedgeReview.GoldSet> sets = new ArrayList<>(HedgeReview.REVIEWED_SETS);
        // blind 8: development data from the sixth session of 2 Dec 2026
        sets.add(new HedgeReview.GoldSet("blind 8", "heldout-blind8-claims.tsv", GoldStandard.BLIND8_TEXTS));
        if (args.length > 0) {
            sets.removeIf(s -> !s.name().equals(String.join(" ", args)));
        }
        StringBuilder summary = new StringBuilder();
        for (HedgeReview.GoldSet set : sets) {
            List<String[]> gold = GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile()));
            GoldStandard.Evaluation before = GoldStandard.evaluate(gold, extract(adopted, set));
            GoldStandard.Evaluation after = GoldStandard.evaluate(gold, extract(arguments, set));
            String line = String.format("%-12s adopted P %.3f R %.3f | +arguments P %.3f R %.3f (gold %d, extracted %d -> %d, matched %d -> %d)",
                    set.name(), before.overall().precision(), before.overall().recall(), after.overall().precision(),
                    after.overall().recall(), before.overall().gold(), before.overall().extracted(), after.overall().extracted(),
                    before.overall().matched(), after.overall().matched());
            System.out.println("==== " + line);
            summary.append(line).append('\n');
            for (GoldStandard.Key k : after.extracted().keySet()) {
                String rule = after.extractedRule().get(k);
                if (rule != null && rule.contains("argument-") && !before.extracted().containsKey(k)) {
                    HedgeReview.print(after.gold().containsKey(k) ? "ADDED RIGHT {" + rule + "}" : "ADDED, NOT IN GOLD {" + rule + "}", k, after);
                }
            }
            for (GoldStandard.Key k : before.matched()) {
                if (!after.matched().contains(k)) {
                    HedgeReview.print("LOST", k, after);
                }
            }
        }
        System.out.println();
        System.out.print(summary);
    }

    private static List<DocumentExtraction> extract(DocumentGraphBuilder builder, HedgeReview.GoldSet set) throws Exception {
        List<DocumentExtraction> all = new ArrayList<>();
        for (Path p : set.texts()) {
            all.addAll(builder.extract(p));
        }
        return all;
    }
}
