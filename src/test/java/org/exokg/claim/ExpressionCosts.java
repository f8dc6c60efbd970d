package org.exokg.claim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.bench.ScaleCorpus;
import org.exokg.mention.LeadingLookarounds;
import org.exokg.mention.RequiredWords;

/**
 * Which expression of the rule and cue files costs most (not a test): a curator who adds an expression that searches
 * slowly (a long lookbehind tried at every position: the no-harm challenge event of branch scale10k was 80 % of all
 * challenge-event time) sees it at the top here. Every rule trigger and sentence or clause exception, every cue entry,
 * challenge event and outcome measure, the expressions the extractor searches through {@link RequiredWords}, is
 * searched the way the extractor searches it (the required words first, then every match of the expression with its
 * leading lookarounds guarded) over every distinct sentence, lower-cased, of the given texts; the figure is this
 * thread's CPU time per expression, the least over the rounds. A sentence holds the zones and scopes the extractor
 * searches in it, so an expression slow here is slow there too; the prefixes and suffixes of rules, searched in short
 * windows or anchored, are left out.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ExpressionCosts \
 *     -Dexec.args="--top 15"</pre>
 * Arguments: [--top N (15)] [--rounds N (3)] [DIR...] (the texts; corpus/ and the development held-out texts if none).
 */
public final class ExpressionCosts {

    /** One searched expression: what it is in the rule or cue file ({@code kind}), its id there, the expression. */
    record Expression(String kind, String id, Pattern pattern) {}

    /**
     * @param nanos thread CPU time to test all texts for the required words and search those that hold them (the least
     *     over the rounds, word test and search each)
     * @param searchNanos of that, the searches alone
     * @param letThrough texts that hold the expression's required words (searched)
     * @param matches matches found in them
     */
    record Cost(Expression expression, long nanos, long searchNanos, int letThrough, int matches) {
        /** Microseconds per text searched (the word test left out), 0 if none was. */
        double microsPerSearch() {
            return letThrough == 0 ? 0.0 : searchNanos / 1e3 / letThrough;
        }
    }

