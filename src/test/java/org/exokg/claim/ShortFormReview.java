package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionRecognizer;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): the gold claims of the development sets ({@link HedgeReview#REVIEWED_SETS}; never sealed/)
 * whose sentence uses a compound short form of a preparation ("UC-Exos", "MEG3-Exos", "mEXOs"), each with what the
 * extractor reads for it (right, the right relation and object with another subject or qualifier, or missed), counted
 * by the shape of the short form: defined in brackets after the vesicle phrase, defined before it, or used undefined;
 * and by what the lexicon reads in its code part (a source, another term, nothing) (issue 15, branch abbrev).
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ShortFormReview}
 */
public final class ShortFormReview {

    /** A compound short form of vesicles: a code, hyphens, a vesicle short form last ("UC-MSC-EVs", "Apt-Exo", "mEXOs"). */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-‐‑–])((?:[\\p{L}\\p{N}]+[\\-‐‑–])+(?:s?EVs?|Exos?|EXOs?|NVs?|MVs?|ELNs?|exos?|exosomes?)"
                    + "|\\p{Ll}{1,3}(?:EXOs?|Exos?|EVs|sEVs|NVs))(?![\\p{L}\\p{N}])");

    private ShortFormReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        MentionRecognizer recognizer = new MentionRecognizer(builder.lexicon());
        Map<String, int[]> byShape = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            for (DocumentExtraction e : extractions) {
                String text = e.document().text();
                Map<String, String> shapes = new LinkedHashMap<>();
                Matcher m = NAME.matcher(text);
                while (m.find()) {
                    String name = norm(m.group(1));
                    if (!hasCapital(m.group(1)) || shapes.containsKey(name) && !shapes.get(name).startsWith("undefined")) {
                        continue;
                    }
                    String before = text.substring(Math.max(0, m.start() - 2), m.start());
                    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
                    String how = before.endsWith("(") ? "defined after the vesicle phrase"
                            : after.matches("\\s*\\(.*|\\s*,.*") && defineBefore(text, m.end()) ? "defined before the vesicle phrase"
                            : "undefined";
                    if (shapes.containsKey(name) && how.startsWith("undefined")) {
                        continue;
                    }
                    shapes.put(name, how + "; code " + codeReading(recognizer, m.group(1)));
                }
                if (shapes.isEmpty()) {
                    continue;
                }
                for (Map.Entry<GoldStandard.Key, Boolean> g : ev.gold().entrySet()) {
                    GoldStandard.Key k = g.getKey();
                    if (!k.document().equals(e.document().id())) {
                        continue;
                    }
                    String sentence = norm(k.sentence());
                    for (Map.Entry<String, String> s : shapes.entrySet()) {
                        if (!Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(s.getKey()) + "(?![\\p{L}\\p{N}])").matcher(sentence).find()) {
                            continue;
                        }
                        String status;
                        if (ev.extracted().containsKey(k)) {
                            status = "right";
                        } else if (ev.extracted().keySet().stream().anyMatch(x -> x.document().equals(k.document())
                                && x.sentence().equals(k.sentence()) && x.relation().equals(k.relation())
                                && x.object().equals(k.object()) && x.polarity().equals(k.polarity()))) {
                            status = "other subject/qualifier";
                        } else {
                            status = "missed";
                        }
                        int[] c = byShape.computeIfAbsent(s.getValue(), x -> new int[3]);
                        c[status.equals("right") ? 0 : status.equals("missed") ? 2 : 1]++;
                        lines.add(String.format("%-8s %-24s %-10s %s | %s", set.name(), status, s.getKey(), s.getValue(), k));
                        break;
                    }
                }
            }
        }
        lines.forEach(System.out::println);
        System.out.println("shape | right | other subject/qualifier | missed");
        byShape.forEach((shape, c) -> System.out.printf(Locale.ROOT, "%s | %d | %d | %d%n", shape, c[0], c[1], c[2]));
    }

    /** "ADSC-Exos, exosomes from ..." / "UC-Exos (exosomes of ...)": a vesicle word follows within a few characters. */
    private static boolean defineBefore(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT);
        return after.matches("\\s*[(,]\\s*(?:the\\s+|a\\s+|small\\s+|\\S+\\s+)?(?:exosomes|extracellular vesicles|vesicles|nanovesicles).*");
    }

    /** What the lexicon reads in the code before the vesicle short form: a source, another term, nothing. */
    private static String codeReading(MentionRecognizer recognizer, String name) {
        int cut = Math.max(name.lastIndexOf('-'), Math.max(name.lastIndexOf('‐'), Math.max(name.lastIndexOf('‑'), name.lastIndexOf('–'))));
        String code = cut > 0 ? name.substring(0, cut) : name.replaceAll("(?:EXOs?|Exos?|EVs|sEVs|NVs)$", "");
        List<Mention> ms = recognizer.recognize(code, 0, code.length());
        if (ms.isEmpty()) {
            return "unread";
        }
        return ms.stream().anyMatch(x -> x.is(MentionType.SOURCE)) ? "a source" : "another term";
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static String norm(String s) {
        return s.replaceAll("[‐‑–]", "-").toLowerCase(Locale.ROOT);
    }
}
