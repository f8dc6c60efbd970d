package org.exokg.claim;

import java.lang.management.ManagementFactory;
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
 * Developer tool (not a test, branch parser2): the strict figures of every development gold set (seed, held-out, blind
 * 1-15; never the sealed sets) under several configurations of the dependency parse, loading the parser once, and for
 * each configuration the claims it added and the gold claims it lost against its base configuration, with the time
 * the extraction took (process CPU and wall clock). Each argument is {@code label=USES>base}: USES a comma list of
 * {@link ParseUse} names or {@code none}, base the label of an earlier configuration (optional). Usage:
 * <pre>mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ParseReview \
 *   -Dexec.args="surface=none adopted=HEAD_NOUN,NEGATION_SCOPE,COORDINATED_SUBJECTS,PASSIVE_AGENT>surface"</pre>
 * {@code -Dreview.sets=blind 13,blind 14} restricts the sets; {@code -Dexokg.parser.memo=true
 * -Dexokg.parser.memoFile=PATH} keeps the trees in a file for later runs (branch parseveto); {@code -Dreview.trees=file} first prints the tree of each
 * line of the file.
 */
public final class ParseReview {

    private ParseReview() {}

    private record Config(String label, Set<ParseUse> uses, String base) {}

    public static void main(String[] args) throws Exception {
        List<Config> configs = new ArrayList<>();
        for (String a : args) {
            String[] labelRest = a.split("=", 2);
            String[] usesBase = labelRest[1].split(">", 2);
            Set<ParseUse> uses = EnumSet.noneOf(ParseUse.class);
            if (!usesBase[0].equals("none")) {
                for (String name : usesBase[0].split(",")) {
                    uses.add(ParseUse.valueOf(name.strip()));
                }
            }
            configs.add(new Config(labelRest[0], uses, usesBase.length > 1 ? usesBase[1] : null));
        }
        List<HedgeReview.GoldSet> sets = new ArrayList<>(HedgeReview.REVIEWED_SETS);
        String only = System.getProperty("review.sets", "");
        if (!only.isBlank()) {
            List<String> names = List.of(only.split(","));
            sets.removeIf(s -> !names.contains(s.name()));
        }
        DocumentGraphBuilder surface = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        SentenceParser parser = null;
        if (configs.stream().anyMatch(c -> !c.uses().isEmpty())) {
            long t0 = System.nanoTime();
            parser = SentenceParser.english();
            System.out.printf(Locale.ROOT, "parser loaded in %.1f s, heap used %d MB%n", (System.nanoTime() - t0) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        String trees = System.getProperty("review.trees", "");
        if (!trees.isBlank()) {
            // one sentence a line: its tree, to see why a parse use did (not) apply
            for (String line : java.nio.file.Files.readAllLines(Path.of(trees))) {
                if (!line.isBlank()) {
                    System.out.println("TREE " + line + "\n" + parser.parse(line, 0, line.length()));
                }
            }
        }
        // process CPU: the builder extracts a document's sections on worker threads
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Map<String, GoldStandard.Evaluation>> results = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder();
        for (Config config : configs) {
            DocumentGraphBuilder builder = config.uses().isEmpty() ? surface : surface.withParser(parser, config.uses());
            Map<String, GoldStandard.Evaluation> byset = new LinkedHashMap<>();
            String label = config.label();
            ClaimExtractor.vetoTrace = line -> System.out.println("VETO [" + label + "] " + line);
            ClaimExtractor.subjectTrace = line -> System.out.println("SUBJECT [" + label + "] " + line);
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            for (HedgeReview.GoldSet set : sets) {
                List<DocumentExtraction> all = new ArrayList<>();
                for (Path p : set.texts()) {
                    all.addAll(builder.extract(p));
                }
                byset.put(set.name(), GoldStandard.evaluate(
                        GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile())), all));
            }
            String time = String.format(Locale.ROOT, "%s %s: extraction of all sets %.1f s process CPU, %.1f s wall", config.label(),
                    config.uses(), (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
            System.out.println("== " + time);
            summary.append(time).append('\n');
            results.put(config.label(), byset);
            for (HedgeReview.GoldSet set : sets) {
                GoldStandard.Evaluation after = byset.get(set.name());
                GoldStandard.Score s = after.overall();
                String line = String.format(Locale.ROOT, "%-10s %-12s P %.3f R %.3f (gold %d, extracted %d, matched %d)",
                        config.label(), set.name(), s.precision(), s.recall(), s.gold(), s.extracted(), s.matched());
                if (config.base() != null) {
                    GoldStandard.Evaluation before = results.get(config.base()).get(set.name());
                    int addedRight = 0;
                    int addedWrong = 0;
                    int removedWrong = 0;
                    int lost = 0;
                    for (GoldStandard.Key k : after.extracted().keySet()) {
                        if (!before.extracted().containsKey(k)) {
                            boolean right = after.gold().containsKey(k);
                            if (right) {
                                addedRight++;
                            } else {
                                addedWrong++;
                            }
                            HedgeReview.print("[" + config.label() + "] ADDED " + (right ? "RIGHT" : "NOT IN GOLD") + " {"
                                    + after.extractedRule().get(k) + "}", k, after);
                        }
                    }
                    for (GoldStandard.Key k : before.extracted().keySet()) {
                        if (!after.extracted().containsKey(k)) {
                            boolean right = before.gold().containsKey(k);
                            if (right) {
                                lost++;
                            } else {
                                removedWrong++;
                            }
                            HedgeReview.print("[" + config.label() + "] REMOVED " + (right ? "RIGHT (lost)" : "NOT IN GOLD") + " {"
                                    + before.extractedRule().get(k) + "}", k, before);
                        }
                    }
                    line += String.format(Locale.ROOT, " vs %s: added %d right / %d wrong, removed %d wrong / %d right",
                            config.base(), addedRight, addedWrong, removedWrong, lost);
                }
                summary.append(line).append('\n');
            }
        }
        System.out.println();
        System.out.println("==== summary");
        System.out.print(summary);
        if (parser != null && !SentenceParser.fromMemoFile()) {
            // (branch parseveto) -Dexokg.parser.memoFile=PATH (with -Dexokg.parser.memo=true): the next run reads the trees
            // from there without loading the models; its times then measure no parsing
            SentenceParser.saveMemo();
        }
    }
}
