package org.exokg.claim;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch ruleaudit): how each claim rule does on development text it never saw.
 * Every extracted claim names its rule ({@code exokg:extractionRule}: the rule id, then '+'-joined suffixes for the
 * subject's form (anaphor, previous-sentence-subject, list-item, ...), remappings, and cues (hedge:ID, negation:ID,
 * focus:ID); ',' joins the rules of a claim read twice, the first is counted). docs/rule-first-commits.tsv (made by
 * .ci/rule-first-commits.sh from git) gives each id's first commit and the development sets whose promotion commit
 * that commit descends from (the sets it had seen), and the sets seen by the commits that last changed the entry's
 * lines as they stand (git blame; yaml entries only). A claim on a set the rule's first commit had not seen is
 * out-of-sample; "untouched" when no later edit of the entry had seen the set either (the rule as it stands now never
 * saw it: later narrowing after a set's false positives makes the plain out-of-sample figure optimistic).
 *
 * <p>Scored strictly (the claim's key in the set's gold) over {@link RecallReview#developmentSets()} (seed .. blind 34;
 * never anything under sealed/). Prints, tab-separated: a summary line (in-sample and out-of-sample right
 * and wrong; of the wrong ones out-of-sample, how many are right but for the subject's qualifier), per rule id, per cue (a hedge cue is right when the gold has the claim hedged, a negation cue when the
 * gold has the negative claim), per suffix (mechanism or remapping), per relation and per subject form (in-sentence,
 * anaphor, previous-sentence subject, list item), each split by the dating of the rule; then FLAG lines for rules with
 * out-of-sample precision below 0.6 on at least 5 claims, or at least 0.25 below their in-sample precision on at least 5.
 *
 * <p>Usage (project root): {@code mvn -q -o exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exokg.claim.RuleCarryReview > carry.txt}. Options: {@code -Dcarry.rows=FILE} also writes one
 * row per scored claim (set, document, R/W, right without the qualifier, gold hedged, extracted hedged, rule, claim, sentence) to FILE;
 * {@code -Dcarry.from=FILE} reads such rows instead of extracting (fast re-runs); {@code -Dcarry.rule=ID} prints the
 * out-of-sample claims of rule ID (or of a suffix or cue id) with their sentences; {@code -Dcarry.dates=FILE} another
 * dates file. Ids missing from the dates file are reported as UNDATED (regenerate the file).
 */
public final class RuleCarryReview {

    private RuleCarryReview() {}

    /** One scored claim. */
    record Row(String set, String document, boolean right, boolean lenientRight, boolean goldHedged, boolean hedged,
            String rule, String claim, String relation, String polarity, String sentence) {

        String ruleId() {
            return firstRule().split("\\+")[0];
        }

        String firstRule() {
            return rule.split(",")[0];
        }

        List<String> suffixes() {
            List<String> s = new ArrayList<>(Arrays.asList(firstRule().split("\\+")));
            s.remove(0);
            return s;
        }

        String subjectForm() {
            List<String> s = suffixes();
            if (s.contains("previous-sentence-subject")) {
                return "previous-sentence-subject";
            }
            if (s.contains("anaphor")) {
                return "anaphor";
            }
            if (s.contains("list-item")) {
                return "list-item";
            }
            return "in-sentence";
        }
    }

    /** When an id was first committed and which sets that commit had seen. */
    /**
     * @param seen the sets the first commit had seen
     * @param editSeen the sets seen by the first commit or by any commit that last changed one of the entry's lines
     */
    record Dating(String commit, String date, Set<String> seen, Set<String> editSeen) {}

    /** Right and wrong claims, in-sample and out-of-sample, with the documents and sets of the out-of-sample ones. */
    static final class Tally {
        int inRight;
        int inWrong;
        int outRight;
        int outWrong;
        /** Out-of-sample wrong claims whose key without the qualifier is in the gold (the subject's scope is wrong). */
        int outQualifierOnly;
        /** Claims on sets that neither the first commit nor a later edit of the entry's lines had seen. */
        int untouchedRight;
        int untouchedWrong;
        final Set<String> outDocuments = new HashSet<>();
        final Set<String> outSets = new HashSet<>();

        void add(Row r, boolean outOfSample, boolean right) {
            add(r, outOfSample, outOfSample, right);
        }

        void add(Row r, boolean outOfSample, boolean untouched, boolean right) {
            if (untouched) {
                if (right) {
                    untouchedRight++;
                } else {
                    untouchedWrong++;
                }
            }
            if (outOfSample) {
                if (right) {
                    outRight++;
                } else {
                    outWrong++;
                    if (r.lenientRight()) {
                        outQualifierOnly++;
                    }
                }
                outDocuments.add(r.set() + "/" + r.document());
                outSets.add(r.set());
            } else if (right) {
                inRight++;
            } else {
                inWrong++;
            }
        }

        int in() {
            return inRight + inWrong;
        }

        int out() {
            return outRight + outWrong;
        }

        static String p(int right, int all) {
            return all == 0 ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) all);
        }

        String line() {
            return inRight + "\t" + inWrong + "\t" + p(inRight, in()) + "\t" + outRight + "\t" + outWrong + "\t"
                    + p(outRight, out()) + "\t" + outQualifierOnly + "\t" + outDocuments.size() + "\t" + outSets.size()
                    + "\t" + untouchedRight + "\t" + untouchedWrong + "\t" + p(untouchedRight, untouchedRight + untouchedWrong);
        }
    }

    static final String HEADER = "in_right\tin_wrong\tin_P\tout_right\tout_wrong\tout_P\tout_wrong_qualifier_only\tout_docs\tout_sets\tuntouched_right\tuntouched_wrong\tuntouched_P";

    public static void main(String[] args) throws Exception {
        Map<String, Dating> dates = readDates(Path.of(System.getProperty("carry.dates", "docs/rule-first-commits.tsv")));
        List<Row> rows = System.getProperty("carry.from") != null ? readRows(Path.of(System.getProperty("carry.from")))
                : extractRows();
        if (System.getProperty("carry.rows") != null) {
            writeRows(rows, Path.of(System.getProperty("carry.rows")));
        }
        report(rows, dates, System.out);
        String focus = System.getProperty("carry.rule");
        if (focus != null) {
            for (Row r : rows) {
                boolean named = r.ruleId().equals(focus) || r.suffixes().stream()
                        .anyMatch(s -> s.equals(focus) || s.substring(s.indexOf(':') + 1).equals(focus));
                Dating d = dates.get(focus);
                if (named && d != null && !d.seen().contains(r.set())) {
                    System.out.println(String.join("\t", "OUT", r.right() ? "R" : "W", r.set(), r.document(), r.rule(),
                            r.claim(), r.sentence()));
                }
            }
        }
    }

    static void report(List<Row> rows, Map<String, Dating> dates, java.io.PrintStream out) {
        Tally all = new Tally();
        Map<String, Tally> byRule = new TreeMap<>();
        Map<String, Tally> byCue = new TreeMap<>();
        Map<String, Tally> bySuffix = new TreeMap<>();
        Map<String, Tally> byRelation = new TreeMap<>();
        Map<String, Tally> byForm = new TreeMap<>();
        Set<String> undated = new LinkedHashSet<>();
        for (Row r : rows) {
            Dating d = dates.get(r.ruleId());
            if (d == null) {
                undated.add(r.ruleId());
                continue;
            }
            boolean outOfSample = !d.seen().contains(r.set());
            boolean untouched = !d.editSeen().contains(r.set());
            all.add(r, outOfSample, untouched, r.right());
            byRule.computeIfAbsent(r.ruleId(), k -> new Tally()).add(r, outOfSample, untouched, r.right());
            byRelation.computeIfAbsent(r.relation() + (r.polarity().equals("negative") ? " (negative)" : ""),
                    k -> new Tally()).add(r, outOfSample, r.right());
            byForm.computeIfAbsent(r.subjectForm(), k -> new Tally()).add(r, outOfSample, r.right());
            for (String s : r.suffixes()) {
                int colon = s.indexOf(':');
                String id = colon < 0 ? s : s.substring(colon + 1);
                Dating sd = dates.get(id);
                if (sd == null) {
                    undated.add(s);
                    continue;
                }
                boolean suffixOut = !sd.seen().contains(r.set());
                boolean suffixUntouched = !sd.editSeen().contains(r.set());
                boolean right = s.startsWith("hedge:") ? r.right() && r.goldHedged()
                        : s.startsWith("negation:") ? r.right() && r.polarity().equals("negative") : r.right();
                (colon < 0 ? bySuffix : byCue).computeIfAbsent(s, k -> new Tally()).add(r, suffixOut, suffixUntouched, right);
            }
        }
        long rulesWithout = byRule.keySet().stream().filter(id -> dates.get(id).seen().size() >= RecallReview.developmentSets().size()).count();
        out.println("SUMMARY\tclaims " + rows.size() + "\trules " + byRule.size() + " (" + rulesWithout
                + " had seen every development set: no out-of-sample claims possible)\t" + HEADER.replace('\t', ' ') + "\t"
                + all.line().replace('\t', ' '));
        table(out, "RULE", byRule, id -> dates.get(id).date() + "\t" + unseen(dates.get(id)));
        table(out, "CUE", byCue, id -> {
            Dating d = dates.get(id.substring(id.indexOf(':') + 1));
            return d.date() + "\t" + unseen(d);
        });
        table(out, "SUFFIX", bySuffix, id -> dates.get(id).date() + "\t" + unseen(dates.get(id)));
        table(out, "RELATION", byRelation, id -> "\t");
        table(out, "FORM", byForm, id -> "\t");
        for (Map.Entry<String, Tally> e : byRule.entrySet()) {
            Tally t = e.getValue();
            double outP = t.out() == 0 ? 1 : t.outRight / (double) t.out();
            double inP = t.in() == 0 ? outP : t.inRight / (double) t.in();
            if (t.out() >= 5 && (outP < 0.6 || inP - outP >= 0.25)) {
                out.println("FLAG\t" + e.getKey() + "\t" + t.line());
            }
        }
        undated.forEach(id -> out.println("UNDATED\t" + id));
    }

    /** The number of development sets the id's first commit had not seen. */
    private static String unseen(Dating d) {
        return String.valueOf(RecallReview.developmentSets().stream().filter(s -> !d.seen().contains(s.name())).count());
    }

    private static void table(java.io.PrintStream out, String kind, Map<String, Tally> tallies, Function<String, String> dating) {
        out.println(kind + "\tid\tfirst_commit_date\tunseen_sets\t" + HEADER);
        tallies.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Tally> e) -> -e.getValue().outWrong)
                        .thenComparing(e -> -e.getValue().out()).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.println(kind + "\t" + e.getKey() + "\t" + dating.apply(e.getKey()) + "\t" + e.getValue().line()));
    }

    static Map<String, Dating> readDates(Path file) throws IOException {
        Map<String, Dating> m = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals("id\tfirst_commit\tdate\tseen_sets\tedit_seen_sets")) {
            throw new IllegalArgumentException(file + ": not a rule dates file (header id, first_commit, date, seen_sets, edit_seen_sets expected)");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(file + ": line '" + line + "' has " + f.length + " fields, 5 expected");
            }
            m.put(f[0], new Dating(f[1], f[2], sets(f[3]), sets(f[4])));
        }
        return m;
    }

    private static Set<String> sets(String commaSeparated) {
        return commaSeparated.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(commaSeparated.split(",")));
    }

    private static List<Row> extractRows() throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        List<Row> rows = new ArrayList<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            Map<String, String> texts = RulePrecisionReview.sentenceTexts(extractions);
            Set<GoldStandard.Key> lenient = new HashSet<>();
            ev.gold().keySet().forEach(k -> lenient.add(k.withoutQualifier()));
            for (Map.Entry<GoldStandard.Key, Boolean> x : ev.extracted().entrySet()) {
                GoldStandard.Key k = x.getKey();
                String text = texts.getOrDefault(k.document() + "\u0000" + k.sentence(), k.sentence());
                rows.add(new Row(set.name(), k.document(), ev.gold().containsKey(k), lenient.contains(k.withoutQualifier()),
                        Boolean.TRUE.equals(ev.gold().get(k)),
                        x.getValue(), String.valueOf(ev.extractedRule().get(k)),
                        k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                                + (k.polarity().equals("negative") ? " NOT " : " ") + k.relation() + " " + k.object(),
                        k.relation(), k.polarity(), text.replace('\t', ' ').replace('\n', ' ')));
            }
        }
        return rows;
    }

    private static void writeRows(List<Row> rows, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Row r : rows) {
                w.println(String.join("\t", r.set(), r.document(), r.right() ? "R" : "W", String.valueOf(r.lenientRight()),
                        String.valueOf(r.goldHedged()),
                        String.valueOf(r.hedged()), r.rule(), r.claim(), r.relation(), r.polarity(), r.sentence()));
            }
        }
    }

    private static List<Row> readRows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t", -1);
            if (f.length != 11) {
                throw new IllegalArgumentException(file + ": row '" + line + "' has " + f.length + " fields, 11 expected");
            }
            rows.add(new Row(f[0], f[1], f[2].equals("R"), Boolean.parseBoolean(f[3]), Boolean.parseBoolean(f[4]),
                    Boolean.parseBoolean(f[5]), f[6], f[7], f[8], f[9], f[10]));
        }
        return rows;
    }
}
