package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.document.Document;
import org.exokg.document.DocumentLoader;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;

/**
 * Developer tool (not a test; issue 15, branch cellwords): English names cell types by a closed set of word-formation
 * endings (-cyte, -blast, -clast, -phage, -phil). Over the development sets of {@link HedgeReview#REVIEWED_SETS} up to blind
 * {@code -Dreview.upTo} (default 28; from blind {@code -Dreview.from} if given; never sealed/), lists every word of such an ending that the lexicon does not read
 * (no mention covers it where it stands, and the word alone, singular or plural, is no mention), whether it stands in a vesicle-source position ("tenocyte-derived vesicles", "vesicles from /
 * of / released by tenocytes", "tenocyte exosomes") and the gold rows of its sentence (relation, subject[qualifier],
 * object, note), so that one can see how the golds write it (convention hhhh: Cell, unless a lexicon entry names it).
 * Words that are no cell ("cytoplasm", "blastocyst", "blastema") do not end so and are left by the pattern; words of the
 * endings that name no cell ("iconoclast", "bacteriophage") are listed in {@link #NOT_CELLS}. Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.CellWordFormationReview}
 */
public final class CellWordFormationReview {

    /** A word of a cell-naming ending, singular or plural, hyphenated prefixes allowed ("pre-osteoblasts"). */
    static final Pattern CELL_WORD = Pattern.compile("(?i)\\b([a-z][a-z\\-]*?(?:cyte|blast|clast|phage|phil))(s?)\\b");

    /** Words of those endings that name no cell type (from general knowledge). */
    static final Set<String> NOT_CELLS = Set.of("iconoclast", "sandblast", "airblast", "shotblast", "bacteriophage", "phage", "coliphage",
            "prophage", "mycobacteriophage", "bibliophil", "audiophil");

    private static final String VESICLES = "(?:exosomes?|vesicles?|EVs?|sEVs?|exos?|microvesicles?|nanovesicles?|MVs?)";