    private ExpressionCosts() {}

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>(List.of(args));
        int top = Integer.parseInt(option(options, "--top", "15"));
        int rounds = Integer.parseInt(option(options, "--rounds", "3"));
        List<Path> dirs = options.isEmpty() ? List.of(Path.of("corpus"), Path.of("src/test/resources/documents/heldout"))
                : options.stream().map(Path::of).toList();
        List<String> texts = ScaleCorpus.realSentences(dirs).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Expression> expressions = shipped();
        List<Cost> costs = measure(expressions, texts, rounds);
        long total = costs.stream().mapToLong(Cost::nanos).sum();
        System.out.printf(Locale.ROOT, "%d expressions over %d distinct sentences of %s, %d rounds: %.1f ms CPU in all%n",
                expressions.size(), texts.size(), dirs, rounds, total / 1e6);
        Map<String, Long> byKind = new LinkedHashMap<>();
        costs.forEach(c -> byKind.merge(c.expression().kind().replaceFirst(":.*", ""), c.nanos(), Long::sum));
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-16s %7.1f ms  %5.1f %%%n", e.getKey(), e.getValue() / 1e6,
                        100.0 * e.getValue() / total));
        System.out.printf("the %d costliest (ms CPU, share of all, sentences searched after the word test, matches, µs of "
                + "search per sentence searched):%n", Math.min(top, costs.size()));
        for (int i = 0; i < Math.min(top, costs.size()); i++) {
            Cost c = costs.get(i);
            System.out.printf(Locale.ROOT, "%3d. %7.2f ms %5.1f %%  %6d %6d %8.1f  %s %s%n", i + 1, c.nanos() / 1e6,
                    100.0 * c.nanos() / total, c.letThrough(), c.matches(),
                    c.microsPerSearch(), c.expression().kind(), c.expression().id());
        }
        // an expression whose words are rare costs little in all but may be slow wherever it runs: the next corpus may
        // hold its words in every sentence
        List<Cost> perSentence = costs.stream().filter(c -> c.letThrough() > 0)
                .sorted(Comparator.comparingDouble(Cost::microsPerSearch).reversed()).toList();
        System.out.printf("the %d slowest per sentence searched (µs per sentence searched, sentences searched, ms CPU):%n",
                Math.min(top, perSentence.size()));
        for (int i = 0; i < Math.min(top, perSentence.size()); i++) {
            Cost c = perSentence.get(i);
            System.out.printf(Locale.ROOT, "%3d. %8.1f µs %6d %7.2f ms  %s %s%n", i + 1, c.microsPerSearch(),
                    c.letThrough(), c.nanos() / 1e6, c.expression().kind(), c.expression().id());
        }
    }

    /** Every expression of the shipped rule and cue files that the extractor searches through its required words. */
    static List<Expression> shipped() {
        List<Expression> all = new ArrayList<>();
        for (ClaimRule r : ClaimPatterns.defaults().rules()) {
            all.add(new Expression("rule trigger", r.id(), r.trigger()));
            if (r.unlessSentence() != null) {
                all.add(new Expression("rule unlessSentence", r.id(), r.unlessSentence()));
            }
            if (r.unlessBefore() != null) {
                all.add(new Expression("rule unlessBefore", r.id(), r.unlessBefore()));
            }
        }
        Cues.shippedSections().forEach((section, entries) ->
                entries.forEach(e -> all.add(new Expression("cue:" + section, e.id(), e.pattern()))));
        ClaimPatterns.defaults().challengeEvents().forEach(e -> all.add(new Expression("challenge event", e.id(), e.pattern())));
        ClaimPatterns.defaults().outcomeMeasures().forEach(m -> all.add(new Expression("outcome measure", m.id(), m.pattern())));
        return all;
    }

    /** Each expression searched over all {@code texts}, {@code rounds} times; the costliest first. */
    static List<Cost> measure(List<Expression> expressions, List<String> texts, int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] leastWords = new long[expressions.size()];
        long[] leastSearch = new long[expressions.size()];
        java.util.Arrays.fill(leastWords, Long.MAX_VALUE);
        java.util.Arrays.fill(leastSearch, Long.MAX_VALUE);
        int[] letThrough = new int[expressions.size()];
        int[] matches = new int[expressions.size()];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < expressions.size(); i++) {
                Pattern p = expressions.get(i).pattern();
                RequiredWords words = RequiredWords.of(p);
                Pattern guarded = LeadingLookarounds.guarded(p);
                RequiredWords.Answers answers = new RequiredWords.Answers();
                List<String> searched = new ArrayList<>();
                long c0 = cpu.getCurrentThreadCpuTime();
                for (String text : texts) {
                    if (words.mayMatch(text, answers)) {
                        searched.add(text);
                    }
                }
                long c1 = cpu.getCurrentThreadCpuTime();
                int found = 0;
                for (String text : searched) {
                    Matcher m = guarded.matcher(text);
                    while (m.find()) {
                        found++;
                    }
                }
                long c2 = cpu.getCurrentThreadCpuTime();
                leastWords[i] = Math.min(leastWords[i], c1 - c0);
                leastSearch[i] = Math.min(leastSearch[i], c2 - c1);
                letThrough[i] = searched.size();
                matches[i] = found;
            }
        }
        List<Cost> costs = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            costs.add(new Cost(expressions.get(i), leastWords[i] + leastSearch[i], leastSearch[i], letThrough[i], matches[i]));
        }
        costs.sort(Comparator.comparingLong(Cost::nanos).reversed());
        return costs;
    }

    private static String option(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        if (i < 0) {
            return fallback;
        }
        String value = options.get(i + 1);
        options.remove(i + 1);
        options.remove(i);
        return value;
    }
}
