package org.exokg.claim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Developer census (not a test; issue 15, branch conventiongaps39, thirty-ninth session): which written gold conventions
 * (docs/gold-conventions.md) the extractor does not follow yet. Over the <b>design sets only</b> (seed, held-out, blind
 * held-out, blind 2-29, 33, 34, 35, 45; never the deciding pool nor a never-tuned set) it assigns each FN and FP line of
 * {@code design-lines.py LOG} to the conventions it concerns and prints, per convention: design FN, design FP, the
 * convention's gold rows and how many of them the extractor finds.
 *
 * <p>A line concerns a convention in two ways: <i>cited</i>, the gold row an FN line misses (or, for an FP line, a gold
 * row of the same document, sentence, subject and relation: the near miss) names the convention's letter in its note;
 * <i>shape</i>, the full sentence (found through the gold rows of the document; else the line's 57-character prefix) and
 * the claim match a shape pattern of the convention (GoldConventions' patterns where they exist, simple word patterns for
 * the conventions the golds' notes cite most). A line may concern several conventions; one with none counts as
 * "(none)".
 *
 * <pre>
 *   python3 /work/brief/tools/design-lines.py LOG > /tmp/NAME/design-lines.txt
 *   mvn -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ConventionGapCensus \
 *       -Dexec.args="/tmp/NAME/design-lines.txt [TOP]"
 * </pre>
 */
public final class ConventionGapCensus {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    /** The design sets' gold prefixes, by the tag design-lines.py prints ("[seed]", "[heldout]", "[blind1]", "[27]"). */
    private static final Pattern DESIGN_TAG = Pattern.compile("seed|heldout|blind1|[2-9]|1\\d|2\\d|3[345]|45");
    /** A convention's letter: one letter, repeated up to eight times. */
    private static final Pattern LETTER = Pattern.compile("^([a-z])\\1{0,7}$");
    /** "convention(s) b, c and ee", "conventions rrrr-yyyy" or a doubled letter in brackets "(kk)". */
    private static final Pattern CITED = Pattern.compile(
            "(?i)\\bconventions?(?:\\(s\\))?\\s+((?:[a-z]{1,8}(?:\\s*(?:,|-|\\band\\b|/)\\s*)?)+)|\\(([a-z]{2,8})\\)");
    private static final Pattern LINE = Pattern.compile("^\\[(\\S+)\\] (FN|FP) (\\S+) \\| (.*?) \\| (.*?)(?:  \\{.*\\})?$");

    /** One shape: a sentence pattern and a claim test (subject[qualifier], relation, object, negated). */
    record Shape(String letter, Pattern sentence, BiPredicate<String, String[]> claim) {}

    static final List<Shape> SHAPES = new ArrayList<>();

    private static void shape(String letter, Pattern sentence) {
        SHAPES.add(new Shape(letter, sentence, (s, c) -> true));
    }

    private static void shape(String letter, Pattern sentence, BiPredicate<String, String[]> claim) {
        SHAPES.add(new Shape(letter, sentence, claim));
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(?i)" + regex);
    }

    static {
        // GoldConventions' shape patterns (the checks of GoldConventionsCheckTest)
        shape("a", GoldConventions.ACTIVATES, (s, c) -> c[1].equals("targets") || c[2].equals("Immunocompetence"));
        shape("c", GoldConventions.PARTICIPLE_ANAPHOR, (s, c) -> c[0].contains("["));
        shape("mm", GoldConventions.OMV_WORD);
        shape("tt", GoldConventions.UMBILICAL_CORD);
        shape("vv", GoldConventions.SOURCE_VARIATION, (s, c) -> c[1].equals("hasChallenge"));
        shape("yy", GoldConventions.VESICLES_SUPPRESS_T_CELLS);
        shape("bbb", GoldConventions.DENIED_HARM);
        shape("fff", GoldConventions.PEG_COATED);
        shape("ggg", GoldConventions.CLEARED_BY_MACROPHAGES);
        shape("hhh", GoldConventions.CLEARED_BY_LIVER);
        shape("jjj", GoldConventions.INFLAMMATION_DENIED);
        shape("ooo", GoldConventions.SHIFTS_MACROPHAGES);
        shape("ppp", GoldConventions.IMMUNISED_PROTECTED);
        shape("uuu", GoldConventions.STRAIN_ONLY);
        shape("yyy", GoldConventions.TRANSFERS_NUCLEIC_ACID);
        shape("zzz", GoldConventions.CONTAMINATED_PRODUCTS);
        shape("cccc", GoldConventions.CAUSED_INFECTIONS);
        shape("dddd", GoldConventions.STATUS_ONLY);
        shape("ffff", GoldConventions.CANNOT_FORM_TUMOURS);
        shape("gggg", GoldConventions.ATTRACTIVE_USE);
        shape("iiii", GoldConventions.LUNG_INJURY);
        shape("kkkk", GoldConventions.CIRCULATING_BARE);
        shape("jjjjj", GoldConventions.TITLE_LINE);
        shape("kkkkk", GoldConventions.YES_NO_QUESTION);
        shape("lllll", GoldConventions.CAPTURE_MARKER);
        // simple word patterns for the conventions the golds' notes cite most
        shape("b", words("\\b(?:from|of|by|derived|released|secreted)\\b"), (s, c) -> c[1].equals("derivedFrom"));
        shape("z", words("\\b(?:engineer\\w*|modified|display\\w*|transfect\\w*|overexpress\\w*|loaded|decorated|fused)\\b"));
        shape("c", words("^(?:the|these|those|they|such|both|this|its|their)\\b"), (s, c) -> c[0].contains("["));
        shape("aaaaa", words("\\b(?:not (?:yet )?been (?:studied|tested|examined|shown|established)|unknown|remains? (?:unclear|open|to be)|"
                + "open question|little is known|no (?:data|study|studies|evidence)|whether)\\b"));
        shape("ee", words("\\b(?:blood|plasma|serum|urine|milk|saliva|fluid|culture medium|supernatant)\\b"),
                (s, c) -> c[1].equals("derivedFrom"));
        shape("n", words("\\b(?:accumulat\\w*|hom(?:e|ed|ing)|locali[sz]\\w*|reach\\w*|distribut\\w*|retained|enrich\\w* in)\\b"),
                (s, c) -> c[1].equals("targets") || c[2].equals("TargetingAbility"));
        shape("i", words("\\b(?:display\\w*|attach\\w*|conjugat\\w*|dye|ligands?|peptides?|aptamers?|label+ed)\\b"),
                (s, c) -> c[1].equals("carries"));
        shape("u", words("\\b(?:no|without|non-?)\\s*(?:\\w+\\s+)?(?:antibod\\w*|immune response|immunogenic\\w*)"));
        shape("cc", words("\\b(?:no weight loss|unchanged|not raised|normal (?:liver|kidney|organ)|no (?:\\w+ )?(?:damage|toxicity|changes?))\\b"));
        shape("hhhh", words("cells?\\b"), (s, c) -> c[2].equals("Cell") || c[0].endsWith("[Cell]"));
        shape("wwww", words("\\b(?:leaf|leaves|root|roots|fruit|fruits|seed|seeds|peel|stem|juice|rhizome|bark|flower)\\b"));
        shape("zzzz", words("\\b(?:mimetic\\w*|extru\\w*|sonicat\\w*|nanovesicles? (?:made|produced|generated))\\b"));
        shape("uu", words("\\b(?:both|neither)\\b"));
    }

    record GoldRow(String set, String doc, String sentence, String norm, String claim, String relationKey, Set<String> letters) {}

    private ConventionGapCensus() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ConventionGapCensus DESIGN_LINES.txt [TOP]");
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, List<GoldRow>> byDoc = new HashMap<>();
        List<GoldRow> all = new ArrayList<>();
        for (String tag : designTags()) {
            for (String kind : List.of("claims", "kind-claims")) {
                Path f = GOLD.resolve(prefix(tag) + "-" + kind + ".tsv");
                if (!Files.exists(f)) {
                    continue;
                }
                for (String[] r : GoldStandard.readRows(f)) {
                    if (r.length < 8) {
                        continue;
                    }
                    GoldRow g = new GoldRow(tag, r[0], r[1], norm(r[1]), claim(r), r[0] + "|" + norm(r[1]) + "|" + r[2]
                            + (r[3].equals("-") ? "" : "[" + r[3] + "]") + "|" + r[4], letters(r.length > 8 ? r[8] : ""));
                    all.add(g);
                    byDoc.computeIfAbsent(r[0], d -> new ArrayList<>()).add(g);
                }
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>(); // letter -> {FN, FP, gold rows, gold rows found, FN cited, FP cited}
        Set<GoldRow> missed = new LinkedHashSet<>();
        int fnLines = 0;
        int fpLines = 0;
        int fnMatched = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches() || !DESIGN_TAG.matcher(m.group(1)).matches()) {
                continue;
            }
            boolean fn = m.group(2).equals("FN");
            String doc = m.group(3);
            String prefix = norm(m.group(4).replaceFirst("\\.\\.\\.$", ""));
            String claim = m.group(5).trim();
            String[] c = parts(claim);
            List<GoldRow> same = new ArrayList<>();
            String sentence = m.group(4);
            for (GoldRow g : byDoc.getOrDefault(doc, List.of())) {
                String head = g.norm().substring(0, Math.min(25, g.norm().length()));
                if (g.norm().startsWith(prefix) || prefix.startsWith(g.norm()) || prefix.contains(head)) {
                    sentence = g.sentence();
                    same.add(g);
                }
            }
            if (fn && same.stream().noneMatch(g -> g.claim().equals(claim))) {
                // the gold sentence is a substring starting beyond the printed prefix: the document's one row of this claim
                List<GoldRow> one = byDoc.getOrDefault(doc, List.of()).stream().filter(g -> g.claim().equals(claim)).toList();
                if (one.size() == 1) {
                    same.add(one.get(0));
                }
            }
            Set<String> cited = new TreeSet<>();
            for (GoldRow g : same) {
                if (fn ? g.claim().equals(claim) : g.relationKey().equals(doc + "|" + g.norm() + "|" + c[0] + "|" + c[1])) {
                    cited.addAll(g.letters());
                    if (fn) {
                        missed.add(g);
                    }
                }
            }
            Set<String> shaped = new TreeSet<>();
            for (Shape s : SHAPES) {
                if (s.sentence().matcher(sentence).find() && s.claim().test(sentence, c)) {
                    shaped.add(s.letter());
                }
            }
            Set<String> any = new TreeSet<>(cited);
            any.addAll(shaped);
            if (any.isEmpty()) {
                any.add("(none)");
            }
            for (String l : any) {
                int[] k = counts.computeIfAbsent(l, x -> new int[6]);
                k[fn ? 0 : 1]++;
                if (cited.contains(l)) {
                    k[fn ? 4 : 5]++;
                }
            }
            if (fn && same.stream().anyMatch(g -> g.claim().equals(claim))) {
                fnMatched++;
            } else if (fn && Boolean.getBoolean("census.unmatched")) {
                System.out.println("unmatched: " + line);
            }
            if (fn) {
                fnLines++;
            } else {
                fpLines++;
            }
        }
        for (GoldRow g : all) {
            for (String l : g.letters()) {
                int[] k = counts.computeIfAbsent(l, x -> new int[6]);
                k[2]++;
                if (!missed.contains(g)) {
                    k[3]++;
                }
            }
        }
        System.out.printf("design FN lines %d (%d matched to their gold row), FP lines %d; design gold rows %d (claims and kinds)%n",
                fnLines, fnMatched, fpLines, all.size());
        System.out.println("convention | design FN (cited) | design FP (near a citing row) | gold rows citing it | of them found | shape pattern");
        Set<String> shapeLetters = new TreeSet<>();
        SHAPES.forEach(s -> shapeLetters.add(s.letter()));
        counts.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
                .limit(top)
                .forEach(e -> {
                    int[] k = e.getValue();
                    System.out.printf("%-9s | %4d (%4d) | %4d (%4d) | %4d | %4d | %s%n", e.getKey(), k[0], k[4], k[1], k[5], k[2], k[3],
                            shapeLetters.contains(e.getKey()) ? "yes" : "-");
                });
    }

    static List<String> designTags() {
        List<String> out = new ArrayList<>(List.of("seed", "heldout", "blind1"));
        for (int n = 2; n <= 29; n++) {
            out.add(Integer.toString(n));
        }
        out.addAll(List.of("33", "34", "35", "45"));
        return out;
    }

    static String prefix(String tag) {
        return switch (tag) {
            case "seed" -> "corpus";
            case "heldout" -> "heldout";
            case "blind1" -> "heldout-blind";
            default -> {
                if (!DESIGN_TAG.matcher(tag).matches()) {
                    throw new IllegalArgumentException("refused: not a design set: " + tag);
                }
                yield "heldout-blind" + tag;
            }
        };
    }

    /** The claim as the report lines print it: "Subject[Qualifier] [NOT ]relation Object". */
    static String claim(String[] r) {
        return r[2] + (r[3].equals("-") ? "" : "[" + r[3] + "]") + " " + (r[6].equals("negative") ? "NOT " : "") + r[4] + " " + r[5];
    }

    /** subject[qualifier], relation, object, "NOT" or "". */
    static String[] parts(String claim) {
        String[] w = claim.split(" ");
        boolean not = w.length > 3 && w[1].equals("NOT");
        return not ? new String[] {w[0], w[2], w[3], "NOT"} : new String[] {w[0], w.length > 1 ? w[1] : "", w.length > 2 ? w[2] : "", ""};
    }

    static String norm(String s) {
        return GoldStandard.sentenceIdentity(s);
    }

    /** The convention letters a gold row's note cites. */
    static Set<String> letters(String note) {
        Set<String> out = new TreeSet<>();
        Matcher m = CITED.matcher(note);
        while (m.find()) {
            if (m.group(2) != null) {
                if (LETTER.matcher(m.group(2)).matches()) {
                    out.add(m.group(2));
                }
                continue;
            }
            for (String w : m.group(1).toLowerCase(Locale.ROOT).split("\\s*(?:,|-|\\band\\b|/)\\s*|\\s+")) {
                if (LETTER.matcher(w).matches()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
