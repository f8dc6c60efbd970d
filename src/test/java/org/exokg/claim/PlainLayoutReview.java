package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exokg.ExoKg;
import org.exokg.document.Sentence;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch plaintext): over the development gold sets of
 * {@link RecallReview#developmentSets()} (never sealed/) prints strict P / R per set for plain-text and XML documents
 * apart, then one tab-separated line per missed gold claim of a plain-text document with the LAYOUT of the line(s)
 * holding its gold sentence, read mechanically from the text: splitter-cut (no sentence holds the gold substring),
 * wrapped (the substring runs across a line break), joined-before (the sentence opens on an earlier unpunctuated line:
 * a heading or lead-in taken into it), speaker-turn (a label that opens two or more lines: "HOST: ..."), label-line
 * (any other "Label: value" line), list-lead-in (a list item under a line ending in a colon), list-item, after-lead-in
 * (a line under a line ending in a colon), table-row (pipes, tabs or runs of spaces inside the line), indented, quoted
 * ("> ..."), none. Then the counts per class: misses, documents, sets, and the same for blind 20-30 alone. Usage:
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.PlainLayoutReview}
 */
public final class PlainLayoutReview {

    private PlainLayoutReview() {}

    private static final Pattern LABEL = Pattern.compile("^\\s*(?:[-•*]\\s+)?([\\p{L}][\\p{L}\\d .'’/()&-]{0,40}?):\\s+\\S");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-•*–]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+");
    private static final Pattern TABLE = Pattern.compile("\\S(?: \\| |\\t| {3,})\\S");

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Map<String, int[]> byClass = new TreeMap<>();
        Map<String, Set<String>> classDocs = new TreeMap<>(), classSets = new TreeMap<>();
        Map<String, int[]> byClassNew = new TreeMap<>();
        Map<String, Set<String>> classDocsNew = new TreeMap<>(), classSetsNew = new TreeMap<>();
        int[] totals = new int[6]; // plain gold, extracted, matched; xml gold, extracted, matched
        List<String> lines = new ArrayList<>();
        Map<String, int[]> goldByClass = new TreeMap<>();
        Map<String, int[]> fpByClass = new TreeMap<>();
        Map<String, Set<String>> fpDocs = new TreeMap<>(), fpSets = new TreeMap<>();
        List<String> fpLines = new ArrayList<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (!HedgeReview.selected(set.name())) {
                continue;
            }
            List<DocumentExtraction> extractions = new ArrayList<>();
            Map<String, Boolean> plain = new HashMap<>();
            for (Path p : set.texts()) {
                for (DocumentExtraction e : builder.extract(p)) {
                    extractions.add(e);
                    plain.put(e.document().id(), !p.getFileName().toString().endsWith(".xml"));
                }
            }
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            int[] s = new int[6];
            for (GoldStandard.Key k : ev.gold().keySet()) {
                s[plain.get(k.document()) ? 0 : 3]++;
            }
            for (GoldStandard.Key k : ev.extracted().keySet()) {
                s[plain.get(k.document()) ? 1 : 4]++;
                if (ev.gold().containsKey(k)) {
                    s[plain.get(k.document()) ? 2 : 5]++;
                }
            }
            for (int i = 0; i < 6; i++) {
                totals[i] += s[i];
            }
            System.out.printf("%s\ttxt %s\txml %s%n", set.name(), fig(s, 0), fig(s, 3));
            // gold substring of each (document, sentence identity)
            Map<String, DocumentExtraction> byDoc = new LinkedHashMap<>();
            extractions.forEach(e -> byDoc.put(e.document().id(), e));
            Map<String, String> substrings = new HashMap<>();
            for (String[] f : GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile()))) {
                DocumentExtraction e = byDoc.get(f[0]);
                Set<String> ids = e.sentences().stream().map(ds -> ds.first().text()).filter(t -> t.contains(f[1]))
                        .map(GoldStandard::sentenceIdentity).collect(Collectors.toCollection(TreeSet::new));
                String id = ids.size() == 1 ? ids.iterator().next() : "(unsplit) " + GoldStandard.sentenceIdentity(f[1]);
                substrings.put(f[0] + "\u0000" + id, f[1]);
            }
            boolean newer = newer(set.name());
            for (GoldStandard.Key k : ev.gold().keySet()) {
                if (!plain.get(k.document())) {
                    continue;
                }
                DocumentExtraction e = byDoc.get(k.document());
                String sub = substrings.get(k.document() + "\u0000" + k.sentence());
                String cls = classify(e, e.document().text(), sub, k.sentence().startsWith("(unsplit)"));
                int[] gm = goldByClass.computeIfAbsent(cls, c -> new int[4]);
                gm[0]++;
                gm[1] += ev.extracted().containsKey(k) ? 1 : 0;
                if (newer) {
                    gm[2]++;
                    gm[3] += ev.extracted().containsKey(k) ? 1 : 0;
                }
            }
            for (GoldStandard.Key k : ev.falsePositives()) {
                if (!plain.get(k.document())) {
                    continue;
                }
                DocumentExtraction e = byDoc.get(k.document());
                String sentence = e.sentences().stream().map(ds -> ds.first().text())
                        .filter(t -> GoldStandard.sentenceIdentity(t).equals(k.sentence())).findFirst().orElse(null);
                String cls = sentence == null ? "not-found" : classify(e, e.document().text(), sentence, false);
                int[] fp = fpByClass.computeIfAbsent(cls, c -> new int[2]);
                fp[0]++;
                fp[1] += newer ? 1 : 0;
                fpDocs.computeIfAbsent(cls, c -> new TreeSet<>()).add(k.document());
                fpSets.computeIfAbsent(cls, c -> new TreeSet<>()).add(set.name());
                fpLines.add(String.join("\t", "FP", set.name(), k.document(), cls, ev.extractedRule().getOrDefault(k, ""),
                        k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]") + " "
                                + (k.polarity().equals("negative") ? "NOT " : "") + k.relation() + " " + k.object(),
                        sentence == null ? "" : context(e.document().text(), sentence).replace('\t', '→').replace("\n", " ⏎ ")));
            }
            for (GoldStandard.Key k : ev.falseNegatives()) {
                if (!plain.get(k.document())) {
                    continue;
                }
                DocumentExtraction e = byDoc.get(k.document());
                String sub = substrings.get(k.document() + "\u0000" + k.sentence());
                String text = e.document().text();
                String cls = classify(e, text, sub, k.sentence().startsWith("(unsplit)"));
                byClass.computeIfAbsent(cls, c -> new int[1])[0]++;
                classDocs.computeIfAbsent(cls, c -> new TreeSet<>()).add(k.document());
                classSets.computeIfAbsent(cls, c -> new TreeSet<>()).add(set.name());
                if (newer) {
                    byClassNew.computeIfAbsent(cls, c -> new int[1])[0]++;
                    classDocsNew.computeIfAbsent(cls, c -> new TreeSet<>()).add(k.document());
                    classSetsNew.computeIfAbsent(cls, c -> new TreeSet<>()).add(set.name());
                }
                lines.add(String.join("\t", set.name(), k.document(), cls, cause(k, ev),
                        k.subject() + " " + (k.polarity().equals("negative") ? "NOT " : "") + k.relation() + " " + k.object(),
                        context(text, sub).replace('\t', '→').replace("\n", " ⏎ ")));
            }
        }
        System.out.printf("ALL\ttxt %s\txml %s%n", fig(totals, 0), fig(totals, 3));
        System.out.println("\nclass\tgold\tmatched\tR\t| blind20-30 gold\tmatched\tR");
        goldByClass.forEach((c, g) -> System.out.printf("%s\t%d\t%d\t%.3f\t| %d\t%d\t%.3f%n", c, g[0], g[1], g[1] / (double) g[0],
                g[2], g[3], g[2] == 0 ? 0 : g[3] / (double) g[2]));
        System.out.println("\nclass\tmisses\tdocs\tsets\t| blind20-30: misses\tdocs\tsets");
        for (String c : byClass.keySet()) {
            System.out.printf("%s\t%d\t%d\t%d\t| %d\t%d\t%d%n", c, byClass.get(c)[0], classDocs.get(c).size(),
                    classSets.get(c).size(), byClassNew.getOrDefault(c, new int[1])[0],
                    classDocsNew.getOrDefault(c, Set.of()).size(), classSetsNew.getOrDefault(c, Set.of()).size());
        }
        System.out.println("\nfalse positives of plain texts by layout: class\tFP\tdocs\tsets\t| blind20-30 FP");
        fpByClass.forEach((c, f) -> System.out.printf("%s\t%d\t%d\t%d\t| %d%n", c, f[0], fpDocs.get(c).size(), fpSets.get(c).size(), f[1]));
        System.out.println();
        lines.forEach(System.out::println);
        fpLines.forEach(System.out::println);
    }

    /** The first cause of a miss: polarity, subject (relation and object read with another subject), relation, none. */
    private static String cause(GoldStandard.Key k, GoldStandard.Evaluation ev) {
        String cause = "none";
        for (GoldStandard.Key e : ev.extracted().keySet()) {
            if (!e.document().equals(k.document()) || !e.sentence().equals(k.sentence())) {
                continue;
            }
            if (e.subject().equals(k.subject()) && e.relation().equals(k.relation()) && e.object().equals(k.object())) {
                return "polarity-or-qualifier";
            }
            if (e.relation().equals(k.relation()) && e.object().equals(k.object())) {
                cause = "subject";
            } else if (cause.equals("none")) {
                cause = "sentence-has-claims";
            }
        }
        return cause;
    }

    private static boolean newer(String set) {
        if (!set.startsWith("blind ")) {
            return false;
        }
        int n = Integer.parseInt(set.substring(6).trim());
        return n >= 20 && n <= 30;
    }

    private static String fig(int[] s, int o) {
        return String.format("P %.3f (%d/%d) R %.3f (gold %d)", s[o + 1] == 0 ? 0 : s[o + 2] / (double) s[o + 1], s[o + 2],
                s[o + 1], s[o] == 0 ? 0 : s[o + 2] / (double) s[o], s[o]);
    }

    private static int lineStart(String text, int i) {
        int s = text.lastIndexOf('\n', i - 1);
        return s + 1;
    }

    private static int lineEnd(String text, int i) {
        int e = text.indexOf('\n', i);
        return e < 0 ? text.length() : e;
    }

    private static String previousNonBlank(String text, int lineStart) {
        int end = lineStart - 1;
        while (end > 0) {
            int start = lineStart(text, end);
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            end = start - 1;
        }
        return "";
    }

    private static String context(String text, String sub) {
        int i = text.indexOf(sub);
        if (i < 0) {
            return "?? " + sub;
        }
        int ls = lineStart(text, i);
        String prev = previousNonBlank(text, ls);
        return "PREV[" + prev.strip() + "] LINE[" + text.substring(ls, lineEnd(text, i + sub.length())) + "] GOLD[" + sub + "]";
    }

    static String classify(DocumentExtraction e, String text, String sub, boolean unsplit) {
        int i = text.indexOf(sub);
        if (i < 0) {
            return "not-found";
        }
        if (unsplit) {
            return "splitter-cut";
        }
        if (sub.strip().contains("\n")) {
            return "wrapped";
        }
        int ls = lineStart(text, i);
        String line = text.substring(ls, lineEnd(text, i));
        Sentence holder = null;
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            Sentence s = ds.first();
            if (s.start() <= i && s.end() >= i + sub.length()) {
                holder = s;
                break;
            }
        }
        if (holder != null && holder.start() < ls) {
            return "joined-before";
        }
        if (holder != null && holder.end() > lineEnd(text, i + sub.length()) + 1) {
            return "joined-after";
        }
        String prev = previousNonBlank(text, ls).strip();
        String whole = line.strip();
        if (!whole.isEmpty() && whole.endsWith(sub.strip()) && ".!?;:".indexOf(whole.charAt(whole.length() - 1)) < 0
                && whole.length() - sub.strip().length() < 40) {
            return "unpunctuated-line"; // a heading, a field value or a caption taken as a sentence
        }
        var m = LABEL.matcher(line);
        if (m.find() && m.group(1).split("\\s+").length <= 5) {
            String label = m.group(1).strip();
            long repeats = text.lines().filter(l -> l.strip().startsWith(label + ":")).count();
            return repeats >= 2 ? "speaker-turn" : "label-line";
        }
        if (LIST_ITEM.matcher(line).find()) {
            int at = ls;
            String lead = prev;
            while (LIST_ITEM.matcher(lead).find() && at > 0) {
                at = text.lastIndexOf(lead, at - 1);
                if (at < 0) {
                    break;
                }
                lead = previousNonBlank(text, lineStart(text, at)).strip();
            }
            return lead.endsWith(":") ? "list-lead-in" : "list-item";
        }
        if (prev.endsWith(":")) {
            return "after-lead-in";
        }
        if (TABLE.matcher(line.strip()).find()) {
            return "table-row";
        }
        if (line.startsWith(">")) {
            return "quoted";
        }
        if (line.startsWith("  ")) {
            return "indented";
        }
        return "none";
    }
}