    /** How the word stands to the vesicles: the source positions named in the task, or none. */
    static String position(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 60));
        String before = text.substring(Math.max(0, start - 80), start);
        if (Pattern.compile("(?i)^[\\-\u2010\u2011]derived\\s+" + VESICLES + "\\b").matcher(after).find()) {
            return "derived";
        }
        if (Pattern.compile("(?i)^(?:[\\-\\s]+)" + VESICLES + "\\b").matcher(after).find()) {
            return "modifier";
        }
        if (Pattern.compile("(?i)" + VESICLES + "\\s+(?:\\([^)]{0,20}\\)\\s+)?(?:from|of|released\\s+by|secreted\\s+by|"
                + "derived\\s+from|produced\\s+by|shed\\s+by)\\s+(?:(?:the|cultured|normal|healthy|human|mouse|murine|rat|"
                + "primary|activated|mature|immature|differentiated|young|aged|donor)\\s+){0,3}$").matcher(before).find()) {
            return "of-phrase";
        }
        if (Pattern.compile("(?i)^\\s+(?:\\w+\\s+){0,3}(?:secrete|secreted|release|released|shed|produce|produced)\\s+"
                + "(?:\\w+\\s+){0,2}" + VESICLES).matcher(after).find()) {
            return "releases";
        }
        return "other";
    }

    private CellWordFormationReview() {}

    public static void main(String[] args) throws Exception {
        int upTo = Integer.getInteger("review.upTo", 28);
        int from = Integer.getInteger("review.from", 0);
        MentionRecognizer recognizer = new MentionRecognizer(Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE)));
        DocumentLoader loader = new DocumentLoader();
        Map<String, List<String>> byWord = new TreeMap<>();
        Map<String, Set<String>> docs = new TreeMap<>();
        Map<String, Set<String>> sets = new TreeMap<>();
        Map<String, Set<String>> sourceDocs = new TreeMap<>();
        Map<String, Set<String>> sourceSets = new TreeMap<>();
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            Matcher n = Pattern.compile("blind (\\d+)").matcher(set.name());
            if (n.matches() ? Integer.parseInt(n.group(1)) > upTo || Integer.parseInt(n.group(1)) < from : from > 0) {
                continue;
            }
            List<String[]> gold = GoldStandard.readRows(Path.of("src/test/resources/gold").resolve(set.goldFile()));
            for (Path p : set.texts()) {
                for (Document d : loader.load(p)) {
                    String text = d.text();
                    List<Mention> mentions = recognizer.recognize(text, 0, text.length());
                    Matcher m = CELL_WORD.matcher(text);
                    while (m.find()) {
                        String lemma = m.group(1).toLowerCase(Locale.ROOT);
                        String bare = lemma.substring(lemma.lastIndexOf('-') + 1);
                        if (NOT_CELLS.contains(bare) || covered(mentions, m.start(), m.end()) || known(recognizer, bare)) {
                            continue;
                        }
                        String pos = position(text, m.start(), m.end());
                        String sentence = sentenceAround(text, m.start(), m.end());
                        List<String> rows = new ArrayList<>();
                        for (String[] r : gold) {
                            if (r[0].equals(d.id()) && !r[1].isBlank() && sentence.contains(r[1].substring(0, Math.min(40, r[1].length())))) {
                                rows.add(r[4] + " " + r[2] + ("-".equals(r[3]) ? "" : "[" + r[3] + "]") + " " + r[5]
                                        + (r.length > 8 && !r[8].isBlank() ? "  (" + r[8] + ")" : ""));
                            }
                        }
                        byWord.computeIfAbsent(lemma, k -> new ArrayList<>()).add(String.format("  %-9s %s | %s | %s%n      %s",
                                pos, set.name(), d.id(), sentence.strip(), rows.isEmpty() ? "no gold row in its sentence"
                                        : String.join("\n      ", rows)));
                        docs.computeIfAbsent(lemma, k -> new TreeSet<>()).add(d.id());
                        sets.computeIfAbsent(lemma, k -> new TreeSet<>()).add(set.name());
                        if (!"other".equals(pos)) {
                            sourceDocs.computeIfAbsent(lemma, k -> new TreeSet<>()).add(d.id());
                            sourceSets.computeIfAbsent(lemma, k -> new TreeSet<>()).add(set.name());
                        }
                    }
                }
            }
        }
        Set<String> allDocs = new TreeSet<>(), allSets = new TreeSet<>(), srcDocs = new TreeSet<>(), srcSets = new TreeSet<>();
        for (String w : byWord.keySet()) {
            System.out.printf("%s: %d occurrence(s) in %d document(s) of %d set(s); in a source position in %d document(s) of %d set(s)%n",
                    w, byWord.get(w).size(), docs.get(w).size(), sets.get(w).size(),
                    sourceDocs.getOrDefault(w, Set.of()).size(), sourceSets.getOrDefault(w, Set.of()).size());
            byWord.get(w).forEach(System.out::println);
            allDocs.addAll(docs.get(w));
            allSets.addAll(sets.get(w));
            srcDocs.addAll(sourceDocs.getOrDefault(w, Set.of()));
            srcSets.addAll(sourceSets.getOrDefault(w, Set.of()));
        }
        System.out.printf("ALL (" + (from > 0 ? "blind " + from : "seed") + "..blind %d): %d unread word(s) in %d document(s) of %d set(s); in a source position in %d document(s) of %d set(s)%n",
                upTo, byWord.size(), allDocs.size(), allSets.size(), srcDocs.size(), srcSets.size());
    }

    /** Whether the lexicon reads the word alone, singular or plural ("osteoclast" before "precursors" is still known). */
    private static boolean known(MentionRecognizer recognizer, String singular) {
        for (String w : List.of(singular, singular + "s")) {
            if (covered(recognizer.recognize(w, 0, w.length()), 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() <= start && m.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /** The text from the last sentence end before the word to the next one after it (a rough cut, for reading only). */
    private static String sentenceAround(String text, int start, int end) {
        int s = start;
        while (s > 0 && !(text.charAt(s - 1) == '\n' || (s >= 2 && text.charAt(s - 2) == '.' && text.charAt(s - 1) == ' '))) {
            s--;
        }
        int e = end;
        while (e < text.length() && text.charAt(e) != '\n' && !(text.charAt(e) == '.' && (e + 1 == text.length() || text.charAt(e + 1) == ' '))) {
            e++;
        }
        return text.substring(s, Math.min(text.length(), e + 1)).replaceAll("\\s+", " ");
    }
}
