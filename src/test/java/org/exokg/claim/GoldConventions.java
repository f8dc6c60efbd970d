package org.exokg.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.document.Section;
import org.exokg.mention.Lexicon;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test): applies the gold conventions decided on 2 Dec 2026 (branch goldconv) to gold files
 * mechanically, so that the never-tuned sets (9, 10) can follow them without anyone reading their rows. It prints
 * counts only, never a row, unless asked to list the rows of a development set.
 *
 * <pre>
 *   GoldConventions tumour-source --blind N        qualifier Cancer (or a class under it) -> TumorCell in set N's claim,
 *                                                  kind-claim and quantity files
 *   GoldConventions tumour-source FILE...          the same for the files given
 *   GoldConventions methods-rows --blind N         drop the claim and kind-claim rows of set N whose sentence lies in a
 *                                                  Methods section (the document reader's sections)
 *   GoldConventions methods-rows --list GOLD.tsv... TEXT...  print (development sets only) the rows of the GOLD files
 *                                                  whose sentence lies in a Methods section of the TEXTs; changes nothing
 *   GoldConventions candidates CONVENTION [SET...]  (twelfth session, branch goldconv) for the development sets (seed,
 *                                                  held-out, blind 1-13; never 14, which dev14 edits, nor a sealed set)
 *                                                  prints each finding sentence a convention of the 11th session may
 *                                                  concern, with its gold rows (G) and extracted claims (X); changes
 *                                                  nothing. CONVENTION: uptake, standardisation, plant, cells.
 *   GoldConventions audit all|SET...               (fifteenth session, branch goldconv3) for the development golds goldconv3
 *                                                  edits (seed, held-out, blind 1-16) lists the rows that may break the
 *                                                  lead's conventions a)-e) and the anaphor convention; changes nothing.
 *   GoldConventions source-rows [--apply] all|SET... (sixteenth session, branch goldconv4) convention b: lists the
 *                                                  sentences whose rows qualify a subject by a source the sentence names
 *                                                  (a source word or a code name, "MSC-Exos") with no derivedFrom row
 *                                                  of that subject; --apply adds the rows (never blind 18, dev18's).
 * </pre>
 */
public final class GoldConventions {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final String DATE = "2 Dec 2026, branch goldconv";
    /** Gold sets whose rows nobody but their writer may read. */
    private static final java.util.regex.Pattern BLIND = java.util.regex.Pattern.compile(".*blind(?:46|47|48|49)\\D.*");

    private GoldConventions() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GoldConventions tumour-source|methods-rows (--blind N | [--list] FILE...)");
        }
        switch (args[0]) {
            case "tumour-source" -> {
                List<Path> files = args[1].equals("--blind") ? blindFiles(args[2], true) : paths(args, 1);
                Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
                for (Path f : files) {
                    System.out.println(f.getFileName() + ": " + tumourSource(f, lexicon));
                }
            }
            case "methods-rows" -> {
                DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
                if (args[1].equals("--blind")) {
                    Path[] texts = blindTexts(args[2]);
                    List<DocumentExtraction> extractions = extract(builder, texts);
                    for (Path f : blindFiles(args[2], false)) {
                        System.out.println(f.getFileName() + ": " + dropMethodsRows(f, extractions));
                    }
                } else if (args[1].equals("--list")) {
                    List<Path> golds = paths(args, 2).stream().filter(p -> p.toString().endsWith(".tsv")).toList();
                    List<Path> texts = paths(args, 2).stream().filter(p -> !p.toString().endsWith(".tsv")).toList();
                    for (Path p : java.util.stream.Stream.concat(golds.stream(), texts.stream()).toList()) {
                        if (BLIND.matcher(p.getFileName().toString()).matches()) {
                            throw new IllegalArgumentException("refused: a blind set is not listed");
                        }
                    }
                    List<DocumentExtraction> extractions = extract(builder, texts.toArray(Path[]::new));
                    for (Path gold : golds) {
                        for (String line : methodsRows(gold, extractions)) {
                            System.out.println(gold.getFileName() + ": " + line);
                        }
                    }
                } else {
                    throw new IllegalArgumentException("methods-rows needs --blind N or --list GOLD TEXT...");
                }
            }
            case "candidates" -> candidates(args[1], java.util.Arrays.asList(args).subList(2, args.length));
            case "audit" -> audit(java.util.Arrays.asList(args).subList(1, args.length));
            case "source-rows" -> sourceRows(args[1].equals("--apply"), java.util.Arrays.asList(args).subList(args[1].equals("--apply") ? 2 : 1, args.length));
            default -> throw new IllegalArgumentException("unknown convention " + args[0]);
        }
    }

    private static List<Path> paths(String[] args, int from) {
        List<Path> out = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            out.add(Path.of(args[i]));
        }
        return out;
    }

    /** The gold files of blind set {@code n} that exist (claims, kinds, and quantities when asked). */
    private static List<Path> blindFiles(String n, boolean withQuantities) {
        List<Path> out = new ArrayList<>();
        for (String kind : withQuantities ? List.of("claims", "kind-claims", "quantities") : List.of("claims", "kind-claims")) {
            Path f = GOLD.resolve("heldout-blind" + n + "-" + kind + ".tsv");
            if (Files.exists(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static Path[] blindTexts(String n) {
        return switch (n) {
            case "9" -> GoldStandard.BLIND9_TEXTS;
            case "10" -> GoldStandard.BLIND10_TEXTS;
            case "11" -> GoldStandard.BLIND11_TEXTS;
            case "12" -> GoldStandard.BLIND12_TEXTS;
            case "13" -> GoldStandard.BLIND13_TEXTS;
            case "14" -> GoldStandard.BLIND14_TEXTS;
            case "15" -> GoldStandard.BLIND15_TEXTS;
            case "16" -> GoldStandard.BLIND16_TEXTS;
            case "17" -> GoldStandard.BLIND17_TEXTS;
            case "18" -> GoldStandard.BLIND18_TEXTS;
            case "19" -> GoldStandard.BLIND19_TEXTS;
            case "20" -> GoldStandard.BLIND20_TEXTS;
            case "21" -> GoldStandard.BLIND21_TEXTS;
            case "22" -> GoldStandard.BLIND22_TEXTS;
            case "23" -> GoldStandard.BLIND23_TEXTS;
            case "24" -> GoldStandard.BLIND24_TEXTS;
            case "25" -> GoldStandard.BLIND25_TEXTS;
            case "26" -> GoldStandard.BLIND26_TEXTS;
            case "27" -> GoldStandard.BLIND27_TEXTS;
            case "28" -> GoldStandard.BLIND28_TEXTS;
            case "29" -> GoldStandard.BLIND29_TEXTS;
            case "30" -> GoldStandard.BLIND30_TEXTS;
            case "31" -> GoldStandard.BLIND31_TEXTS;
            case "32" -> GoldStandard.BLIND32_TEXTS;
            case "33" -> GoldStandard.BLIND33_TEXTS;
            case "34" -> GoldStandard.BLIND34_TEXTS;
            case "35" -> GoldStandard.BLIND35_TEXTS;
            case "36" -> GoldStandard.BLIND36_TEXTS;
            case "37" -> GoldStandard.BLIND37_TEXTS;
            case "38" -> GoldStandard.BLIND38_TEXTS;
            case "39" -> GoldStandard.BLIND39_TEXTS;
            case "40" -> GoldStandard.BLIND40_TEXTS;
            case "41" -> GoldStandard.BLIND41_TEXTS;
            case "42" -> GoldStandard.BLIND42_TEXTS;
            case "43" -> GoldStandard.BLIND43_TEXTS;
            case "44" -> GoldStandard.BLIND44_TEXTS;
            case "45" -> GoldStandard.BLIND45_TEXTS;
            default -> throw new IllegalArgumentException("no text list for blind set " + n);
        };
    }

    private static List<DocumentExtraction> extract(DocumentGraphBuilder builder, Path[] texts) throws Exception {
        List<DocumentExtraction> out = new ArrayList<>();
        for (Path t : texts) {
            out.addAll(builder.extract(t));
        }
        return out;
    }

    /** Rewrites the qualifier column (the 4th) of {@code file}: Cancer or a class under it becomes TumorCell. */
    static String tumourSource(Path file, Lexicon lexicon) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String cancer = ExoKg.NS + "Cancer";
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int rows = 0;
        int rewritten = 0;
        int duplicates = 0;
        boolean header = true;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank() || header) {
                header &= line.startsWith("#") || line.isBlank();
                out.add(line);
                continue;
            }
            rows++;
            String[] f = line.split("\t", -1);
            if (f.length > 3 && !f[3].equals("-") && lexicon.isA(ExoKg.NS + f[3], cancer)) {
                f[3] = "TumorCell";
                line = String.join("\t", f);
                rewritten++;
                if (!seen.add(key(f))) {
                    duplicates++; // the same claim was listed with TumorCell already
                    continue;
                }
            } else {
                seen.add(key(f));
            }
            out.add(line);
        }
        if (rewritten > 0) {
            note(out, "# Gold convention change (" + DATE + "): a cancer named as the vesicles' source is qualifier TumorCell, never"
                    + " Cancer; " + rewritten + " rows rewritten" + (duplicates > 0 ? " (" + duplicates + " then duplicates, dropped)" : "")
                    + " mechanically by org.exokg.claim.GoldConventions (counts only, rows not read).");
            Files.write(file, out, StandardCharsets.UTF_8);
        }
        return String.format(Locale.ROOT, "%d rows, %d qualifiers rewritten to TumorCell, %d duplicates dropped", rows, rewritten, duplicates);
    }

    /** Document, sentence substring, subject, qualifier, relation, object, polarity: what makes a gold row a claim. */
    private static String key(String[] f) {
        return String.join("\t", java.util.Arrays.copyOf(f, Math.min(f.length, 7)));
    }

    /** Puts a comment line right before the column header. */
    private static void note(List<String> lines, String comment) {
        int at = 0;
        while (at < lines.size() && (lines.get(at).startsWith("#") || lines.get(at).isBlank())) {
            at++;
        }
        lines.add(at, comment);
    }

    /** Drops the rows of {@code file} whose sentence lies in a Methods section of its document. */
    static String dropMethodsRows(Path file, List<DocumentExtraction> extractions) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> methods = new LinkedHashSet<>(methodsRows(file, extractions));
        List<String> out = new ArrayList<>(lines);
        int dropped = 0;
        for (String m : methods) {
            while (out.remove(m)) {
                dropped++;
            }
        }
        if (dropped > 0) {
            note(out, "# Gold convention change (" + DATE + "): a Methods sentence holds no gold claim; " + dropped
                    + " rows removed mechanically by org.exokg.claim.GoldConventions (counts only, rows not read).");
            Files.write(file, out, StandardCharsets.UTF_8);
        }
        return String.format(Locale.ROOT, "%d rows, %d in a Methods section removed", rows(lines), dropped);
    }

    private static int rows(List<String> lines) {
        return (int) lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).count() - 1;
    }

    /**
     * The rows (lines) of a gold file whose sentence lies in a Methods section: every sentence of its document that holds
     * the row's sentence substring is in one (a substring found in no sentence is left alone).
     */
    static List<String> methodsRows(Path gold, List<DocumentExtraction> extractions) throws IOException {
        Map<String, DocumentExtraction> byDoc = new LinkedHashMap<>();
        extractions.forEach(e -> byDoc.put(e.document().id(), e));
        List<String> out = new ArrayList<>();
        for (String[] f : GoldStandard.readRows(gold)) {
            DocumentExtraction e = byDoc.get(f[0]);
            if (e == null) {
                continue;
            }
            List<String> sections = e.sentences().stream().map(DocumentExtraction.DistinctSentence::first)
                    .filter(s -> s.text().contains(f[1])).map(s -> s.section()).toList();
            if (!sections.isEmpty() && sections.stream().allMatch(Section::isMethods)) {
                out.add(String.join("\t", f)); // the row's line: split keeps every field
            }
        }
        return out;
    }

    /**
     * The sentence shapes the 11th session's convention decisions speak of (lead, brief of the twelfth session): uptake
     * ("taken up by X" -> targets X + hasProperty CellularUptake), standardised handling without isolation named
     * (LackOfStandardisation), a plant named on the subject (qualifier kept, derivedFrom the most specific plant term),
     * bare or stateful "cells" as the source (derivedFrom Cell).
     */
    private static final Map<String, java.util.regex.Pattern> SHAPES = Map.of(
            // convention i (sixteenth session, branch goldconv4): molecules displayed on or attached to the vesicles are cargo
            "display", java.util.regex.Pattern.compile("(?i)label|\\bDi[RID]\\b|PKH|\\bdyes?\\b|fluoresc|display|peptide|aptamer|antibod|"
                    + "ligand|probe|tagged|coupled|conjugat|decorat|functionali[sz]|modified with|\\bRVG|iRGD|GE11|radio|SPION|iron oxide|"
                    + "gold nano|\\bCy[357]|\\bGFP|luciferase|imaging|contrast|tracer|biotin|folate|hyaluron|transferrin|galactos|mannos"),
            "uptake", java.util.regex.Pattern.compile("(?i)\\b(taken up|took \\w+ up|internali[sz]|uptake|engulf|captured by|phagocyto)"),
            "standardisation", java.util.regex.Pattern.compile("(?i)standardi[sz]|harmoni[sz]|reproducib"),
            "plant", java.util.regex.Pattern.compile("(?i)plant|ginger|garlic|grape|lemon|broccoli|ginseng|tomato|carrot|fruit|"
                    + "citrus|herb|leaf|leaves|root|rhizome|turmeric|apple|orange|strawberr|grapefruit|tea\\b|cabbage|edible"),
            "cells", java.util.regex.Pattern.compile("(?i)\\b(?:from|of|by|by the|secreted by|released by|derived from|producing|parent|donor|"
                    + "cultured|resistant|stressed|activated|senescent|dying|infected|apoptotic|hypoxic|treated|primed|their|these|"
                    + "the|source|recipient)\\s+cells\\b"));

    private static void candidates(String convention, List<String> only) throws Exception {
        java.util.regex.Pattern shape = SHAPES.get(convention);
        if (shape == null) {
            throw new IllegalArgumentException("unknown convention " + convention + "; have " + SHAPES.keySet());
        }
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        boolean display = convention.equals("display");
        for (HedgeReview.GoldSet set : display ? auditedSets() : HedgeReview.REVIEWED_SETS) {
            if (set.name().equals(display ? "blind 18" : "blind 14") || (!only.isEmpty() && !only.contains(set.name().replace(" ", "")))) {
                continue; // blind 14's gold was branch dev14's (twelfth session), blind 18's is dev18's (sixteenth)
            }
            List<DocumentExtraction> extractions = extract(builder, set.texts());
            List<String[]> rows = GoldStandard.readRows(GOLD.resolve(set.goldFile()));
            int sentences = 0;
            for (DocumentExtraction e : extractions) {
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    var sentence = ds.first();
                    if (Section.isMethods(sentence.section()) || !shape.matcher(sentence.text()).find()) {
                        continue;
                    }
                    sentences++;
                    System.out.println("== " + set.name() + " | " + e.document().id() + " | " + sentence.text());
                    for (String[] f : rows) {
                        if (f[0].equals(e.document().id()) && sentence.text().contains(f[1])) {
                            System.out.println("   G " + f[2] + (f[3].equals("-") ? "" : "[" + f[3] + "]")
                                    + (f[6].equals("negative") ? " NOT" : "") + " " + f[4] + " " + f[5]
                                    + (f[7].equals("true") ? " HEDGED" : "") + (f.length > 8 && !f[8].isBlank() ? "   # " + f[8] : ""));
                        }
                    }
                    for (Claim c : e.claims()) {
                        if (c.sentence().text().equals(sentence.text())) {
                            System.out.println("   X " + GoldStandard.local(c.subjectIri())
                                    + (c.qualifierIri() == null ? "" : "[" + GoldStandard.local(c.qualifierIri()) + "]")
                                    + (c.negated() ? " NOT" : "") + " " + c.relation().localName() + " "
                                    + GoldStandard.local(c.objectIri()) + (c.hedged() ? " HEDGED" : "") + "  {" + c.rule() + "}");
                        }
                    }
                }
            }
            System.out.println("#### " + set.name() + ": " + sentences + " sentences of shape " + convention);
        }
    }

    // ---- fifteenth session (branch goldconv3): the lead's conventions a)-e) ----

    /** "activate / stimulate / prime" followed, within a few words, by a word for cells (convention a). */
    static final java.util.regex.Pattern ACTIVATES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:activat(?:e|es|ed|ing)|stimulat(?:e|es|ed|ing)|prim(?:e|es|ed|ing))\\s+(?:\\S+\\s+){0,3}?\\S*(?:cells?|macrophages?|microglia|neutrophils?|lymphocytes?|monocytes?|platelets?)\\b");
    /** A participle before a vesicle word after a determiner: "the loaded exosomes", "these engineered EVs" (convention c). */
    static final java.util.regex.Pattern PARTICIPLE_ANAPHOR = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|these|those|such|both)\\s+(?:\\S+[-‐]\\s*)?\\w+(?:ed|en)\\s+(?:exosomes?|exos|EVs?|vesicles?|nanovesicles?|OMVs?|preparations?|particles?)\\b"
            + "|^(?:\\S+[-‐])?\\w+(?:ed|en)\\s+(?:exosomes?|exos|EVs?|vesicles?|nanovesicles?|OMVs?)\\b");
    /** A group word for bacteria ("gut bacteria", "commensals", "spirochaetes") names no bacterium (convention d). */
    static final java.util.regex.Pattern GENERIC_BACTERIUM = java.util.regex.Pattern.compile("(?i).*(?:bacteri|commensal|microbio|probiotic|spiroch|gram[-‐ ]).*");

    /** The words for outer membrane vesicles (convention mm): the class BacterialOuterMembraneVesicle needs one of them. */
    static final java.util.regex.Pattern OMV_WORD = java.util.regex.Pattern.compile("(?i)\\bOMVs?\\b|outer[-‐ ]membrane vesicle|\\bGMMA\\b|OMV[-‐]");
    /** "vesicles (released / shed) of / from / by the <bacterium>" or "<bacterium> (membrane) vesicles / EVs" around a mention. */
    private static final java.util.regex.Pattern VESICLES_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:vesicles|EVs)\\s+(?:(?:released|shed|secreted|produced)\\s+)?(?:of|from|by)\\s+(?:the\\s+|a\\s+)?(?:\\S+\\s+)?$");
    private static final java.util.regex.Pattern VESICLES_AFTER = java.util.regex.Pattern.compile(
            "(?i)^(?:\\s+\\S+)?\\s+(?:membrane\\s+)?(?:vesicles|EVs)\\b");

    /** Convention tt: "umbilical cord" (also plural, "cords") or a code name that spells it ("UC-MSC-EVs", "UC-sEVs", "UC-Exo"). */
    static final java.util.regex.Pattern UMBILICAL_CORD = java.util.regex.Pattern.compile(
            "(?i)umbilical[-‐ ]cords?\\b|\\bUC[-‐‑]?(?:MSCs?[-‐‑ ]?)?(?:s?EVs?|Exos?|sEV)\\b");
    /**
     * Umbilical cord tissue or blood named as one item of a list of sources ("from mesenchymal stem cells, umbilical cord
     * tissue, amniotic fluid or platelets", branch dev25): a source of its own (e), not umbilical cord MSCs, so not tt.
     */
    static final java.util.regex.Pattern COORDINATED_CORD = java.util.regex.Pattern.compile(
            "(?i)(?:,|\\bor|\\band)\\s+(?:the\\s+)?umbilical[-‐ ]cords?\\s+(?:tissue|blood)\\s*(?:,|\\bor\\b|\\band\\b)");
    /** Bacteria named by a group, not a species (convention ss): "Gram-negative bacteria", "commensal bacteria", "bacterial vesicles". */
    private static final java.util.regex.Pattern GROUP_BACTERIA = java.util.regex.Pattern.compile(
            "(?i)\\b(?:gram[-‐ ](?:negative|positive)|commensal|gut|intestinal|probiotic|pathogenic)\\s+(?:\\w+\\s+)?bacteri(?:a|um)\\b"
            + "|\\bbacteria of the\\b|\\bbacterial\\s+(?:(?:extracellular|membrane|outer[-‐ ]membrane)\\s+)?(?:vesicles?|EVs?|OMVs?|nanovesicles?)\\b");
    /** A determiner before the group makes it an anaphor of vesicles named earlier ("these bacterial vesicles"). */
    private static final java.util.regex.Pattern DETERMINED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|this|these|that|those|its|their)\\s+$");
    /** "vesicles of this kind / strain": an anaphor of a preparation named before (convention c), not a new, unnamed source. */
    private static final java.util.regex.Pattern ANAPHORIC_KIND = java.util.regex.Pattern.compile(
            "(?i)\\bof (?:this|that|the same) (?:kind|type|sort|bacterium|species|strain)\\b");
    /** A capitalised name other than a group word ("Fusobacterium nucleatum", "E. coli") names a bacterium. */
    private static final java.util.regex.Pattern SPECIES_NAME = java.util.regex.Pattern.compile(
            "\\b(?!Gram\\b|Bacteri|Commensal|Probiotic|Gut\\b)[A-Z][a-z]*");

    /**
     * Branch dev26: a bacterium named beside the group word in a way the lexicon does not read, so the row's qualifier
     * is ss's "code spelling the bacterium" or aa's item ("Bf-OMVs might offer an alternative to probiotic bacteria",
     * "Gram-positive bacteria such as Streptococcus pneumoniae release vesicles").
     */
    private static final java.util.regex.Pattern NAMED_BACTERIUM_BESIDE_GROUP = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Za-z]{0,3}-(?:OMVs?|MVs?|EVs?)\\b|\\b(?:such as|including)\\s+[A-Z][a-z]+\\s+[a-z]{4,}\\b");

    static boolean namesABacterium(String surface) {
        return !GENERIC_BACTERIUM.matcher(surface).matches() || SPECIES_NAME.matcher(surface).find();
    }

    static boolean undeterminedGroup(String sentence) {
        java.util.regex.Matcher m = GROUP_BACTERIA.matcher(sentence);
        while (m.find()) {
            if (!DETERMINED.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean vesicleWordOf(org.exokg.document.Sentence s, org.exokg.mention.Mention m) {
        String text = s.text();
        int start = Math.max(0, Math.min(text.length(), m.start() - s.start()));
        int end = Math.max(start, Math.min(text.length(), m.end() - s.start()));
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return VESICLES_BEFORE.matcher(before).find() || VESICLES_AFTER.matcher(after).find();
    }

    /** One finding of the audit: a gold row and why it may break a convention. */
    // conventions vv-bbb (twenty-second session, branch goldconv14; docs/gold-conventions.md)
    /** vv) words that name variation of a source's starting material (BatchVariability, not Heterogeneity). */
    static final java.util.regex.Pattern SOURCE_VARIATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:cultivars?|seasons?|seasonal|harvests?|donors?|breeds?|herds?|lactation|babies)\\b");
    /** yy) the vesicles' own verb suppressing T cells ("exosomes of MSCs suppress T cell activation"). */
    static final java.util.regex.Pattern VESICLES_SUPPRESS_T_CELLS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:exosomes|vesicles|evs|exos|sevs)(?:\\s+(?:of|from)\\s+(?:[a-z\\-‐]+\\s+){0,2}?[a-z\\-‐]+)?\\s+"
            + "(?:(?:may|might|could|can|also|thus|then|further|strongly|markedly)\\s+){0,2}(?:suppress|dampen|blunt|restrain)(?:es|s|ed|ing)?\\s+"
            // (branch dev27) up to three modifiers of the T cells ("autologous effector T cells", "effector T cell proliferation")
            + "(?:the\\s+)?(?:(?:activation|proliferation)\\s+of\\s+)?(?:(?:cd[48]\\S*|autologous|allogeneic|effector|responder|naive|naïve|activated|conventional)\\s+){0,3}t[\\s\\-‐]cells?\\b");
    /** yy) the molecule on the vesicles is the subject ("PD-L1 on these vesicles may suppress T cells"): left to the reader. */
    static final java.util.regex.Pattern ON_THE_VESICLES = java.util.regex.Pattern.compile(
            "(?i)\\bon\\s+(?:these|the|their|such)\\s+(?:vesicles|exosomes|evs)\\s+(?:may|might|could|can|also)");
    /** yy) suppression as a tumour's or a pathogen's escape is no use of the vesicles. */
    static final java.util.regex.Pattern TUMOUR_OR_PATHOGEN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:[a-z]+[\\-‐])?(?:tumou?rs?|cancers?|carcinomas?|melanomas?|gliomas?|infected|infections?|viral|virus(?:es)?|pathogens?)\\b");
    /** bbb) a harm denied as an outcome of dosing ("did not cause thrombosis", "without inflammation"). */
    static final java.util.regex.Pattern DENIED_HARM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:did|do|does)\\s+not\\s+(?:cause|provoke|induce|trigger)\\s+(?:any\\s+)?(?:[a-z]+\\s+)?(?:inflammation|thrombosis)\\b"
            + "|\\bwithout\\s+(?:causing\\s+)?(?:any\\s+)?(?:[a-z]+\\s+)?(?:inflammation|thrombosis)\\b");

    // ---- twenty-third session (branch goldconv15): conventions fff-ooo ----

    /** fff) vesicles coated with PEG: "PEGylated exosomes", "PEG-sEVs", "coating the vesicles with PEG". */
    static final java.util.regex.Pattern PEG_COATED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:pegylated|peg-coated|peg-)\\s*(?:exosomes?|vesicles?|evs?|sevs?)\\b"
            + "|\\bcoat\\w*\\s+(?:the\\s+)?(?:vesicles|exosomes|evs|them)\\s+with\\s+(?:peg|polyethylene\\s+glycol)\\b");
    /** fff) a sentence that also names the uncoated preparation (a comparison) is left to the reader. */
    static final java.util.regex.Pattern UNCOATED = java.util.regex.Pattern.compile("(?i)\\b(?:unmodified|uncoated|native)\\b");
    /** ggg) clearance by macrophages ("cleared within minutes by macrophages", "clearance by Kupffer cells"). */
    static final java.util.regex.Pattern CLEARED_BY_MACROPHAGES = java.util.regex.Pattern.compile(
            "(?i)\\bclear(?:ed|ance)\\b[^.;]{0,40}?\\bby\\s+(?:the\\s+)?(?:[a-z\\-]+\\s+){0,2}(?:macrophages|kupffer\\s+cells|phagocytes)\\b");
    /** ggg) uptake wording in the same sentence keeps the uptake convention's targets row. */
    static final java.util.regex.Pattern UPTAKE_WORDING = java.util.regex.Pattern.compile("(?i)\\btaken\\s+up\\b|\\binternali[sz]ed\\b|\\bengulfed\\b");
    /** hhh) clearance by or to the liver or spleen. */
    static final java.util.regex.Pattern CLEARED_BY_LIVER = java.util.regex.Pattern.compile(
            "(?i)\\bclear(?:ed|ance)\\b[^.;]{0,60}?\\b(?:liver|spleen)\\b");
    /** jjj) inflammation denied after dosing ("did not provoke intraocular inflammation", "no lung inflammation"). */
    static final java.util.regex.Pattern INFLAMMATION_DENIED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:did|do|does)\\s+not\\s+(?:provoke|cause|induce|trigger)\\s+(?:any\\s+)?(?:[a-z\\-]+\\s+){0,2}inflammation\\b"
            + "|\\bno\\s+(?:[a-z\\-]+\\s+){0,2}inflammation\\b|\\bwithout\\s+(?:[a-z\\-]+\\s+)?inflammation\\b");
    /** jjj) an immune word makes the denial an immune response (u), left as LowImmunogenicity. */
    static final java.util.regex.Pattern IMMUNE_WORD = java.util.regex.Pattern.compile(
            "(?i)immun|antibod|cytokine|interferon|macrophage|monocyte|\\bIg[EGAM]\\b|\\bt[\\s\\-]cells?\\b|complement");
    /** ooo) the vesicles shift, polarise or reprogramme macrophages. */
    static final java.util.regex.Pattern SHIFTS_MACROPHAGES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:shift|polari[sz]|repolari[sz]|reprogramm?|switch|skew)\\w*\\b[^.;]{0,60}?\\bmacrophages\\b"
            + "|\\bmacrophages\\b[^.;]{0,40}?\\b(?:shift|polari[sz])\\w*\\s+(?:towards?|to)\\b"
            + "|\\bmove\\w*\\s+(?:[a-z\\-]+\\s+)?macrophages\\s+towards?\\b");

    // ---- twenty-third session (branch goldconv16): conventions ppp-ttt ----

    /** ppp) a group immunised or vaccinated with the vesicles, then protected ("Immunised mice were protected"). */
    static final java.util.regex.Pattern IMMUNISED_PROTECTED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:immuni[sz]ed|vaccinated)\\b[^.;]{0,160}?\\b(?:protected|protection|survived|fewer|rejected)\\b");

    // ---- twenty-fourth session (branch goldconv17): conventions uuu, yyy, zzz ----

    /**
     * uuu) the vesicles' phrase names a strain or mutant without the species ("OMVs purified from strain 26695", "OMVs from
     * CagA-positive strains", "OMVs from a cagA deletion mutant"): no bacterium named (h), also after the text named it.
     */
    static final java.util.regex.Pattern STRAIN_ONLY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:OMVs?|outer[-‐ ]membrane vesicles|vesicles|EVs)\\s+(?:\\w+\\s+)?(?:from|of|released by|shed by)\\s+(?:an?\\s+|the\\s+)?"
            + "(?:[\\w‐-]+\\s+){0,3}?(?:strains?|mutants?)\\b");
    /**
     * A species named inside the strain phrase itself ("vesicles of a capsule-deficient Streptococcus pneumoniae strain",
     * "of a pneumococcal strain"): the phrase names its bacterium even when the lexicon lacks the name (lead, after dev26).
     */
    static final java.util.regex.Pattern SPECIES_IN_PHRASE = java.util.regex.Pattern.compile(
            "\\b[A-Z][a-z]+\\s+[a-z]{3,}\\b|\\b[A-Z]\\.\\s*[a-z]{3,}\\b|\\b\\w+(?:coccal|bacterial)\\b");
    /**
     * uuu) a strain phrase led by a comparison ("Compared with OMVs of the parent strain, the modified vesicles ...") is the
     * comparator, not the subject's phrase: the row's subject is the later anaphor, which follows mmm (branch dev28).
     */
    static final java.util.regex.Pattern COMPARATOR_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:compared (?:with|to)|unlike|than|versus|vs\\.?|as opposed to|in contrast to)\\s*$");
    /** The first vesicle word of a sentence (a code such as "dOMV-PA" counts), to tell the subject's phrase from a control's. */
    static final java.util.regex.Pattern FIRST_VESICLE_WORD = java.util.regex.Pattern.compile("(?i)OMV|vesic|exosom|\\bEVs?\\b");
    /** yyy) vesicles that transfer RNA, DNA, nucleic acids or genetic material ("transfer miR-27a" is caught by its carries row). */
    static final java.util.regex.Pattern TRANSFERS_NUCLEIC_ACID = java.util.regex.Pattern.compile(
            "(?i)\\btransfer(?:s|red|ring)?\\b([^.;:,]{0,60}?)\\b(?:RNAs?|microRNAs?|miRNAs?|mRNAs?|nucleic acids?|genetic|DNA|genes)\\b");
    /** zzz) products or preparations said to be contaminated. */
    static final java.util.regex.Pattern CONTAMINATED_PRODUCTS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:products?|preparations?|batches|lots|vials)\\s+(?:[\\w-]+\\s+){0,4}?(?:were|was|are|is|be|been)\\s+(?:\\w+\\s+)?contaminated\\b"
            + "|\\bcontaminated\\s+(?:\"?exosome\"?\\s+|vesicle\\s+|EV\\s+)?products\\b");

    // ---- twenty-fifth session (branch goldconv18): conventions cccc-mmmm ----
    /** Blood named as a word of its own (kkkk: then a Blood row is no finding). */
    static final java.util.regex.Pattern BLOOD_NAMED = java.util.regex.Pattern.compile("(?i)\\b(?:blood|plasma|serum)\\b");

    /** cccc) infections caused by or reported after the products, injections or infusions ("can cause infection"). */
    static final java.util.regex.Pattern PRODUCT_WORD = java.util.regex.Pattern.compile("(?i)\\b(?:products?|injections?|injecting|infusions?)\\b");
    static final java.util.regex.Pattern CAUSED_INFECTIONS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:cause[sd]?|caused)\\s+(?:[\\w-]+\\s+){0,3}?infections?\\b"
            + "|\\binfections?\\s+(?:\\w+\\s+){0,2}?(?:after|following)\\s+(?:\\w+\\s+){0,2}?(?:injections?|infusions?|treatment)\\b");
    /** A denied harm ("did not cause infection", "caused no ... infection", "too small to ... cause infection"). */
    static final java.util.regex.Pattern NO_INFECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|no|never|without|to)\\s+(?:[\\w,-]+\\s+){0,3}?(?:cause|infection)");
    /**
     * dddd) a product's status only: not (yet) approved, licensed, authorised, registered or accredited; RegulatoryUncertainty
     * needs the rules themselves unclear, undefined, evolving or absent (UNSETTLED_RULES).
     */
    static final java.util.regex.Pattern STATUS_ONLY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|never|no|none)\\b[^.;]{0,60}?\\b(?:approved|licen[sc]ed|authori[sz]ed|registered|accredited)\\b|\\bunapproved\\b|\\bunlicen[sc]ed\\b");
    static final java.util.regex.Pattern UNSETTLED_RULES = java.util.regex.Pattern.compile(
            "(?i)regulat|uncertain|unclear|undefined|not defined|evolving|murky|classif|rules?\\b|framework|law\\b|path\\b");
    /** ffff) a general argument that vesicles cannot form or grow into tumours. */
    static final java.util.regex.Pattern CANNOT_FORM_TUMOURS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:cannot|can ?not|do not|does not|unable to)\\s+(?:\\w+\\s+)?(?:grow into|form|give rise to|develop into)\\s+(?:\\w+\\s+)?(?:tumou?rs?|teratomas?)\\b");
    /** gggg) "attractive as / for / candidates / an attractive carrier": an evaluative hedge, as "promising" (f). */
    static final java.util.regex.Pattern ATTRACTIVE_USE = java.util.regex.Pattern.compile(
            "(?i)\\battractive\\s+(?:\\w+\\s+){0,2}?(?:as|for|candidates?|carriers?|vehicles?|platforms?|biomarkers?|markers?|tools?)\\b");
    /** iiii) "lung injury" and "acute lung injury" (or ALI). */
    static final java.util.regex.Pattern LUNG_INJURY = java.util.regex.Pattern.compile("(?i)\\blung injur(?:y|ies)\\b");
    static final java.util.regex.Pattern ACUTE_LUNG_INJURY = java.util.regex.Pattern.compile("(?i)\\bacute lung injur(?:y|ies)\\b|\\bALI\\b");
    /**
     * jjjj) a product field line: "Product: CODE, vesicles from SOURCE" (also "Product name:", "Product inspected:"); the
     * reader may leave the field label out of the sentence or join the line to the field lines around it, so the line is
     * recognised by the label or the sentence's start, the code and its apposition.
     */
    static final java.util.regex.Pattern PRODUCT_FIELD_LINE = java.util.regex.Pattern.compile(
            "(?:^|\\b(?:Product|Investigational product|Test article)(?: \\w+)?:\\s+)[A-Z][\\w‐-]*\\d[\\w‐-]*,\\s+(?:[\\w‐-]+\\s+){0,3}?"
            + "(?:vesicles|exosomes|EVs|sEVs|nanovesicles)\\s+(?:purified |isolated |derived )?from\\b");
    /** kkkk) "circulating vesicles" bare (sss: Blood) and "circulating <source> vesicles" (the source only, no Blood row). */
    static final java.util.regex.Pattern CIRCULATING_BARE = java.util.regex.Pattern.compile(
            "(?i)\\bcirculating\\s+(?:small\\s+|extracellular\\s+){0,2}(?:EVs?|vesicles|exosomes|microvesicles)\\b");
    /**
     * (goldconv23) the source may be one to three words ("circulating red cell vesicles", "circulating beta-cell EVs"), none of
     * them a size or kind word of a bare "circulating vesicles" ("circulating small extracellular vesicles"), a vesicle noun or a
     * function word ("circulating EVs and urinary exosomes", "circulating levels of EVs").
     */
    static final java.util.regex.Pattern CIRCULATING_SOURCED = java.util.regex.Pattern.compile(
            "(?i)\\bcirculating\\s+(?:(?!(?:extracellular|small|large|medium|total|intact|membrane|EVs?|vesicles|exosomes|microvesicles|and|or|of|in|the|from|with)\\b)[\\w‐-]+\\s+){1,3}"
            + "(?:EVs?|vesicles|exosomes|microvesicles)\\b");

    // ---- twenty-seventh session (branch goldconv23): conventions jjjjj-lllll ----
    /** jjjjj) a line that is a bibliography entry ("... and skin inflammation (2019).") or a labelled heading or title. */
    static final java.util.regex.Pattern TITLE_LINE = java.util.regex.Pattern.compile(
            "\\((?:19|20)\\d\\d[a-z]?\\)\\.?$|^(?:Title|Contested patent|Project \\d+|Item \\d+|Section|Chapter \\d+)\\b[^.!?]*\\.?$");
    /** jjjjj) the label of such a line, left out before the finite-verb test. */
    static final java.util.regex.Pattern TITLE_LABEL = java.util.regex.Pattern.compile(
            "^(?:Title|Contested patent|Project \\d+|Item \\d+|Section|Chapter \\d+)[^:]*:\\s*");
    /** kkkkk) a direct yes/no question, after an optional label ("Comment 1.3:", "Question from the audience:"). */
    static final java.util.regex.Pattern YES_NO_QUESTION = java.util.regex.Pattern.compile(
            "^(?:[^:?]{0,40}:\\s*)?(?:Do|Does|Did|Is|Are|Was|Were|Can|Could|Will|Would|Should|May|Might|Has|Have)\\b[^?]*\\?$");
    /** kkkkk) a hedge noun that hedges the clause a question embeds ("the hypothesis that", "the claim that"). */
    static final java.util.regex.Pattern EMBEDDED_HEDGE_NOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:hypothesis|claim|idea|notion|suggestion|assumption) that\\b");
    /** lllll) a named marker vesicles are captured or enriched with ("immunocapture of the neuronal marker L1CAM"). */
    static final java.util.regex.Pattern CAPTURE_MARKER = java.util.regex.Pattern.compile(
            "(?:immunocapture|immunoaffinity capture|captured|capture|enriched)\\s+(?:of|with|by|on)\\s+(?:[\\w-]+\\s+){0,5}?"
            + "(?:anti-)?([A-Z][A-Z0-9]{2,})\\b");

    // ---- twenty-fifth session (branch goldconv19): conventions nnnn-qqqq ----
    /**
     * nnnn) a patent's claim in the patent sense: the claims themselves ("Claim 3 recites", "the composition of claim 1"),
     * "the invention provides / relates to", and patents or applicants that claim a product, loading or use ("families
     * claim loading by transfection", "is claimed in 21% of families", "Assignee B claims red cell EVs for ..."); never a
     * reported assertion ("claims that", "claimed to", "the claim that"), which is ii.
     */
    static final java.util.regex.Pattern PATENT_CLAIM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:claims?\\s+\\d+|of claim \\d|any preceding claim|the (?:present )?invention (?:provides|relates|is based)"
            + "|(?:patents?|famil(?:y|ies)|assignees?(?:\\s+[A-Z])?|applicants?|applications?|company)\\b[^.;]{0,40}?\\bclaim(?:s|ed)?\\b"
            + "|\\bclaimed (?:in|for|mainly|by)\\b|\\bbroadest claim\\b)");
    static final java.util.regex.Pattern REPORTED_CLAIM = java.util.regex.Pattern.compile("(?i)\\bclaim(?:s|ed)?\\s+(?:that|to)\\b|\\bthe claim that\\b");
    /** A hedge or a doubt of the writer's own in the sentence (f, ii): then a hedged row on a patent's claim is no finding. */
    static final java.util.regex.Pattern HEDGE_OR_DOUBT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|would|believe[sd]?|contemplated|expected|suggests?|possibl[ye]|probabl[ye]|likely|unlikely"
            + "|whether|if|thought|proposed|potential|unsupported|not supported|not shown|does not show|yet no|no \\w+ (?:study|data|evidence))\\b");
    /**
     * pppp) "tiny" said of the vesicles: "tiny <noun> called <vesicles>", "<vesicles> are tiny <noun>", "tiny vesicles";
     * not "tiny bubbles into your blood" before the vesicles are named, nor "a tiny fraction", "tiny volumes".
     */
    static final java.util.regex.Pattern TINY_VESICLES = java.util.regex.Pattern.compile(
            "(?i)\\btiny\\s+(?:packages|parcels|particles|bubbles|sacs|messengers)\\s*,?\\s+called\\s+(?:small\\s+)?(?:extracellular\\s+vesicles|exosomes|EVs|vesicles)\\b"
            + "|\\b(?:exosomes|extracellular\\s+vesicles|EVs|vesicles)\\s+are\\s+(?:\\w+\\s+)?tiny\\b|\\btiny\\s+(?:extracellular\\s+)?vesicles\\b");

    // ---- twenty-fifth session (branch goldconv20): conventions rrrr-yyyy ----
    /**
     * ssss) "a carrier / vehicle for or of <a cargo word>" ("a carrier for oral chemotherapy", "oral carriers for peptide
     * drugs", "a vehicle for other antirheumatic drugs"): a carries row beside the usedFor row, with its hedge. Bare "drugs"
     * or "cargo" names no cargo of its own and is not matched.
     */
    static final java.util.regex.Pattern CARRIER_FOR_CARGO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:carriers?|vehicles?)\\s+(?:for|of)\\s+(?:(?:other|oral|intraperitoneal|inhaled|topical|intravenous)\\s+)*"
            + "(?:chemotherap\\w*|anti-?cancer\\s+drugs?|antibiotics?|glucocorticoids?|insulin|siRNAs?|mRNAs?|microRNAs?|miRNAs?"
            + "|(?:peptide|protein|antisense|oligonucleotide|antirheumatic|anti-inflammatory|antifungal|antiviral)\\s+drugs?)\\b");
    /** tttt) "tropism" said of the vesicles (natural, tissue, liver tropism; "their tropism for"): hasProperty TargetingAbility. */
    static final java.util.regex.Pattern TROPISM = java.util.regex.Pattern.compile("(?i)\\btropism\\b");

    // ---- twenty-sixth session (branch goldconv21): conventions zzzz-bbbbb ----
    /**
     * aaaaa) An open question or stated gap about the vesicles ("has not been studied / tested / examined", "is unknown",
     * "it is not known whether", "remains unclear / to be shown"): its content as a hedged claim when it has a class, else
     * hasChallenge LackOfCharacterisation; a gap a more specific challenge names keeps that challenge.
     */
    static final java.util.regex.Pattern OPEN_QUESTION = java.util.regex.Pattern.compile(
            "(?i)\\bha(?:s|ve) not (?:yet )?been (?:studied|tested|examined|investigated|evaluated|explored|characteri[sz]ed|measured|compared)\\b"
            + "|\\bremains? (?:unclear|unknown|to be (?:determined|shown|tested|seen|established))\\b"
            + "|\\b(?:is|are) (?:still |largely )?(?:unknown|not (?:yet )?known)\\b|\\bit is not (?:yet )?known\\b|\\blittle is known\\b");
    /** aaaaa) Challenges that name a gap more specifically than LackOfCharacterisation. */
    static final Set<String> GAP_CHALLENGES = Set.of("LackOfCharacterisation", "RegulatoryUncertainty", "LackOfPotencyAssay",
            "SafetyConcern", "FewInVivoStudies", "FewClinicalTrials", "TumorPromotion", "UnwantedEndogenousCargo", "LowTargetingEfficiency",
            "LackOfStandardisation", "LackOfStandardisedIsolation", "BatchVariability",
            // dev30: loading methods never compared ("have not been compared in one vesicle type") name this gap
            "LackOfDefinedLoadingMethod");
    /** bbbbb) A preparation said to keep or retain its therapeutic effect: usedFor Therapy (either polarity). */
    static final java.util.regex.Pattern KEEPS_THERAPEUTIC_EFFECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:keeps?|kept|retain(?:s|ed)?|preserve[sd]?|maintain(?:s|ed)?|lose|loses|lost)\\s+(?:their|its|the)\\s+therapeutic\\s+(?:effects?|activity|potency|efficacy)\\b");

    // ---- twenty-seventh session (branch goldconv24): conventions nnnnn-ooooo ----
    /**
     * nnnnn) A generic word or measure of the text's disease ("arthritis score(s)", "arthritic mice / paws / joints",
     * clinical scores in experimental autoimmune encephalomyelitis) is the class of the one disease or model the text
     * names: the arthritis models the lexicon files under RheumatoidArthritis, EAE MultipleSclerosis.
     */
    static final java.util.regex.Pattern GENERIC_ARTHRITIS_MEASURE = java.util.regex.Pattern.compile(
            "(?i)\\barthritis\\s+scores?\\b|\\barthritic\\s+(?:mice|rats|animals|paws?|joints?|knees?|ankles?)\\b");
    /** nnnnn) The rheumatoid arthritis models (and the disease) a text may name: the generic arthritis words then are that class. */
    static final java.util.regex.Pattern RA_MODEL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:collagen-induced|collagen\\u2010induced|adjuvant-induced|serum-transfer|rheumatoid)\\s+arthritis\\b");
    /**
     * ooooo) Activity or potency kept or lost through storage (a temperature, freezing, thawing, lyophilisation, storage,
     * shelf life): Stability / StorageStability, never usedFor Therapy (bbbbb is the therapeutic effect kept after a
     * modification; "therapeutic" named, bbbbb applies).
     */
    static final java.util.regex.Pattern STORAGE_ACTIVITY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:keeps?|kept|retain(?:s|ed)?|lose|loses|lost|losing)\\s+(?:(?:their|its|the|some|most|half|much)\\s+(?:of\\s+(?:their|its|the)\\s+)?)?"
            + "(?:[a-z-]+\\s+)?(?:activity|potency)\\b");
    static final java.util.regex.Pattern STORAGE_WORD = java.util.regex.Pattern.compile(
            "(?i)\u00b0\\s?C|\\broom temperature\\b|\\bfr[eo]e?z|\\bthaw|\\blyophili[sz]|\\bfreeze-dried\\b|\\bstor(?:ed|age|ing)\\b|\\bshelf\\b|\\bafter thawing\\b|\\bwithin \\d+ (?:hours|days|weeks)\\b");

    // ---- twenty-eighth session (branch goldconv25): conventions ppppp-rrrrr ----
    /**
     * ppppp) A chemically induced colitis model named in the text (dextran sulphate sodium, DSS, TNBS, oxazolone): the
     * model's words and measures are InflammatoryDisease (y, nnnnn), also where the title calls the model ulcerative
     * colitis; UlcerativeColitis only in a sentence that says "ulcerative colitis".
     */
    static final java.util.regex.Pattern CHEMICAL_COLITIS_MODEL = java.util.regex.Pattern.compile(
            "(?i)\\bdextran\\s+sul(?:ph|f)ate\\b|\\bDSS\\b|\\bTNBS\\b|\\btrinitrobenzene\\s+sulfonic\\b|\\boxazolone\\b");
    static final java.util.regex.Pattern ULCERATIVE_COLITIS = java.util.regex.Pattern.compile("(?i)\\bulcerative\\s+colitis\\b");
    /** qqqqq) a wh-question, after an optional label ("Comment 2.2:", "Question to the second presenter:") or a dash. */
    static final java.util.regex.Pattern WH_QUESTION = java.util.regex.Pattern.compile(
            "^(?:[^:?]{0,40}:\\s*)?(?:[-\u2013\u2022]\\s*)?(?:How|Which|What|Why|Where|When|Who|Whose|Whom)\\b[^?]*\\?$");

    // ---- twenty-eighth session (branch goldconv27): convention ttttt ----
    /** Antibodies raised, induced or elicited (a verb of raising before an antibody word, with no denial between). */
    static final java.util.regex.Pattern ANTIBODIES_RAISED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:raised|rais(?:e|es|ing)|induced?|induc(?:es|ing)|elicit(?:ed|s|ing)?|provok(?:ed|es|ing)|developed|produced|made)\\s+"
            + "(?!no\\b|any\\b)(?:[\\w-]+\\s+){0,5}?(?:antibod(?:y|ies)|Ig[GAME]\\d?|titres?|titers?)\\b");
    static final java.util.regex.Pattern ANTIBODY_DENIAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:no|not|never|neither|nor|without)\\b[^.;]{0,40}\\b(?:raised|rais(?:e|es)|induced?|elicit(?:ed|s)?|provok(?:ed|es)|developed|produced|made|antibod)");

    // ---- twenty-ninth session (branch goldconv28): convention uuuuu ----
    /** Immunity or an immune response induced, elicited, triggered, provoked, evoked or raised (a verb before the noun). */
    static final java.util.regex.Pattern IMMUNITY_INDUCED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:induc(?:e|ed|es|ing)|elicit(?:ed|s|ing)?|trigger(?:ed|s|ing)?|provok(?:e|ed|es|ing)|evok(?:e|ed|es|ing)|rais(?:e|ed|es|ing))\\s+"
            + "(?!no\\b|any\\b)(?:[\\w-]+\\s+){0,4}?(?:immunity|immune\\s+respons(?:e|es))\\b");
    /** An anti-tumour immune response is stimulation (Immunocompetence's own synonym), not immunogenicity. */
    static final java.util.regex.Pattern ANTI_TUMOUR_IMMUNE = java.util.regex.Pattern.compile("(?i)\\banti-?tumou?r\\s+immun");
    static final java.util.regex.Pattern IMMUNITY_DENIAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:no|not|never|neither|nor|without)\\b[^.;]{0,40}\\b(?:induc|elicit|trigger|provok|evok|rais)");

    // ---- thirtieth session (branch goldconv29): conventions vvvvv-yyyyy ----
    /**
     * vvvvv) The vesicles' safety stated unknown, unestablished, untested or conditional with no harm named ("long-term
     * safety ... has not been studied", "Safety cannot be assumed", "their safety depends on where they come from"): a gap
     * the more specific challenge names (aaaaa), hasChallenge SafetyConcern.
     */
    static final java.util.regex.Pattern SAFETY_GAP = java.util.regex.Pattern.compile(
            "(?i)\\bsafety\\b[^.;]{0,80}?\\b(?:is|are|remains?|was|were)\\s+(?:still\\s+|largely\\s+)?(?:unknown|uncertain|unclear|unproven|preliminary)\\b"
            + "|\\bsafety\\b[^.;]{0,80}?\\bremains?\\s+to\\s+be\\s+(?:shown|tested|established|determined|proven)\\b"
            + "|\\bsafety\\b[^.;]{0,80}?\\b(?:has|have|had)\\s+not\\s+(?:yet\\s+)?been\\s+(?:studied|tested|examined|established|shown|assessed)\\b"
            + "|\\bsafety\\s+was\\s+(?:rarely|never|not)\\s+(?:[a-z]+\\s+)?(?:examined|studied|tested|assessed)\\b"
            + "|\\bsafety\\s+(?:data\\s+)?(?:[a-z]+\\s+){0,3}(?:are|is)\\s+lacking\\b|\\black\\s+of\\s+(?:long-term\\s+)?safety\\s+data\\b"
            + "|\\bsafety\\s+cannot\\s+be\\s+assumed\\b|\\bsafety\\s+must\\s+be\\s+tested\\b|\\bsafety\\s+depends\\s+on\\b"
            + "|\\bnot\\s+(?:been\\s+)?(?:tested|assessed|evaluated|studied)\\s+for\\s+(?:the\\s+)?safety\\b"
            + "|\\bnot(?:,\\s+however,)?\\s+(?:yet\\s+)?establish\\s+the\\s+safety\\b|\\bsafety\\s+data\\s+(?:(?:were|was|are|is)\\s+)?preliminary\\b");
    /** vvvvv) the safety of the text's vesicles without a vesicle word ("their safety", "long-term safety", "safety data"). */
    static final java.util.regex.Pattern SAFETY_OF_THEM = java.util.regex.Pattern.compile("(?i)\\b(?:their|its|long-term)\\s+safety\\b|\\bsafety\\s+data\\b");
    /** wwwww) a means phrase naming a cargo ("through their microRNA cargo", "via proteins"). */
    static final java.util.regex.Pattern MEANS_CARGO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:through|via)\\s+(?:(?:their|its|the)\\s+)?(?:own\\s+)?(?:[a-z-]+\\s+)?(micro ?RNAs?|miRNAs?|protein\\s+cargo|proteins?|RNAs?|lipids?)\\b");
    /** wwwww) a hedge cue or an open question's "whether" earlier in the same clause as the means phrase. */
    static final java.util.regex.Pattern HEDGE_BEFORE_MEANS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|possibly|perhaps|whether|suggests?|suggested|likely|appears?|seems?)\\b[^.;:]*$");
    /**
     * xxxxx) adjuvant named as the vesicles' own property ("act as their own adjuvant", "are strong adjuvants", "a built-in
     * adjuvant", "a natural package of antigen and adjuvant"): hasProperty Immunocompetence (a, ttttt).
     */
    static final java.util.regex.Pattern ADJUVANT_NAMED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:act|acts|acted|acting|work|works|serve|serves)\\s+as\\s+(?:(?!of\\b|with\\b)[\\w-]+\\s+){0,6}?adjuvants?\\b"
            + "|\\b(?:are|is|be|were|was)\\s+(?:(?!of\\b|not\\b|no\\b|with\\b|given\\b|mixed\\b)[\\w,-]+\\s+){0,4}?adjuvants?\\b"
            + "|\\b(?:built-in|intrinsic|own|natural)\\s+adjuvant|\\bself-adjuvant|\\bpackage\\s+of\\s+antigen\\s+and\\s+adjuvant\\b");
    /**
     * yyyyy) an invertebrate host named with its secretion or body fluid ("tick saliva", "the coelomic fluid of the
     * earthworm", "snail mucin"): the fluid is the source, as a vertebrate's milk or saliva; no derivedFrom Organism.
     */
    static final java.util.regex.Pattern INVERTEBRATE_FLUID = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ticks?|earthworms?|worms?|snails?|insects?|mosquito(?:es)?|bees?|annelids?|molluscs?)['\u2019]?s?\\s+(?:salivary|saliva|coelomic\\s+fluid|mucin|mucus|slime|secretions?|ha?emolymph)\\b"
            + "|\\b(?:saliva|salivary\\s+\\w+|coelomic\\s+fluid|mucin|mucus|slime|ha?emolymph)\\s+of\\s+(?:the\\s+|an?\\s+)?(?:[a-z]+\\s+)?(?:ticks?|earthworms?|worms?|snails?|insects?|mosquito(?:es)?|bees?|annelids?)\\b");

    // ---- twenty-eighth session (branch goldconv26): convention sssss ----
    /** sssss) "<words> has / have no class" in a gold row's note; the words end at "has" / "have". */
    static final java.util.regex.Pattern NO_CLASS_NOTE = java.util.regex.Pattern.compile(
            "([A-Za-z\u00C0-\u024F'\u2010-][A-Za-z0-9\u00C0-\u024F'\u2010 ,-]*?)\\s+(?:has|have)\\s+no\\s+class\\b");

    /**
     * sssss) A note saying a disease "has no class" is stale once the lexicon files the words under a Disease class: the
     * diseases it names that the lexicon knows now (label, synonym, or the words' last one to three words, as "Duchenne
     * muscular dystrophy" ends in "muscular dystrophy"), as "words -> Class"; empty when none or when the note was
     * re-read (it names sssss).
     */
    static List<String> staleNoClassDiseases(String note, Lexicon lexicon) {
        List<String> out = new ArrayList<>();
        if (note == null || note.contains("sssss")) {
            return out;
        }
        java.util.regex.Matcher m = NO_CLASS_NOTE.matcher(note);
        while (m.find()) {
            for (String item : m.group(1).split(",|\\band\\b|;")) {
                String[] words = item.strip().split("\\s+");
                for (int n = Math.min(3, words.length); n >= 1; n--) {
                    String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
                    String key = org.exokg.mention.TermKeys.labelKey(phrase);
                    List<Lexicon.Entry> entries = key == null ? List.of() : lexicon.entries(key);
                    if (!entries.isEmpty() && (entries.get(0).term().iri().equals(ExoKg.NS + "Disease")
                            || lexicon.isA(entries.get(0).term().iri(), ExoKg.NS + "Disease"))) {
                        out.add(phrase + " -> " + entries.get(0).term().iri().substring(ExoKg.NS.length()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    // ---- twenty-sixth session (branch goldconv22): conventions ccccc-hhhhh ----
    /** eeeee) Named Wnt ligands ("Wnt3a", "Wnt10b", "Wnt proteins") the vesicles carry are SignalingProtein. */
    static final java.util.regex.Pattern WNT_LIGAND = java.util.regex.Pattern.compile(
            "\\bWnt(?:\\d+[a-z]?|\\s+(?:proteins?|ligands?))\\b");
    /** ggggg) "(most of them) are microvesicles / ectosomes that bud from the <cell> membrane / surface". */
    static final java.util.regex.Pattern ARE_MICROVESICLES_THAT_BUD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:are|is)\\s+(?:mostly\\s+|mainly\\s+|largely\\s+)?(?:larger\\s+)?(?:microvesicles|ectosomes)\\s+that\\s+(?:bud|pinch\\s+off)\\b");

    record Finding(String set, String convention, String document, String sentence, String row, String why) {}

    /** The development golds (blind 17 since its conventions were applied by dev17); never a sealed set. */
    static List<HedgeReview.GoldSet> auditedSets() {
        return RecallReview.developmentSets();
    }

    private static void audit(List<String> only) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (HedgeReview.GoldSet set : auditedSets()) {
            if (!only.isEmpty() && !only.contains("all") && !only.contains(set.name().replace(" ", ""))) {
                continue;
            }
            List<DocumentExtraction> extractions = extract(builder, set.texts());
            List<String[]> rows = GoldStandard.readRows(GOLD.resolve(set.goldFile()));
            for (Finding f : findings(set.name(), rows, extractions, lexicon)) {
                counts.merge(f.set() + " " + f.convention(), 1, Integer::sum);
                System.out.println(f.set() + " | " + f.convention() + " | " + f.document() + " | " + f.why() + " | " + f.row()
                        + "\n      S: " + f.sentence());
            }
        }
        System.out.println("#### " + counts);
    }

    private static String show(String[] f) {
        return f[2] + (f[3].equals("-") ? "" : "[" + f[3] + "]") + (f[6].equals("negative") ? " NOT" : "") + " " + f[4] + " " + f[5]
                + "  <" + f[1] + ">";
    }

    /** The sentence of the document a gold row names (its substring), or null. */
    private static org.exokg.document.Sentence sentenceOf(DocumentExtraction e, String[] row) {
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            if (ds.first().text().contains(row[1])) {
                return ds.first();
            }
        }
        return null;
    }

    private static List<org.exokg.mention.Mention> sourcesIn(DocumentExtraction e, org.exokg.document.Sentence s) {
        return e.mentions().stream().filter(m -> m.is(org.exokg.mention.MentionType.SOURCE) && m.start() >= s.start() && m.end() <= s.end()).toList();
    }

    private static boolean related(Lexicon lexicon, String iri, String other) {
        return iri.equals(other) || lexicon.isA(iri, other) || lexicon.isA(other, iri);
    }

    /**
     * The rows that may break a convention, mechanically: d) an OMV row's qualifier against the bacteria the sentence
     * names; b) a derivedFrom row whose sentence names no source of its object; a) a sentence where vesicles activate
     * cells with rows but no targets row; c) a participle anaphor left unqualified while the gold qualifies rows of the same
     * subject in the sentences around; anaphor) any unqualified non-derivedFrom row between two rows of the same subject
     * and qualifier when its sentence names no source; e?) two or more derivedFrom rows of one subject in a sentence whose
     * other rows of that subject are not qualified by each source (right when they are read from an anaphor of the
     * coordination); sibling) rows of one subject in a sentence naming no source, some qualified and some not. Only d)
     * and sibling are checked by a test ({@code GoldConventionsCheckTest}); the others list candidates for a reader.
     */
    static List<Finding> findings(String set, List<String[]> rows, List<DocumentExtraction> extractions, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        String bacterium = ExoKg.NS + "Bacterium";
        for (DocumentExtraction e : extractions) {
            String doc = e.document().id();
            List<String[]> mine = new ArrayList<>(rows.stream().filter(r -> r[0].equals(doc)).toList());
            Map<String[], org.exokg.document.Sentence> at = new java.util.IdentityHashMap<>();
            for (String[] r : mine) {
                org.exokg.document.Sentence s = sentenceOf(e, r);
                if (s != null) {
                    at.put(r, s);
                }
            }
            mine.removeIf(r -> !at.containsKey(r));
            mine.sort(java.util.Comparator.comparingInt(r -> at.get(r).start()));
            for (int i = 0; i < mine.size(); i++) {
                String[] r = mine.get(i);
                org.exokg.document.Sentence s = at.get(r);
                List<org.exokg.mention.Mention> sources = sourcesIn(e, s);
                boolean derived = r[4].equals("derivedFrom");
                // d) OMVs of a named bacterium
                if (r[2].equals("BacterialOuterMembraneVesicle") && !derived) {
                    // an adjective of a bacterium ("licensed meningococcal vaccines", since branch sourcelexicon) names what a
                    // vaccine is against, not the vesicles' source
                    boolean named = sources.stream().anyMatch(m -> lexicon.isA(m.iri(), bacterium) && !GENERIC_BACTERIUM.matcher(m.surface()).matches()
                            && !m.surface().matches("(?i).*(?:coccal|bacterial)"));
                    if (named && r[3].equals("-")) {
                        out.add(new Finding(set, "d", doc, s.text(), show(r), "bacterium named, row unqualified"));
                    } else if (!named && !r[3].equals("-") && lexicon.isA(ExoKg.NS + r[3], bacterium)) {
                        out.add(new Finding(set, "d", doc, s.text(), show(r), "no bacterium named in the sentence, row qualified"));
                    }
                }
                // mm) (twentieth session, goldconv12) vesicles of a named bacterium take the vesicle word the text uses: a sentence
                // that says "vesicles / EVs of <bacterium>" and no OMV word files them as ExtracellularVesicle
                if (r[2].equals("BacterialOuterMembraneVesicle") && !OMV_WORD.matcher(s.text()).find()
                        && sources.stream().anyMatch(m -> lexicon.isA(m.iri(), bacterium) && !GENERIC_BACTERIUM.matcher(m.surface()).matches()
                                && vesicleWordOf(s, m))) {
                    out.add(new Finding(set, "mm", doc, s.text(), show(r), "vesicles of a named bacterium, no OMV word, row BacterialOuterMembraneVesicle"));
                }
                // ss) (twenty-first session, goldconv13) vesicles of UNNAMED bacteria are unqualified: a row qualified by a bacterium
                // whose sentence names its bacteria only by a group ("Gram-negative bacteria", "gut bacteria", "bacterial vesicles"),
                // unless a determiner makes the group an anaphor ("these bacterial vesicles") or "of this kind" points back
                if (!r[3].equals("-") && related(lexicon, ExoKg.NS + r[3], bacterium) && !ANAPHORIC_KIND.matcher(s.text()).find()
                        && sources.stream().noneMatch(m -> lexicon.isA(m.iri(), bacterium) && namesABacterium(m.surface()))
                        && undeterminedGroup(s.text()) && !NAMED_BACTERIUM_BESIDE_GROUP.matcher(s.text()).find()) {
                    out.add(new Finding(set, "ss", doc, s.text(), show(r), "bacteria named only by a group word, row qualified " + r[3]));
                }
                // tt) (twenty-first session, goldconv13) "umbilical cord MSC exosomes" (or a code spelling it, "UC-MSC-EVs"): besides
                // derivedFrom MesenchymalStemCell, a derivedFrom UmbilicalCord row of the same subject with the subject's qualifier
                if (derived && r[5].equals("MesenchymalStemCell")
                        && UMBILICAL_CORD.matcher(COORDINATED_CORD.matcher(s.text()).replaceAll(" ")).find()) {
                    boolean listed = mine.stream().anyMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[4].equals("derivedFrom")
                            && x[5].equals("UmbilicalCord") && x[3].equals("MesenchymalStemCell"));
                    if (!listed) {
                        out.add(new Finding(set, "tt", doc, s.text(), show(r), "umbilical cord named on MSC vesicles, no derivedFrom UmbilicalCord qualified MesenchymalStemCell"));
                    }
                }
                // vv) (goldconv14) variation of the starting material between cultivars, seasons, harvests, donors, animals is
                // BatchVariability; Heterogeneity stays for mixtures inside one preparation and for sampling sites
                if (r[4].equals("hasChallenge") && r[5].equals("Heterogeneity") && SOURCE_VARIATION.matcher(s.text()).find()) {
                    out.add(new Finding(set, "vv", doc, s.text(), show(r), "source variation written as Heterogeneity"));
                }
                // aaa) (goldconv14) vesicles qualified by a plant are PlantDerivedNanovesicle whatever the vesicle word
                if (!r[3].equals("-") && (r[3].equals("Plant") || r[3].equals("PlantStructure") || lexicon.isA(ExoKg.NS + r[3], ExoKg.NS + "Plant")
                        || lexicon.isA(ExoKg.NS + r[3], ExoKg.NS + "PlantStructure"))
                        && !lexicon.isA(ExoKg.NS + r[2], ExoKg.NS + "PlantDerivedNanovesicle")) {
                    out.add(new Finding(set, "aaa", doc, s.text(), show(r), "qualified by a plant, subject " + r[2]));
                }
                // yy) (goldconv14) vesicles that themselves suppress T cells: usedFor Immunomodulation beside targets TCell
                if (r[4].equals("targets") && r[5].equals("TCell") && r[6].equals("positive") && VESICLES_SUPPRESS_T_CELLS.matcher(s.text()).find()
                        && !ON_THE_VESICLES.matcher(s.text()).find() && !TUMOUR_OR_PATHOGEN.matcher(s.text()).find()
                        && mine.stream().noneMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[4].equals("usedFor") && x[5].equals("Immunomodulation"))) {
                    out.add(new Finding(set, "yy", doc, s.text(), show(r), "vesicles suppress T cells, no usedFor Immunomodulation"));
                }
                // bbb) (goldconv14) a harm denied after dosing is affirmed LowToxicity, with no denial row beside it
                // (lead) contributesTo only, as docs/gold-conventions.md says: a denied hasChallenge TumorPromotion of a general
                // argument ("cannot form tumours") keeps its denial beside LowToxicity
                if (r[6].equals("negative") && r[4].equals("contributesTo")) {
                    boolean besideLowToxicity = mine.stream().anyMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[3].equals(r[3])
                            && x[5].equals("LowToxicity") && x[6].equals("positive"));
                    boolean deniedHarm = r[4].equals("contributesTo") && (r[5].equals("InflammatoryDisease") || r[5].equals("CardiovascularDisease"))
                            && DENIED_HARM.matcher(s.text()).find();
                    if (besideLowToxicity || deniedHarm) {
                        out.add(new Finding(set, "bbb", doc, s.text(), show(r), besideLowToxicity ? "denial row beside LowToxicity" : "denied harm after dosing as a denial row"));
                    }
                }
                // fff) (goldconv15) PEG-coated vesicles are EngineeredExosome (the ontology's definition, z)
                if (!derived && (r[2].equals("Exosome") || r[2].equals("ExtracellularVesicle") || r[2].equals("SmallExtracellularVesicle"))
                        && PEG_COATED.matcher(s.text()).find() && !UNCOATED.matcher(s.text()).find()) {
                    out.add(new Finding(set, "fff", doc, s.text(), show(r), "PEG-coated vesicles, subject " + r[2]));
                }
                // ggg) (goldconv15) "cleared by macrophages" is clearance, no targets row (uptake wording keeps the uptake convention)
                if (r[4].equals("targets") && r[5].equals("Macrophage") && r[6].equals("positive")
                        && CLEARED_BY_MACROPHAGES.matcher(s.text()).find() && !UPTAKE_WORDING.matcher(s.text()).find()) {
                    out.add(new Finding(set, "ggg", doc, s.text(), show(r), "cleared by macrophages written as targets Macrophage"));
                }
                // hhh) (goldconv15) rapid clearance by the liver or spleen: OffTargetAccumulation beside RapidClearance (kk)
                if (r[4].equals("hasChallenge") && r[5].equals("RapidClearance") && r[6].equals("positive")
                        && CLEARED_BY_LIVER.matcher(s.text()).find()
                        && mine.stream().noneMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[3].equals(r[3]) && x[5].equals("OffTargetAccumulation"))) {
                    out.add(new Finding(set, "hhh", doc, s.text(), show(r), "cleared by the liver or spleen, no OffTargetAccumulation"));
                }
                // jjj) (goldconv15) inflammation denied after dosing with no immune word is LowToxicity (bbb), not LowImmunogenicity
                if (r[5].equals("LowImmunogenicity") && INFLAMMATION_DENIED.matcher(s.text()).find() && !IMMUNE_WORD.matcher(s.text()).find()) {
                    out.add(new Finding(set, "jjj", doc, s.text(), show(r), "inflammation denied, no immune word, row LowImmunogenicity"));
                }
                // ooo) (goldconv15) vesicles that shift macrophages: targets Macrophage and usedFor Immunomodulation, same hedge;
                // a sentence where the shift promotes a tumour (contributesTo TumorPromotion) is left to the reader
                if (r[6].equals("positive") && SHIFTS_MACROPHAGES.matcher(s.text()).find()
                        && mine.stream().noneMatch(x -> at.get(x) == s && x[5].equals("TumorPromotion"))) {
                    boolean target = r[4].equals("targets") && r[5].equals("Macrophage");
                    boolean use = r[4].equals("usedFor") && r[5].equals("Immunomodulation");
                    if ((target || use) && mine.stream().noneMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[3].equals(r[3])
                            && x[7].equals(r[7]) && x[6].equals("positive")
                            && (target ? x[4].equals("usedFor") && x[5].equals("Immunomodulation") : x[4].equals("targets") && x[5].equals("Macrophage")))) {
                        out.add(new Finding(set, "ooo", doc, s.text(), show(r), target ? "macrophages shifted, no usedFor Immunomodulation"
                                : "macrophages shifted, no targets Macrophage"));
                    }
                }
                // ppp) (goldconv16) a group immunised with the vesicles and then protected: the treats row has usedFor Vaccine
                // (or CancerVaccine) of the same subject beside it
                if (r[4].equals("treats") && r[6].equals("positive") && IMMUNISED_PROTECTED.matcher(s.text()).find()
                        && mine.stream().noneMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[3].equals(r[3])
                                && x[4].equals("usedFor") && x[5].endsWith("Vaccine") && x[6].equals("positive"))) {
                    out.add(new Finding(set, "ppp", doc, s.text(), show(r), "immunised group protected, no usedFor Vaccine"));
                }
                // uuu) (goldconv17) a strain or mutant named without its species names no bacterium (h), even after the text
                // named the species: a row qualified by a bacterium whose sentence's first vesicle phrase is "OMVs from ... strain"
                if (!derived && !r[3].equals("-") && related(lexicon, ExoKg.NS + r[3], bacterium)) {
                    java.util.regex.Matcher strain = STRAIN_ONLY.matcher(s.text());
                    java.util.regex.Matcher first = FIRST_VESICLE_WORD.matcher(s.text());
                    if (strain.find() && first.find() && first.start() == strain.start()
                            && !SPECIES_IN_PHRASE.matcher(strain.group()).find()
                            && !ANAPHORIC_STRAIN.matcher(strain.group()).find()
                            && !COMPARATOR_BEFORE.matcher(s.text().substring(0, strain.start())).find()
                            && sources.stream().noneMatch(m -> lexicon.isA(m.iri(), bacterium) && namesABacterium(m.surface()))) {
                        out.add(new Finding(set, "uuu", doc, s.text(), show(r), "strain or mutant without its species, row qualified " + r[3]));
                    }
                }
                // yyy) (goldconv17) vesicles that transfer RNA or other nucleic acids to cells: hasProperty GeneticMaterialTransfer
                // (or, for a stated risk, hasChallenge HorizontalMiRNATransfer) beside the carries row, same subject and qualifier
                if (r[4].equals("carries") && r[6].equals("positive") && lexicon.isA(ExoKg.NS + r[5], ExoKg.NS + "NucleicAcid")) {
                    java.util.regex.Matcher transfer = TRANSFERS_NUCLEIC_ACID.matcher(s.text());
                    boolean transfers = false;
                    while (transfer.find()) {
                        transfers |= !transfer.group(1).toLowerCase(Locale.ROOT).contains("resistance");
                    }
                    if (transfers && mine.stream().noneMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[3].equals(r[3])
                            && (x[5].equals("GeneticMaterialTransfer") || x[5].equals("HorizontalMiRNATransfer")))) {
                        out.add(new Finding(set, "yyy", doc, s.text(), show(r), "vesicles transfer nucleic acids, no GeneticMaterialTransfer"));
                    }
                }
                // eeee) (goldconv18) a strain or mutant named without its species names no bacterium (h, uuu): no derivedFrom of a
                // bacterium for the strain phrase (the sentence's first vesicle phrase), unless the sentence names a bacterium
                if (derived && r[6].equals("positive") && lexicon.isA(ExoKg.NS + r[5], bacterium) || derived && r[5].equals("Bacterium")) {
                    java.util.regex.Matcher strain = STRAIN_ONLY.matcher(s.text());
                    java.util.regex.Matcher first = FIRST_VESICLE_WORD.matcher(s.text());
                    if (strain.find() && first.find() && first.start() == strain.start()
                            && !SPECIES_IN_PHRASE.matcher(strain.group()).find()
                            && sources.stream().noneMatch(m -> lexicon.isA(m.iri(), bacterium) && namesABacterium(m.surface()))) {
                        out.add(new Finding(set, "eeee", doc, s.text(), show(r), "strain or mutant without its species, derivedFrom " + r[5]));
                    }
                }
                // dddd) (goldconv18) a product's status alone (not approved / licensed / registered / accredited) gives no
                // RegulatoryUncertainty; the row needs the rules, path or classification called unclear, or "not regulated"
                if (r[5].equals("RegulatoryUncertainty") && STATUS_ONLY.matcher(s.text()).find()
                        && !UNSETTLED_RULES.matcher(STATUS_ONLY.matcher(s.text()).replaceAll(" ")).find()) {
                    out.add(new Finding(set, "dddd", doc, s.text(), show(r), "a product's status only, row RegulatoryUncertainty"));
                }
                // ffff) (goldconv18) "cannot form / grow into tumours" is a denied hasChallenge TumorPromotion (bbb), not a denied
                // contributesTo of a cancer class
                if (r[6].equals("negative") && r[4].equals("contributesTo") && lexicon.isA(ExoKg.NS + r[5], ExoKg.NS + "Cancer")
                        || r[6].equals("negative") && r[4].equals("contributesTo") && r[5].equals("Cancer")) {
                    if (CANNOT_FORM_TUMOURS.matcher(s.text()).find()) {
                        out.add(new Finding(set, "ffff", doc, s.text(), show(r), "cannot form tumours written as a denied contributesTo"));
                    }
                }
                // gggg) (goldconv18) "attractive as / for": an evaluative hedge on the use (usedFor, treats)
                if ((r[4].equals("usedFor") || r[4].equals("treats")) && r[6].equals("positive") && r[7].equals("false")
                        && ATTRACTIVE_USE.matcher(s.text()).find()) {
                    out.add(new Finding(set, "gggg", doc, s.text(), show(r), "\"attractive\" use written unhedged"));
                }
                // iiii) (goldconv18) an unqualified "lung injury" is Injury unless the text names acute lung injury
                if (!derived && (r[5].equals("AcuteLungInjury") || r[5].equals("Injury")) && LUNG_INJURY.matcher(s.text()).find()) {
                    boolean textNamesAli = e.sentences().stream().anyMatch(x -> ACUTE_LUNG_INJURY.matcher(x.first().text()).find());
                    if (r[5].equals("AcuteLungInjury") && !textNamesAli) {
                        out.add(new Finding(set, "iiii", doc, s.text(), show(r), "\"lung injury\" in a text naming no acute lung injury, row AcuteLungInjury"));
                    } else if (r[5].equals("Injury") && textNamesAli) {
                        out.add(new Finding(set, "iiii", doc, s.text(), show(r), "\"lung injury\" in a text about acute lung injury, row Injury"));
                    }
                }
                // kkkk) (goldconv18) "circulating <source> vesicles": the source's row, no Blood row (the phrase's rows)
                if (derived && r[5].equals("Blood") && r[3].equals("-") && CIRCULATING_SOURCED.matcher(s.text()).find()
                        && !CIRCULATING_BARE.matcher(s.text()).find() && !BLOOD_NAMED.matcher(CIRCULATING_SOURCED.matcher(s.text()).replaceAll(" ")).find()
                        && mine.stream().anyMatch(x -> at.get(x) == s && x[2].equals(r[2]) && x[4].equals("derivedFrom") && x[3].equals("-")
                                && !x[5].equals("Blood"))) {
                    out.add(new Finding(set, "kkkk", doc, s.text(), show(r), "circulating vesicles of a named source with a Blood row"));
                }
                // mmmmm) (goldconv23) loadedBy's object is a loading technique (its range): a surface engineering method that is not
                // one (lipid anchor insertion, genetic surface display, PEGylation) gives no loadedBy row
                if (r[4].equals("loadedBy") && !lexicon.isA(ExoKg.NS + r[5], ExoKg.NS + "LoadingTechnique") && !r[5].equals("LoadingTechnique")) {
                    out.add(new Finding(set, "mmmmm", doc, s.text(), show(r), "a loadedBy row whose object is no loading technique"));
                }
                // nnnn) (goldconv19) a patent's claim (the patent sense) is stated, not hedged: a hedged row on such a sentence
                // needs a hedge or a doubt of its own (f, ii); "claims that" is reported speech (ii) and no finding
                if (!derived && r[7].equals("true") && PATENT_CLAIM.matcher(s.text()).find() && !REPORTED_CLAIM.matcher(s.text()).find()
                        && !HEDGE_OR_DOUBT.matcher(s.text()).find()) {
                    out.add(new Finding(set, "nnnn", doc, s.text(), show(r), "a patent's claim written hedged, no hedge or doubt in the sentence"));
                }
                // zzzz) (goldconv21) mimetics (extruded or otherwise made from cells, codes such as "Hep-EMs") are unqualified; their
                // cells are the derivedFrom row's object, never the qualifier
                if (r[2].equals("ExtracellularVesicleMimetic") && !r[3].equals("-")) {
                    out.add(new Finding(set, "zzzz", doc, s.text(), show(r), "a mimetic row qualified " + r[3]));
                }
                // oooo) (goldconv19) a disease name the lexicon files under InflammatoryDisease (myocarditis, pancreatitis,
                // endometriosis, colitis) is that class, not the organ's class nor bare Disease, unless the sentence names the other class
                if ((r[4].equals("treats") || r[4].equals("contributesTo")) && (r[5].equals("Disease") || r[5].equals("CardiovascularDisease"))) {
                    List<org.exokg.mention.Mention> diseases = e.mentions().stream()
                            .filter(m -> m.is(org.exokg.mention.MentionType.DISEASE) && m.start() >= s.start() && m.end() <= s.end()).toList();
                    if (diseases.stream().anyMatch(m -> m.iri().equals(ExoKg.NS + "InflammatoryDisease"))
                            && diseases.stream().noneMatch(m -> m.iri().equals(ExoKg.NS + r[5]))) {
                        out.add(new Finding(set, "oooo", doc, s.text(), show(r), "an inflammatory disease the lexicon names written " + r[5]));
                    }
                }
                // b) derivedFrom only where the sentence states the origin
                if (derived && sources.stream().noneMatch(m -> related(lexicon, m.iri(), ExoKg.NS + r[5]))) {
                    out.add(new Finding(set, "b", doc, s.text(), show(r), "derivedFrom, sentence names no source of it"));
                }
                // a) activate <cells>
                if (i == 0 || at.get(mine.get(i - 1)) != s) {
                    java.util.regex.Matcher act = ACTIVATES.matcher(s.text());
                    List<String[]> here = mine.stream().filter(x -> at.get(x) == s).toList();
                    if (act.find() && here.stream().noneMatch(x -> x[4].equals("targets") && !x[6].equals("negative"))) {
                        out.add(new Finding(set, "a", doc, s.text(), here.stream().map(GoldConventions::show).toList().toString(),
                                "\"" + act.group() + "\" with no targets row"));
                    }
                    // e) coordinated sources: the gold lists two or more derivedFrom rows of one subject (one per source) while the
                    // subject's other rows carry one of those sources or none; right when they are read from an anaphor
                    Map<String, Set<String>> sourcesOf = new LinkedHashMap<>();
                    here.stream().filter(x -> x[4].equals("derivedFrom") && x[3].equals("-"))
                            .forEach(x -> sourcesOf.computeIfAbsent(x[2], k -> new LinkedHashSet<>()).add(x[5]));
                    sourcesOf.forEach((subject, srcs) -> {
                        Set<String> qualifiers = new LinkedHashSet<>();
                        here.stream().filter(x -> x[2].equals(subject) && !x[4].equals("derivedFrom")).forEach(x -> qualifiers.add(x[3]));
                        if (srcs.size() >= 2 && !qualifiers.isEmpty() && !qualifiers.containsAll(srcs)) {
                            out.add(new Finding(set, "e?", doc, s.text(), here.stream().map(GoldConventions::show).toList().toString(),
                                    "sources " + srcs + ", rows qualified " + qualifiers));
                        }
                    });
                    // one sentence, one subject, no source named in it: its rows are about one vesicle and share a qualifier
                    if (sources.isEmpty()) {
                        Map<String, Set<String>> qualifiersOf = new LinkedHashMap<>();
                        here.stream().filter(x -> !x[4].equals("derivedFrom"))
                                .forEach(x -> qualifiersOf.computeIfAbsent(x[2], k -> new LinkedHashSet<>()).add(x[3]));
                        qualifiersOf.forEach((subject, qs) -> {
                            if (qs.size() >= 2 && qs.contains("-")) {
                                out.add(new Finding(set, "sibling", doc, s.text(), here.stream().filter(x -> x[2].equals(subject))
                                        .map(GoldConventions::show).toList().toString(), "rows of " + subject + " qualified " + qs));
                            }
                        });
                    }
                }
                // c) and the anaphor convention: an unqualified row between qualified rows of the same subject
                if (!derived && r[3].equals("-") && sources.isEmpty()) {
                    String before = neighbourQualifier(mine, at, i, -1);
                    String after = neighbourQualifier(mine, at, i, +1);
                    boolean participle = PARTICIPLE_ANAPHOR.matcher(s.text()).find();
                    if (before != null && (before.equals(after) || participle)) {
                        out.add(new Finding(set, participle ? "c" : "anaphor", doc, s.text(), show(r),
                                "unqualified between rows qualified " + before + " / " + after));
                    }
                }
            }
            // zzz) (goldconv17) products or preparations said to be contaminated: hasChallenge LowPurity in that sentence
            // (a document with gold rows; Methods sentences give none)
            if (!mine.isEmpty()) {
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    org.exokg.document.Sentence s = ds.first();
                    if (!Section.isMethods(s.section()) && CONTAMINATED_PRODUCTS.matcher(s.text()).find()
                            && mine.stream().noneMatch(x -> at.get(x).text().equals(s.text()) && x[5].equals("LowPurity"))) {
                        out.add(new Finding(set, "zzz", doc, s.text(), "-", "contaminated products or preparations, no LowPurity row"));
                    }
                }
            }
            // cccc, jjjj, kkkk (goldconv18): sentences of a document with gold rows (Methods sentences give none)
            if (!mine.isEmpty()) {
                for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                    org.exokg.document.Sentence s = ds.first();
                    if (Section.isMethods(s.section())) {
                        continue;
                    }
                    List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(s.text())).toList();
                    // cccc) infections caused by or reported after the products: hasChallenge SafetyConcern
                    if (PRODUCT_WORD.matcher(s.text()).find() && CAUSED_INFECTIONS.matcher(s.text()).find()
                            && !NO_INFECTION.matcher(s.text()).find() && here.stream().noneMatch(x -> x[5].equals("SafetyConcern"))) {
                        out.add(new Finding(set, "cccc", doc, s.text(), "-", "infections caused by the products, no SafetyConcern row"));
                    }
                    // jjjj) a product field line naming the vesicles' source: b's derivedFrom row
                    if (PRODUCT_FIELD_LINE.matcher(s.text()).find() && here.stream().noneMatch(x -> x[4].equals("derivedFrom"))) {
                        out.add(new Finding(set, "jjjj", doc, s.text(), "-", "product line names the vesicles' source, no derivedFrom row"));
                    }
                    // pppp) (goldconv19) "tiny" said of the vesicles: hasProperty SmallSize in that sentence
                    if (TINY_VESICLES.matcher(s.text()).find() && here.stream().noneMatch(x -> x[5].equals("SmallSize"))) {
                        out.add(new Finding(set, "pppp", doc, s.text(), "-", "\"tiny\" vesicles, no SmallSize row"));
                    }
                    // ssss) (goldconv20) "a carrier for <cargo word>" with a usedFor row: a carries row in that sentence
                    if (CARRIER_FOR_CARGO.matcher(s.text()).find() && here.stream().anyMatch(x -> x[4].equals("usedFor"))
                            && here.stream().noneMatch(x -> x[4].equals("carries"))) {
                        out.add(new Finding(set, "ssss", doc, s.text(), "-", "a carrier for a named cargo, no carries row"));
                    }
                    // tttt) (goldconv20) the vesicles' "tropism" in a sentence with rows: hasProperty TargetingAbility (either polarity)
                    if (TROPISM.matcher(s.text()).find() && !here.isEmpty() && here.stream().noneMatch(x -> x[5].equals("TargetingAbility"))) {
                        out.add(new Finding(set, "tttt", doc, s.text(), "-", "\"tropism\", no TargetingAbility row"));
                    }
                    // aaaaa) (goldconv21) an open question or gap with rows of the vesicles: a hedged row (its content) or a gap challenge
                    if (OPEN_QUESTION.matcher(s.text()).find() && !here.isEmpty()
                            && here.stream().noneMatch(x -> x[7].equals("true") || x[4].equals("hasChallenge") && GAP_CHALLENGES.contains(x[5]))) {
                        out.add(new Finding(set, "aaaaa", doc, s.text(), "-", "an open question, no hedged row and no gap challenge"));
                    }
                    // eeeee) (goldconv22) named Wnt ligands carried: a carries SignalingProtein row, no carries Protein row for them
                    if (WNT_LIGAND.matcher(s.text()).find() && here.stream().anyMatch(x -> x[4].equals("carries"))
                            && here.stream().noneMatch(x -> x[4].equals("carries") && x[5].equals("SignalingProtein"))) {
                        out.add(new Finding(set, "eeeee", doc, s.text(), "-", "Wnt ligands carried, no carries SignalingProtein row"));
                    }
                    // ggggg) (goldconv22) "<vesicles> are microvesicles that bud from the membrane": derivedFrom the cells
                    if (ARE_MICROVESICLES_THAT_BUD.matcher(s.text()).find() && here.stream().noneMatch(x -> x[4].equals("derivedFrom"))) {
                        out.add(new Finding(set, "ggggg", doc, s.text(), "-", "vesicles said to bud from the cells, no derivedFrom row"));
                    }
                    // bbbbb) (goldconv21) a preparation said to keep (or lose) its therapeutic effect: usedFor Therapy
                    if (KEEPS_THERAPEUTIC_EFFECT.matcher(s.text()).find()
                            && here.stream().noneMatch(x -> x[4].equals("usedFor") && x[5].equals("Therapy"))) {
                        out.add(new Finding(set, "bbbbb", doc, s.text(), "-", "a therapeutic effect kept, no usedFor Therapy row"));
                    }
                    // kkkk) (sss) bare "circulating vesicles" with rows of their own: derivedFrom Blood
                    if (CIRCULATING_BARE.matcher(s.text()).find() && !CIRCULATING_SOURCED.matcher(s.text()).find() && !here.isEmpty()
                            && here.stream().noneMatch(x -> x[4].equals("derivedFrom") && (x[5].equals("Blood") || x[5].equals("BloodPlasma") || x[5].equals("BloodSerum")))) {
                        out.add(new Finding(set, "kkkk", doc, s.text(), "-", "circulating vesicles (sss), no derivedFrom Blood"));
                    }
                    // jjjjj) (goldconv23) a heading, label or the title of another work (a bibliography entry, a quoted patent title,
                    // a project or item heading) with no finite verb gives no rows; figure and table titles are read as sentences
                    if (!here.isEmpty() && TITLE_LINE.matcher(s.text().strip()).find()
                            && !org.exokg.document.TitleSentences.hasFiniteVerb(TITLE_LABEL.matcher(s.text().strip()).replaceFirst(""))) {
                        out.add(new Finding(set, "jjjjj", doc, s.text(), here.stream().map(GoldConventions::show).toList().toString(),
                                "a heading, label or the title of another work with rows"));
                    }
                    // kkkkk) (goldconv23) a direct yes/no question gives b's derivedFrom only: no row for its content, hedged or not,
                    // unless the question embeds a clause under a hedge noun of its own ("the hypothesis that")
                    if (YES_NO_QUESTION.matcher(s.text().strip()).find() && !EMBEDDED_HEDGE_NOUN.matcher(s.text()).find()
                            && here.stream().anyMatch(x -> !x[4].equals("derivedFrom"))) {
                        out.add(new Finding(set, "kkkkk", doc, s.text(), here.stream().filter(x -> !x[4].equals("derivedFrom"))
                                .map(GoldConventions::show).toList().toString(), "a direct question with a content row"));
                    }
                    // lllll) (goldconv23) the marker vesicles are captured with is the isolation method, not cargo: no carries row for it
                    java.util.regex.Matcher capture = CAPTURE_MARKER.matcher(s.text());
                    if (capture.find() && here.stream().anyMatch(x -> x[4].equals("carries") && x.length > 8 && x[8].contains(capture.group(1)))) {
                        out.add(new Finding(set, "lllll", doc, s.text(), "-", "the capture marker " + capture.group(1) + " written as carried"));
                    }
                    // nnnnn) (goldconv24) "arthritis score", "arthritic mice" in a text naming a rheumatoid arthritis model: that class,
                    // not the lexicon's InflammatoryDisease for the bare word (nor Disease, AutoimmuneDisease)
                    if (GENERIC_ARTHRITIS_MEASURE.matcher(s.text()).find() && e.sentences().stream().anyMatch(d -> RA_MODEL.matcher(d.first().text()).find())) {
                        for (String[] x : here) {
                            if (List.of("treats", "targets", "contributesTo").contains(x[4])
                                    && List.of("InflammatoryDisease", "Disease", "AutoimmuneDisease").contains(x[5])) {
                                out.add(new Finding(set, "nnnnn", doc, s.text(), show(x), "a generic arthritis measure of a rheumatoid arthritis model written " + x[5]));
                            }
                        }
                    }
                    // ooooo) (goldconv24) activity kept or lost through storage: no usedFor Therapy (bbbbb names "therapeutic"), and
                    // a sentence with rows for its vesicles says Stability or StorageStability
                    if (STORAGE_ACTIVITY.matcher(s.text()).find() && STORAGE_WORD.matcher(s.text()).find()
                            && !KEEPS_THERAPEUTIC_EFFECT.matcher(s.text()).find()) {
                        for (String[] x : here) {
                            if (x[4].equals("usedFor") && x[5].equals("Therapy")) {
                                out.add(new Finding(set, "ooooo", doc, s.text(), show(x), "activity kept or lost in storage written usedFor Therapy"));
                            }
                        }
                        if (!here.isEmpty() && here.stream().noneMatch(x -> x[5].equals("Stability") || x[5].equals("StorageStability"))) {
                            out.add(new Finding(set, "ooooo", doc, s.text(), "-", "activity kept or lost in storage, no Stability or StorageStability row"));
                        }
                    }
                    // ppppp) (goldconv25) in a text naming a chemically induced colitis model, UlcerativeColitis only where the
                    // sentence says "ulcerative colitis"; the model's words and measures are InflammatoryDisease (y, nnnnn)
                    if (!ULCERATIVE_COLITIS.matcher(s.text()).find()
                            && e.sentences().stream().anyMatch(d -> CHEMICAL_COLITIS_MODEL.matcher(d.first().text()).find()
                                    && d.first().text().toLowerCase(java.util.Locale.ROOT).contains("colitis"))) {
                        for (String[] x : here) {
                            if (List.of("treats", "targets", "contributesTo").contains(x[4]) && x[5].equals("UlcerativeColitis")) {
                                out.add(new Finding(set, "ppppp", doc, s.text(), show(x), "a chemically induced colitis model written UlcerativeColitis"));
                            }
                        }
                    }
                    // sssss) (goldconv26) a note calling a disease classless that the lexicon files now: re-read the sentence
                    for (String[] x : here) {
                        for (String stale : staleNoClassDiseases(x.length > 8 ? x[8] : null, lexicon)) {
                            out.add(new Finding(set, "sssss", doc, s.text(), show(x), "the note says no class, the lexicon has " + stale));
                        }
                    }
                    // ttttt) (goldconv27) antibodies raised by the vesicles are Immunogenicity (the positive of u), not Immunocompetence
                    if (ANTIBODIES_RAISED.matcher(s.text()).find() && !ANTIBODY_DENIAL.matcher(s.text()).find()) {
                        for (String[] x : here) {
                            if (x[4].equals("hasProperty") && x[5].equals("Immunocompetence") && x[6].equals("positive")
                                    && here.stream().noneMatch(y -> y[2].equals(x[2]) && y[5].equals("Immunogenicity"))) {
                                out.add(new Finding(set, "ttttt", doc, s.text(), show(x), "antibodies raised written Immunocompetence"));
                            }
                        }
                    }
                    // uuuuu) (goldconv28) immunity or an immune response induced by the vesicles is Immunogenicity (the positive of u,
                    // as ttttt for antibodies), not Immunocompetence; an anti-tumour immune response stays Immunocompetence
                    if (IMMUNITY_INDUCED.matcher(s.text()).find() && !ANTI_TUMOUR_IMMUNE.matcher(s.text()).find()
                            && !IMMUNITY_DENIAL.matcher(s.text()).find()) {
                        for (String[] x : here) {
                            if (x[4].equals("hasProperty") && x[5].equals("Immunocompetence") && x[6].equals("positive")
                                    && here.stream().noneMatch(y -> y[2].equals(x[2]) && y[5].equals("Immunogenicity"))) {
                                out.add(new Finding(set, "uuuuu", doc, s.text(), show(x), "immunity induced written Immunocompetence"));
                            }
                        }
                    }
                    // vvvvv) (goldconv29) the vesicles' safety stated unknown, untested or conditional, no harm named: SafetyConcern (aaaaa)
                    if (SAFETY_GAP.matcher(s.text()).find() && (!here.isEmpty() || FIRST_VESICLE_WORD.matcher(s.text()).find()
                            || PRODUCT_WORD.matcher(s.text()).find() || SAFETY_OF_THEM.matcher(s.text()).find())
                            && here.stream().noneMatch(x -> x[5].equals("SafetyConcern"))) {
                        out.add(new Finding(set, "vvvvv", doc, s.text(), "-", "the vesicles' safety stated unknown or untested, no SafetyConcern row"));
                    }
                    // wwwww) (goldconv29) a cargo in a means phrase of a hedged predicate or an open question is hedged with it (k),
                    // a possessive ("their protein cargo") too
                    java.util.regex.Matcher means = MEANS_CARGO.matcher(s.text());
                    while (means.find()) {
                        if (!HEDGE_BEFORE_MEANS.matcher(s.text().substring(Math.max(0, means.start() - 120), means.start())).find()) {
                            continue;
                        }
                        String w = means.group(1).toLowerCase(Locale.ROOT);
                        String cls = w.startsWith("micro") || w.startsWith("mirna") ? "MicroRNA" : w.startsWith("protein") ? "Protein"
                                : w.startsWith("lipid") ? "Lipid" : "RNA";
                        for (String[] x : here) {
                            if (x[4].equals("carries") && x[5].equals(cls) && x[6].equals("positive") && x[7].equals("false")) {
                                out.add(new Finding(set, "wwwww", doc, s.text(), show(x), "a cargo in a hedged means phrase written unhedged"));
                            }
                        }
                    }
                    // xxxxx) (goldconv29) adjuvant named as the vesicles' own property: hasProperty Immunocompetence
                    if (ADJUVANT_NAMED.matcher(s.text()).find() && !here.isEmpty()
                            && here.stream().noneMatch(x -> x[5].equals("Immunocompetence"))) {
                        out.add(new Finding(set, "xxxxx", doc, s.text(), "-", "adjuvant named as the vesicles' property, no Immunocompetence row"));
                    }
                    // yyyyy) (goldconv29) an invertebrate host named with its fluid: the fluid is the source, no derivedFrom Organism
                    if (INVERTEBRATE_FLUID.matcher(s.text()).find()) {
                        for (String[] x : here) {
                            if (x[4].equals("derivedFrom") && x[5].equals("Organism")) {
                                out.add(new Finding(set, "yyyyy", doc, s.text(), show(x), "an invertebrate's fluid named, the host written as the source"));
                            }
                        }
                    }
                    // qqqqq) (goldconv25) a wh-question states no content: b's derivedFrom only, as kkkkk for yes/no questions
                    // (a clause embedded under a hedge noun of its own keeps its hedged row there too)
                    if (WH_QUESTION.matcher(s.text().strip()).find() && !EMBEDDED_HEDGE_NOUN.matcher(s.text()).find()
                            && here.stream().anyMatch(x -> !x[4].equals("derivedFrom"))) {
                        out.add(new Finding(set, "qqqqq", doc, s.text(), here.stream().filter(x -> !x[4].equals("derivedFrom"))
                                .map(GoldConventions::show).toList().toString(), "a wh-question with a content row"));
                    }
                }
            }
            // zzzzz-gggggg (goldconv30, thirty-first session): in a method of their own
            out.addAll(thirtyFirstSessionFindings(set, e, mine, at, lexicon));
            // hhhhhh-pppppp (goldconv31, thirty-first session, second pass): in a method of their own
            out.addAll(goldconv31Findings(set, e, mine, at, lexicon));
            // iiiiiii-mmmmmmm (goldconv35, thirty-fifth session): in a method of their own
            out.addAll(goldconv35Findings(set, e, mine, at, lexicon));
            // nnnnnnn and fffffff applied (goldconv36, thirty-sixth session): in a method of their own
            out.addAll(goldconv36Findings(set, e, mine, at, lexicon));
            // ooooooo-vvvvvvv (goldconv37, thirty-seventh session): in a method of their own
            out.addAll(goldconv37Findings(set, e, mine, at, lexicon));
            // xxxxxxx-zzzzzzz (goldconv38, thirty-eighth session): in a method of their own
            out.addAll(goldconv38Findings(set, e, mine, at));
            // bbbbbbbb (goldconv38b, thirty-eighth session): a control arm's "gave no protection"
            out.addAll(goldconv38bFindings(set, e, mine, at));  // and cccccccc
            // dddddddd (goldconv39, thirty-ninth session): vesicles that carry a therapeutic cargo to a destination deliver it
            out.addAll(goldconv39Findings(set, e, mine, at, lexicon));
            // bbbbbbbb applied to inactivated arms and gggggggg, changed hosts (goldconv40, fortieth session)
            out.addAll(goldconv40Findings(set, e, mine, at));
            // ttttt and n applied, hhhhhhhh, iiiiiiii (goldconv41, forty-first session)
            out.addAll(goldconv41Findings(set, e, mine, at, lexicon));
            // jjjjjjjj (goldconv41b, forty-first session): a preparation's own limit stated as a condition
            out.addAll(goldconv41bFindings(set, e, mine, at));
        }
        return out;
    }

    // ---- thirty-first session (branch goldconv30): conventions zzzzz-gggggg ----
    /**
     * zzzzz) A cell type named by the body fluid or tissue it is taken from ("urine-derived stem cells", "amniotic fluid
     * stem cells", "menstrual blood-derived stromal cells", "placental MSCs"); group 1 the cell words. Root-Tissue words
     * ("adipose") and a fluid's adjective ("synovial MSCs") are not this shape; bare "cells" and cells with no class
     * ("mononuclear cells") are left to the reader.
     */
    static final java.util.regex.Pattern CELLS_OF_A_FLUID = java.util.regex.Pattern.compile(
            "(?i)\\b(?:urine|amniotic\\s+fluid|menstrual\\s+blood|(?:umbilical\\s+)?cord\\s+blood|saliva|synovial\\s+fluid|placental?|umbilical\\s+cord|wharton['\u2019]s\\s+jelly)"
            + "(?:[-\u2010\\s]+derived)?[-\u2010\\s]+((?:mesenchymal\\s+)?(?:stem|stromal|progenitor|fibroblasts?|epithelial|endothelial)|MSCs?)\\b");
    /**
     * aaaaaa) A gap in what is known of the vesicles' biogenesis, origin or mechanism stated with "poorly / not well /
     * incompletely understood", "uncertain", "unclear" or "unknown", or "no proven endosomal route", "rarely prove(n) an
     * endosomal origin" (a class of vesicles): LackOfCharacterisation (aaaaa). An author's naming of their own preparation
     * ("we did not show their endosomal origin, so we call them small EVs") is not matched.
     */
    static final java.util.regex.Pattern KNOWLEDGE_GAP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:biogenesis|mechanisms?|origin)\\b[^.;]{0,60}?\\b(?:poorly|not\\s+well|incompletely|not\\s+fully|little)\\s+understood\\b"
            + "|\\b(?:biogenesis|mechanisms?)\\s+(?:is|are|remains?)\\s+(?:still\\s+|largely\\s+)?(?:uncertain|unclear|unknown|obscure)\\b"
            + "|\\bno\\s+proven\\s+endosomal\\s+route\\b|\\brarely\\s+prove[sn]?\\s+an?\\s+endosomal\\s+origin\\b|\\bendosomal\\s+origin\\s+is\\s+rarely\\s+shown\\b");
    /** aaaaaa) the gap is the vesicles' (a vesicle word, or their / its / the biogenesis or mechanism). */
    static final java.util.regex.Pattern GAP_OF_THEM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:their|its|the)\\s+(?:biogenesis|mechanisms?|origin)\\b");
    /** bbbbbb) vesicles that reduce, lower, limit, calm or suppress inflammation (bare, of an organ, or in an organ). */
    static final java.util.regex.Pattern REDUCES_INFLAMMATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:reduc|lower|limit|calm|attenuat|suppress|alleviat|dampen|relie[vf]|resolv)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:neuro)?inflammation\\b");
    /** bbbbbb) a disease name ending in "-itis" ("colitis", "dermatitis") is InflammatoryDisease itself (y, oooo). */
    static final java.util.regex.Pattern ITIS_WORD = java.util.regex.Pattern.compile("(?i)\\b\\w+itis\\b|\\beczema\\b");
    /** cccccc) a species named on the fluid or tissue ("horse blood", "bovine serum", "horse placenta"), not on the vesicles. */
    static final java.util.regex.Pattern SPECIES_ON_THE_SOURCE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:horse|equine|bovine|cows?|cattle|pigs?|porcine|sheep|ovine|goats?|caprine|dogs?|canine|cats?|feline|mouse|murine|rats?|camels?|donkeys?|human)"
            + "(?:['\u2019]s)?\\s+(?:whole\\s+)?(?:blood|plasma|serum|sera|placentas?|urine|saliva)\\b");
    /** dddddd) a label line defining a code as vesicles from a source ("Platform 1: YEV, vesicles from the yeast ..."). */
    static final java.util.regex.Pattern CODE_DEFINING_LABEL = java.util.regex.Pattern.compile(
            "^[A-Z][\\w ()-]{0,40}?:\\s+[A-Z][\\w\u2010-]*,\\s+(?:[\\w\u2010-]+\\s+){0,3}?(?:vesicles|exosomes|EVs|sEVs|nanovesicles|microvesicles)"
            + "\\s+(?:purified\\s+|isolated\\s+|derived\\s+|secreted\\s+|released\\s+)?(?:from|of|by)\\b");
    /**
     * eeeeee) a legend naming what a panel measures, with no result: "<measure> of <cells> exposed to / treated, cultured or
     * incubated with <preparations>", or "<Cells> treated with ... and stained / imaged for ...".
     */
    static final java.util.regex.Pattern CELLS_EXPOSED_TO = java.util.regex.Pattern.compile(
            "(?i)^(?:\\([A-Z]\\)\\s*)?[A-Z][\\w\u2010-]*(?:\\s+[\\w\u2010-]+){0,6}?\\s+(?:of|by)\\s+(?:[\\w\u2010-]+\\s+){0,3}?"
            + "(?:cells|neurons|keratinocytes|keratocytes|macrophages|hepatocytes|cardiomyocytes|fibroblasts|chondrocytes|myotubes|monocytes|microglia|astrocytes|splenocytes)"
            + "\\s+(?:exposed\\s+to|treated\\s+with|cultured\\s+with|incubated\\s+with)\\b"
            + "|^(?:\\([A-Z]\\)\\s*)?[A-Z][\\w\u2010-]*(?:\\s+[\\w\u2010-]+){0,3}?\\s+(?:exposed\\s+to|treated\\s+with|cultured\\s+with|incubated\\s+with)\\b[^.;]*\\band\\s+(?:stained|imaged|analysed|analyzed|photographed)\\b");
    /** ffffff) "tear(s)" meaning a rip: after a muscle, tendon, ligament or cartilage word, or "torn". */
    static final java.util.regex.Pattern TEAR_RIP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:muscle|hamstring|rotator\\s+cuff|tendon|meniscal|meniscus|ligament|cartilage|labral|Achilles|calf|ACL|full-thickness|partial-thickness)[-\\s]tears?\\b|\\btorn\\b");
    /** ffffff) tears as the secretion ("tear fluid", "tear EVs", "shed into tears", "tear samples"). */
    static final java.util.regex.Pattern TEAR_FLUID = java.util.regex.Pattern.compile(
            "(?i)\\btear\\s+(?:fluid|film|samples?|EVs?|exosomes?|vesicles?|extracellular|proteins?|strips?)\\b|\\b(?:into|in|from|of)\\s+tears\\b|\\blacrimal\\b");
    /** gggggg) evidence for a property judged strong ("judged the immunogenicity data strong", "stability data are convincing"). */
    static final java.util.regex.Pattern EVIDENCE_JUDGED_STRONG = java.util.regex.Pattern.compile(
            "(?i)\\b(immunogenicity|stability|efficacy|uptake|targeting)\\s+(?:data|evidence|results)\\s+(?:(?:are|is|were|was)\\s+)?(?:very\\s+)?(?:strong|convincing|robust|compelling|solid)\\b");

    /**
     * The checks of conventions zzzzz-gggggg (branch goldconv30) for one document: {@code mine} are its gold rows found in
     * the extraction, {@code at} their sentences. Kept apart from {@link #findings}'s older checks so that branches editing
     * those can be merged.
     */
    static List<Finding> thirtyFirstSessionFindings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        if (mine.isEmpty()) {
            return out;
        }
        String doc = e.document().id();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            if (Section.isMethods(s.section())) {
                continue;
            }
            String text = s.text();
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            // zzzzz) cells named by their fluid or tissue: derivedFrom the cells (b) and the fluid qualified by the cells (ee, tt)
            java.util.regex.Matcher cells = CELLS_OF_A_FLUID.matcher(text);
            while (cells.find()) {
                String words = cells.group(1).toLowerCase(Locale.ROOT);
                Set<String> classes = words.contains("fibroblast") ? Set.of("Fibroblast")
                        : words.startsWith("epithelial") ? Set.of("EpithelialCell")
                        : words.startsWith("endothelial") ? Set.of("EndothelialCell")
                        : words.contains("stromal") || words.startsWith("msc") || words.startsWith("mesenchymal") ? Set.of("MesenchymalStemCell")
                        : Set.of("StemCell", "MesenchymalStemCell");
                for (String[] x : here) {
                    if (x[4].equals("derivedFrom") && x[3].equals("-") && x[6].equals("positive") && classes.contains(x[5])
                            && here.stream().noneMatch(y -> y[4].equals("derivedFrom") && y[2].equals(x[2]) && y[3].equals(x[5]))) {
                        out.add(new Finding(set, "zzzzz", doc, text, show(x), "cells named by their fluid or tissue (\"" + cells.group()
                                + "\"), no derivedFrom of the fluid qualified " + x[5]));
                    }
                }
            }
            // aaaaaa) a gap in what is known of the vesicles' biogenesis, origin or mechanism: LackOfCharacterisation (aaaaa)
            if (KNOWLEDGE_GAP.matcher(text).find() && (!here.isEmpty() || FIRST_VESICLE_WORD.matcher(text).find() || GAP_OF_THEM.matcher(text).find())
                    && here.stream().noneMatch(x -> x[4].equals("hasChallenge") && GAP_CHALLENGES.contains(x[5]))) {
                out.add(new Finding(set, "aaaaaa", doc, text, "-", "a gap in the vesicles' biogenesis or mechanism, no gap challenge"));
            }
            // bbbbbb) inflammation reduced in a sentence that names the disease treated: that disease only (hhhhh), no
            // InflammatoryDisease row beside it, unless an "-itis" word names an inflammatory disease itself
            if (REDUCES_INFLAMMATION.matcher(text).find() && !ITIS_WORD.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("treats") && x[5].equals("InflammatoryDisease") && x[6].equals("positive")
                            && here.stream().anyMatch(y -> y[4].equals("treats") && y[2].equals(x[2]) && y[3].equals(x[3])
                                    && !y[5].equals("InflammatoryDisease") && y[6].equals("positive"))) {
                        out.add(new Finding(set, "bbbbbb", doc, text, show(x), "inflammation reduced beside a named disease, an InflammatoryDisease row"));
                    }
                }
            }
            // cccccc) a species named on the fluid or tissue: the fluid is the source (eee, yyyyy), no derivedFrom of the species
            if (SPECIES_ON_THE_SOURCE.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("derivedFrom") && !x[3].equals("-") && !lexicon.isA(ExoKg.NS + x[3], ExoKg.NS + "Cell")
                            && (x[5].equals("Organism") || lexicon.isA(ExoKg.NS + x[5], ExoKg.NS + "Organism"))) {
                        out.add(new Finding(set, "cccccc", doc, text, show(x), "a species named on the fluid or tissue written as a source"));
                    }
                }
            }
            // dddddd) a label line defining a code as vesicles from a named source: b's derivedFrom row (jjjj)
            if (CODE_DEFINING_LABEL.matcher(text.strip()).find() && !sourcesIn(e, s).isEmpty()
                    && here.stream().noneMatch(x -> x[4].equals("derivedFrom"))) {
                out.add(new Finding(set, "dddddd", doc, text, "-", "a label line defining a code from a named source, no derivedFrom row"));
            }
            // eeeeee) a legend naming what a panel measures (the part before a semicolon) states no result: no targets row
            String main = text.split(";", 2)[0];
            if (CELLS_EXPOSED_TO.matcher(main.strip()).find()) {
                for (String[] x : here) {
                    if (x[4].equals("targets") && !x[1].isEmpty() && main.contains(x[1]) || x[4].equals("targets") && text.equals(main)) {
                        out.add(new Finding(set, "eeeeee", doc, text, show(x), "a legend naming what is measured with a targets row"));
                    }
                }
            }
            // ffffff) "tears" meaning a rip (muscle, tendon tears) is Injury, never TearFluid
            if (TEAR_RIP.matcher(text).find() && !TEAR_FLUID.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[3].equals("TearFluid") || x[5].equals("TearFluid")) {
                        out.add(new Finding(set, "ffffff", doc, text, show(x), "tears in the sense of a rip written TearFluid"));
                    }
                }
            }
            // gggggg) evidence for a property judged strong: the property's row
            java.util.regex.Matcher judged = EVIDENCE_JUDGED_STRONG.matcher(text);
            if (judged.find()) {
                String topic = judged.group(1).toLowerCase(Locale.ROOT);
                boolean written = here.stream().anyMatch(x -> x[6].equals("positive") && switch (topic) {
                    case "immunogenicity" -> x[5].equals("Immunogenicity");
                    case "stability" -> x[5].equals("Stability") || x[5].equals("StorageStability");
                    case "uptake" -> x[5].equals("CellularUptake");
                    case "targeting" -> x[5].equals("TargetingAbility") || x[4].equals("targets");
                    default -> x[4].equals("treats");
                });
                if (!written) {
                    out.add(new Finding(set, "gggggg", doc, text, "-", "evidence for " + topic + " judged strong, no row of it"));
                }
            }
        }
        return out;
    }

    // ---- thirty-first session, second pass (branch goldconv31): conventions hhhhhh-pppppp ----
    /** hhhhhh) a code ending in a generic EV word defined as small EVs ("small EVs ..., which we call KX-EVs", "KX-EV (small extracellular vesicles ..."); group 1 the code. */
    static final java.util.regex.Pattern CODE_DEFINED_SMALL = java.util.regex.Pattern.compile(
            "\\bsmall\\s+(?:extracellular\\s+vesicles|EVs)\\b[^.;]{0,80}?\\b(?:which\\s+we\\s+(?:call|term|name)|called|named|termed)\\s+([\\w\u2010-]*[A-Z][\\w\u2010-]*?[-\u2010]?(?<!s)EVs?)\\b"
            + "|\\b([\\w\u2010-]*[A-Z][\\w\u2010-]*?[-\u2010]?(?<!s)EVs?)\\s*\\(\\s*small\\s+(?:extracellular\\s+vesicles|EVs)\\b");
    /** iiiiii) the classes of the ontology (a gold row naming another class is a typo or an invented class). */
    private static Set<String> ontologyClasses;
    static synchronized Set<String> ontologyClasses() {
        if (ontologyClasses == null) {
            Set<String> out = new java.util.HashSet<>();
            org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel(ExoKg.ONTOLOGY_FILE);
            m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class).forEachRemaining(r -> {
                if (r.isURIResource()) {
                    out.add(GoldStandard.local(r.getURI()));
                }
            });
            ontologyClasses = out;
        }
        return ontologyClasses;
    }
    /** kkkkkk) an invertebrate's secretion with no class of its own, named as the vesicles' source. */
    static final java.util.regex.Pattern SECRETION_WITHOUT_CLASS = java.util.regex.Pattern.compile("(?i)\\broyal\\s+jelly\\b|\\bbee\\s+venom\\b|\\bpropolis\\b");
    /** mmmmmm) bare cells (or cells with no class of their own) named by the fluid they are taken from. */
    static final java.util.regex.Pattern FLUID_CELLS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:amniotic\\s+fluid|(?:umbilical\\s+)?cord\\s+blood|urine|urinary|saliva|synovial\\s+fluid|menstrual\\s+blood)(?:[-\u2010\\s]+derived)?\\s+(?:mononuclear\\s+|nucleated\\s+)?cells\\b");
    /** nnnnnn) a chemotherapy's antitumour effect left unchanged by protective vesicles. */
    static final java.util.regex.Pattern ANTITUMOUR_EFFECT_KEPT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:was|were)\\s+the\\s+same\\s+as\\s+with\\s+[\\w\u2010-]+\\s+alone\\b|\\bno\\s+different\\s+from\\s+[\\w\u2010-]+\\s+alone\\b"
            + "|\\b(?:did\\s+not|without)\\s+(?:reduc|weaken|blunt|impair|compromis)\\w*\\s+(?:the|its|their)\\s+(?:antitumou?r|anti-tumou?r|anticancer)\\s+(?:effect|activity)");
    /** oooooo) a price the text judges too high. */
    static final java.util.regex.Pattern PRICE_JUDGED_HIGH = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|none\\b[^.;]{0,40}?)\\s+worth\\s+(?:its|the|their)\\s+(?:price|cost)\\b|\\bprice\\b[^.;]{0,40}?\\bis\\s+(?:too\\s+|very\\s+)?high\\b|\\b(?:too|prohibitively)\\s+expensive\\b");
    /** pppppp) a challenge stated as the consequence of a plan or use with "would" ("would be costly", "would need tonnes"). */
    static final java.util.regex.Pattern WOULD_CONSEQUENCE = java.util.regex.Pattern.compile(
            "(?i)\\bwould\\s+(?:be\\s+(?:costly|expensive|hard|difficult)|need|take|require)\\b");
    /** pppppp) and f applied: other hedge cues of a sentence (a condition left open, a modal, a doubt). */
    static final java.util.regex.Pattern OTHER_HEDGE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|possibl\\w*|probabl\\w*|perhaps|likely|if|whether|suggest\\w*|thought|believ\\w*|claim\\w*|potential\\w*|promis\\w*|appear\\w*|seem\\w*|unclear|unknown|hope\\w*|expect\\w*|doubt\\w*|rais\\w*\\s+the\\s+question|not\\s+(?:true|supported|shown|proven))\\b");
    /** f applied) a claim attributed by "according to" a source. */
    static final java.util.regex.Pattern ACCORDING_TO = java.util.regex.Pattern.compile("(?i)\\baccording\\s+to\\b");

    /**
     * The checks of conventions hhhhhh-pppppp and f applied (branch goldconv31, the session's second gold pass) for one
     * document, as {@link #thirtyFirstSessionFindings}: {@code mine} its gold rows found in the extraction, {@code at}
     * their sentences.
     */
    static List<Finding> goldconv31Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        if (mine.isEmpty()) {
            return out;
        }
        String doc = e.document().id();
        // hhhhhh) the codes this document defines as small EVs, and the sentences defining them
        Set<String> smallCodes = new LinkedHashSet<>();
        Set<String> defining = new LinkedHashSet<>();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            java.util.regex.Matcher d = CODE_DEFINED_SMALL.matcher(ds.first().text());
            while (d.find()) {
                smallCodes.add(d.group(1) != null ? d.group(1) : d.group(2));
                defining.add(ds.first().text());
            }
        }
        // iiiiii) every class a row names is a class of the ontology
        for (String[] x : mine) {
            for (String c : new String[] {x[2], x[3], x[5]}) {
                if (!c.equals("-") && !ontologyClasses().contains(c)) {
                    out.add(new Finding(set, "iiiiii", doc, at.get(x).text(), show(x), "no ontology class " + c));
                }
            }
        }
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            if (Section.isMethods(s.section())) {
                continue;
            }
            String text = s.text();
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            // oooooo) a price judged too high: HighCost (also where the sentence has no row but names the vesicles or products)
            if (PRICE_JUDGED_HIGH.matcher(text).find() && (!here.isEmpty() || FIRST_VESICLE_WORD.matcher(text).find() || PRODUCT_WORD.matcher(text).find())
                    && here.stream().noneMatch(x -> x[5].equals("HighCost"))) {
                out.add(new Finding(set, "oooooo", doc, text, "-", "a price judged too high, no HighCost row"));
            }
            if (here.isEmpty()) {
                continue;
            }
            // hhhhhh) a code defined as small EVs keeps its code's own word (fffff) at its uses: no SmallExtracellularVesicle row
            if (!defining.contains(text)) {
                for (String code : smallCodes) {
                    if (java.util.regex.Pattern.compile("(?<![\\w\u2010-])" + java.util.regex.Pattern.quote(code) + "(?![\\w\u2010-])").matcher(text).find()) {
                        for (String[] x : here) {
                            if (x[2].equals("SmallExtracellularVesicle") && x[1].contains(code)) {
                                out.add(new Finding(set, "hhhhhh", doc, text, show(x), "a code defined as small EVs (" + code + ") written SmallExtracellularVesicle"));
                            }
                        }
                    }
                }
            }
            // kkkkkk) an invertebrate's secretion with no class of its own: the secretion (BodyFluid) is the source, not the host
            if (SECRETION_WITHOUT_CLASS.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("derivedFrom") && x[5].equals("Organism") && x[1].matches("(?is).*(?:royal\\s+jelly|bee\\s+venom|propolis).*")) {
                        out.add(new Finding(set, "kkkkkk", doc, text, show(x), "an invertebrate's secretion named, the host written as the source"));
                    }
                }
            }
            // mmmmmm) bare cells named by their fluid: the fluid's row only, no derivedFrom Cell
            if (FLUID_CELLS.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("derivedFrom") && x[5].equals("Cell") && x[6].equals("positive")) {
                        out.add(new Finding(set, "mmmmmm", doc, text, show(x), "cells named by their fluid written derivedFrom Cell"));
                    }
                }
            }
            // nnnnnn) a chemotherapy's antitumour effect unchanged by the vesicles denies no treatment
            if (ANTITUMOUR_EFFECT_KEPT.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("treats") && x[6].equals("negative")) {
                        out.add(new Finding(set, "nnnnnn", doc, text, show(x), "an antitumour effect left unchanged written as a denied treatment"));
                    }
                }
            }
            // pppppp) a challenge as the consequence with "would" and no other cue: unhedged
            if (WOULD_CONSEQUENCE.matcher(text).find() && !OTHER_HEDGE.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("hasChallenge") && x[7].equals("true")) {
                        out.add(new Finding(set, "pppppp", doc, text, show(x), "a challenge stated with a consequential \"would\" written hedged"));
                    }
                }
            }
            // f applied) "according to" a source with no doubt in the sentence: unhedged
            if (ACCORDING_TO.matcher(text).find() && !OTHER_HEDGE.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[7].equals("true")) {
                        out.add(new Finding(set, "f-according", doc, text, show(x), "an attribution with \"according to\" and no doubt written hedged"));
                    }
                }
            }
        }
        return out;
    }

    // ---- thirty-fifth session (branch goldconv35): conventions iiiiiii-mmmmmmm ----
    /** iiiiiii) the sentence names outer membrane vesicles (OMVs, GMMA). */
    static final java.util.regex.Pattern OMV_NAMED = java.util.regex.Pattern.compile(
            "\\bOMVs?\\b|\\bGMMA\\b|(?i:\\bouter[-\u2010\\s]+membrane\\s+vesicles?\\b)");
    /** jjjjjjj) a species named on the cells ("murine macrophages", "human umbilical cord mesenchymal stem cells"). */
    static final java.util.regex.Pattern SPECIES_ON_CELLS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:human|murine|mouse|rats?|porcine|pigs?|bovine|cows?|equine|horses?|canine|dogs?|feline|cats?|ovine|sheep|caprine|goats?|rabbits?|camels?)"
            + "\\s+(?:[\\w\u2010-]+\\s+){0,4}?(?:cells?|stem\\s+cells|MSCs?|macrophages?|fibroblasts?|neutrophils?|monocytes?|keratinocytes?|astrocytes?|neurons?|hepatocytes?"
            + "|adipocytes?|chondrocytes?|osteoblasts?|erythrocytes?|lymphocytes?|microglia|cardiomyocytes?|pericytes?|platelets?|podocytes?)\\b");
    /** jjjjjjj) a species named on the vesicles themselves ("human-derived vesicles", "the porcine vesicles", "bovine EVs"). */
    static final java.util.regex.Pattern SPECIES_ON_VESICLES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:human|murine|mouse|rat|porcine|pig|bovine|cow|equine|horse|canine|dog|feline|cat|ovine|sheep|caprine|goat|rabbit|camel)"
            + "(?:[-\u2010\\s]+derived)?\\s+(?:[\\w\u2010-]+\\s+)?(?:vesicles|exosomes|EVs|sEVs|microvesicles|nanovesicles)\\b"
            + "|\\b(?:vesicles|exosomes|EVs|sEVs|microvesicles|nanovesicles)\\s+(?:from|of)\\s+(?:[\\w\u2010-]+\\s+){0,2}?(?:humans|mice|rats|pigs|cows|cattle|horses|dogs|cats|sheep|goats|rabbits|camels)\\b");
    /** kkkkkkk) an effect reported as not significant. */
    static final java.util.regex.Pattern NOT_SIGNIFICANT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|no)\\s+(?:statistically\\s+)?significant(?:ly)?\\b|\\bnon[-\u2010\\s]?significant\\b|\\binsignificant\\b|\\bdid\\s+not\\s+(?:statistically\\s+)?significantly\\b");
    /** lllllll) an organ or tissue the vesicles are said with a hedge to protect ("are postulated to protect the heart"). */
    static final java.util.regex.Pattern HEDGED_ORGAN_PROTECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:postulated|expected|thought|believed|proposed|suggested|likely|hoped)\\s+to\\s+(?:(?:[\\w\u2010-]+\\s+){1,5}?and\\s+to\\s+)?protect\\s+(?:the\\s+)?(?:[\\w\u2010-]+\\s+)?"
            + "(?:heart|myocardium|lungs?|kidneys?|liver|brain|retina|gut|intestines?|skin|cartilage|joints?|epithelium|endothelium|pancreas|bones?)\\b(?!\\s+(?:muscle\\s+)?cells)");
    /** lllllll) an organ or tissue the vesicles protect ("protect the liver", "protected the intestine"), not cells. */
    static final java.util.regex.Pattern ORGAN_PROTECTION = java.util.regex.Pattern.compile(
            "(?i)\\bprotect(?:s|ed|ing)?\\s+(?:the\\s+|their\\s+|its\\s+)?(?:[\\w\u2010-]+\\s+)?"
            + "(?:heart|myocardium|lungs?|kidneys?|liver|brain|retina|gut|intestines?|skin|cartilage|joints?|epithelium|endothelium|pancreas|bones?|crypts|(?:blood-brain\\s+|intestinal\\s+)?barrier)\\b(?!\\s+(?:muscle\\s+)?cells)");
    /** lllllll) a protection denied or left open (a control arm's "did not protect", "whether ... protect"). */
    static final java.util.regex.Pattern PROTECTION_DENIED_OR_OPEN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|never)\\s+protect|\\bwhether\\b");
    /** mmmmmmm) a reported finding that others did not reproduce. */
    static final java.util.regex.Pattern REPORTED_NOT_REPRODUCED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:reported|shown|described|found)\\b[^.;]*?\\b(?:(?:has|have|had)\\s+not\\s+been\\s+(?:reproduced|replicated)|could\\s+not\\s+(?:reproduce|replicate)|failed\\s+to\\s+(?:reproduce|replicate))\\b");

    /**
     * The checks of conventions iiiiiii-mmmmmmm (branch goldconv35) for one document, as {@link #goldconv31Findings}:
     * {@code mine} its gold rows found in the extraction, {@code at} their sentences.
     */
    static List<Finding> goldconv35Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        if (mine.isEmpty()) {
            return out;
        }
        String doc = e.document().id();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            if (Section.isMethods(s.section())) {
                continue;
            }
            String text = s.text();
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            if (here.isEmpty()) {
                continue;
            }
            // iiiiiii) modified outer membrane vesicles keep the text's vesicle word (mm): no EngineeredExosome row
            if (OMV_NAMED.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[2].equals("EngineeredExosome")) {
                        out.add(new Finding(set, "iiiiiii", doc, text, show(x), "outer membrane vesicles written EngineeredExosome"));
                    }
                }
            }
            // jjjjjjj) a species named on the cells: the cells are the source, no derivedFrom of the species
            if (SPECIES_ON_CELLS.matcher(text).find() && !SPECIES_ON_VESICLES.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("derivedFrom") && lexicon.isA(ExoKg.NS + x[5], ExoKg.NS + "Mammal")) {
                        out.add(new Finding(set, "jjjjjjj", doc, text, show(x), "a species named on the cells written as a source"));
                    }
                }
            }
            // kkkkkkk) an effect reported as not significant is no claim either way: no denied row
            if (NOT_SIGNIFICANT.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[6].equals("negative")) {
                        out.add(new Finding(set, "kkkkkkk", doc, text, show(x), "an effect reported as not significant written as a denial"));
                    }
                }
            }
            // lllllll) an organ or tissue the vesicles are said with a hedge to protect: a hedged treats row of its disease
            if (HEDGED_ORGAN_PROTECTION.matcher(text).find() && here.stream().noneMatch(x -> x[4].equals("treats") && x[7].equals("true"))) {
                out.add(new Finding(set, "lllllll", doc, text, "-", "an organ protected with a hedge, no hedged treats row"));
            } else if (ORGAN_PROTECTION.matcher(text).find() && !PROTECTION_DENIED_OR_OPEN.matcher(text).find()
                    && here.stream().noneMatch(x -> x[4].equals("treats"))) {
                out.add(new Finding(set, "lllllll", doc, text, "-", "an organ protected, no treats row"));
            }
            // mmmmmmm) a reported finding not reproduced: unhedged (f), nothing denied
            if (REPORTED_NOT_REPRODUCED.matcher(text).find() && !OTHER_HEDGE.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[6].equals("negative") || x[7].equals("true")) {
                        out.add(new Finding(set, "mmmmmmm", doc, text, show(x), "a reported finding not reproduced written denied or hedged"));
                    }
                }
            }
        }
        return out;
    }

    // ---- thirty-sixth session (branch goldconv36): nnnnnnn, fffffff applied to hedged deliveries ----
    /** A gap predicate that closes or opens a whether-clause (nnnnnnn; wider than aaaaa's OPEN_QUESTION: "debated", "open"). */
    static final java.util.regex.Pattern WHETHER_GAP = java.util.regex.Pattern.compile(
            "(?i)\\bwhether\\b.*\\b(?:unknown|unclear|uncertain|not\\s+(?:yet\\s+)?(?:known|clear|settled|shown)|(?:still\\s+)?debated|disputed"
            + "|remains?\\s+(?:open|to\\s+be\\s+\\w+)|an\\s+open\\s+question|ha(?:s|ve|d)\\s+not\\s+(?:yet\\s+)?been\\s+\\w+|(?:was|were)\\s+not\\s+(?:tested|studied|examined|shown))\\b"
            + "|\\b(?:unknown|unclear|uncertain|not\\s+(?:yet\\s+)?(?:known|clear))\\s+whether\\b");
    /** nnnnnnn) a whether-clause asking for an effect on a disease, whatever its setting ("whether they work as well in pigs"). */
    static final java.util.regex.Pattern WHETHER_EFFECT = java.util.regex.Pattern.compile(
            "(?i)\\bwhether\\s+(?:[\\w\u2010-]+\\s+){0,8}?(?:(?:can|could|would|will|also|really)\\s+){0,2}"
            + "(?:work|works|help|helps|benefit|benefits|protect|protects|halt|halts|prevent|prevents|cure|cures|treat|treats|reverse|reverses)\\b");
    /** nnnnnnn) a whether-clause between two mechanisms ("act through microRNAs alone or also through their protein cargo"): aaaaa's unknown mechanism. */
    static final java.util.regex.Pattern WHETHER_MECHANISM = java.util.regex.Pattern.compile(
            "(?i)\\bwhether\\b[^.]*\\b(?:act|acts|work|works)\\s+(?:only\\s+|mainly\\s+)?(?:through|via|by)\\b|\\bwhether\\b[^.]*\\bin\\s+the\\s+same\\s+way\\b"
            + "|\\bwhether\\s+the\\s+(?:benefit|effect|activity)\\s+comes?\\s+from\\b");
    /** fffffff) the vesicles said with a modal, or inside a whether-clause, to deliver or carry a cargo, or to serve as its carriers. */
    static final java.util.regex.Pattern HEDGED_DELIVERY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|can|would)\\s+(?:also\\s+|still\\s+|likewise\\s+|one\\s+day\\s+|possibly\\s+){0,2}"
            + "(?:deliver|carry|bring|transport|serve\\s+as\\s+(?:[\\w\u2010-]+\\s+){0,2}(?:carriers?|vehicles?|vectors?))\\b");
    /** fffffff) a cargo carried away from the target or for monitoring, not delivered ("carry doxorubicin out of cancer cells"). */
    static final java.util.regex.Pattern NOT_A_DELIVERY = java.util.regex.Pattern.compile(
            "(?i)\\bout\\s+of\\b|\\bmonitoring\\b|\\btheir\\s+metabolites\\b");

    /** fffffff) the therapeutic cargo classes: a drug, a therapeutic nucleic acid, an editing tool. */
    static boolean therapeuticCargo(String cls, Lexicon lexicon) {
        String iri = ExoKg.NS + cls;
        return cls.equals("SiRNA") || cls.equals("TherapeuticAgent") || lexicon.isA(iri, ExoKg.NS + "TherapeuticAgent");
    }

    static List<Finding> goldconv36Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        if (mine.isEmpty()) {
            return out;
        }
        String doc = e.document().id();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            if (Section.isMethods(s.section())) {
                continue;
            }
            String text = s.text();
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            if (here.isEmpty()) {
                continue;
            }
            boolean gap = here.stream().anyMatch(x -> x[4].equals("hasChallenge") && x[5].equals("LackOfCharacterisation"));
            if (WHETHER_GAP.matcher(text).find() && gap && !WHETHER_MECHANISM.matcher(text).find()) {
                // nnnnnnn) an effect asked in a whether-clause is the hedged content, not a gap, whatever its setting
                if (WHETHER_EFFECT.matcher(text).find() && here.stream().noneMatch(x -> x[4].equals("treats") && x[7].equals("true"))) {
                    out.add(new Finding(set, "nnnnnnn", doc, text, "-", "an effect asked in a whether-clause written as a gap, no hedged treats row"));
                }
                // nnnnnnn) (aaaaa) the content or the gap, never both (two whether-clauses may each have their own)
                boolean twoQuestions = text.toLowerCase(Locale.ROOT).split("\\bwhether\\b", -1).length > 2;
                for (String[] x : twoQuestions ? List.<String[]>of() : here) {
                    if (x[7].equals("true") && !x[4].equals("hasChallenge") && !x[4].equals("derivedFrom")) {
                        out.add(new Finding(set, "nnnnnnn", doc, text, show(x), "a whether-clause written both as hedged content and as a gap"));
                    }
                }
            }
            // fffffff applied) a hedged delivery of a therapeutic cargo: usedFor DrugDelivery, hedged as the carries row
            if (HEDGED_DELIVERY.matcher(text).find() && !NOT_A_DELIVERY.matcher(text).find()) {
                boolean cargo = here.stream().anyMatch(x -> x[4].equals("carries") && x[6].equals("positive") && x[7].equals("true")
                        && therapeuticCargo(x[5], lexicon));
                boolean delivery = here.stream().anyMatch(x -> x[4].equals("usedFor")
                        && (x[5].equals("DrugDelivery") || lexicon.isA(ExoKg.NS + x[5], ExoKg.NS + "DrugDelivery")));
                if (cargo && !delivery) {
                    out.add(new Finding(set, "fffffff", doc, text, "-", "a hedged delivery of a therapeutic cargo, no usedFor DrugDelivery row"));
                }
            }
        }
        return out;
    }

    // ---- thirty-seventh session (branch goldconv37): conventions ooooooo-vvvvvvv ----
    /** ooooooo) a cost put forward as possible: a modal before the predicate that calls the cost high ("could prove prohibitive"). */
    static final java.util.regex.Pattern MODAL_COST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could)\\s+(?:also\\s+|well\\s+|still\\s+|even\\s+){0,2}(?:be|prove|become|remain|turn\\s+out)\\s+"
            + "(?:to\\s+be\\s+)?(?:[\\w\u2010-]+\\s+){0,2}?(?:costly|expensive|prohibitive|unaffordable)\\b");
    /** ppppppp) the gut's epithelium or lining reached, entered, taken up by, found in or protected. */
    static final java.util.regex.Pattern GUT_EPITHELIUM_TARGET = java.util.regex.Pattern.compile(
            "(?i)\\b(?:reach(?:es|ed)?|enter(?:s|ed)?|taken\\s+up\\s+by|absorbed\\s+by|found\\s+in|protect(?:s|ed)?|tighten(?:s|ed)?)\\s+"
            + "(?:the\\s+)?(?:\\w+\\s+)?(?:intestinal|gut|colonic)\\s+(?:epithelium|lining)\\b");
    /** qqqqqqq) an ability to carry or deliver ("can carry", "are able to deliver", "can be engineered to carry"). */
    static final java.util.regex.Pattern ABILITY_DELIVERY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:can|(?:is|are|were|was)\\s+able\\s+to|capable\\s+of)\\s+(?:also\\s+|still\\s+|even\\s+|efficiently\\s+){0,2}"
            + "(?:be\\s+(?:engineered|loaded|modified|designed)\\s+to\\s+)?(?:deliver|carry|bring|transport|ferry|delivering|carrying)\\b");
    /** uuuuuuu) immunity, or immune cells, suppressed or evaded by a pathogen's or a parasite's vesicles (yy's escape). */
    static final java.util.regex.Pattern PATHOGEN_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:parasit\\w*|helminths?|ticks?|worms?|flukes?|Leishmania|Trypanosoma|Plasmodium|Toxoplasma|Schistosoma|pathogens?|pathogenic|virus\\w*|viral|infected)\\b");
    static final java.util.regex.Pattern SUPPRESSES_IMMUNITY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:suppress|dampen|blunt|subvert|evade|escape|inhibit|paralys|disarm)\\w*\\s+(?:the\\s+)?(?:[\\w'\u2019\u2010-]+\\s+){0,3}?"
            + "(?:immun\\w*|macrophages?|T\\s+cells?|natural\\s+killer|NK\\s+cells?|dendritic\\s+cells?|host\\s+defen[cs]es?)\\b");
    /** uuuuuuu) a use of the pathogen's vesicles as a remedy (then ggggggg, yy and ooo apply). */
    static final java.util.regex.Pattern REMEDY_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:treat\\w*|therap\\w*|protect\\w*|reliev\\w*|ameliorat\\w*|alleviat\\w*|against\\s+(?:colitis|arthritis|autoimmun|allerg|asthma|encephalo|inflamm))");
    /** vvvvvvv) an inference stated with "indicate(s) that", "point(s) to" or "consistent with". */
    static final java.util.regex.Pattern INFERENCE_STATED = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w\u2010-])indicat(?:e|es|ed|ing)\\b(?!-)|\\bpoint(?:s|ed|ing)?\\s+to\\b|\\bconsistent\\s+with\\b");
    /** vvvvvvv) any other hedge cue of the golds (f, the seed header, aaaaa's open questions, pp's concerns). */
    static final java.util.regex.Pattern OTHER_HEDGE_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:may|might|could|would|suggest\\w*|possib\\w*|potential\\w*|likely|unlikely|probabl\\w*|perhaps|promis\\w*|whether|if|appear\\w*"
            + "|seem\\w*|thought|propos\\w*|hypothes\\w*|believ\\w*|consider\\w*|expect\\w*|unclear|unknown|uncertain|candidates?|implicated|concerns?|risks?"
            + "|question\\w*|claim\\w*|debat\\w*|hope\\w*|aim\\w*|plan\\w*|tested|testing|explor\\w*|studied|investigat\\w*)\\b");

    /**
     * The checks of conventions ooooooo-vvvvvvv (branch goldconv37) for one document, as {@link #goldconv35Findings}:
     * {@code mine} its gold rows found in the extraction, {@code at} their sentences.
     */
    static List<Finding> goldconv37Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        if (mine.isEmpty()) {
            return out;
        }
        String doc = e.document().id();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            if (Section.isMethods(s.section())) {
                continue;
            }
            String text = s.text();
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            if (here.isEmpty()) {
                continue;
            }
            // ooooooo) a cost called high under "may / might / could" is a hedged HighCost (f)
            if (MODAL_COST.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("hasChallenge") && x[5].equals("HighCost") && x[6].equals("positive") && x[7].equals("false")) {
                        out.add(new Finding(set, "ooooooo", doc, text, show(x), "a cost called high under may / might / could written unhedged"));
                    }
                }
            }
            // ppppppp) the gut's epithelium as a target is EpithelialCell; IntestinalBarrier is only crossed
            for (String[] x : here) {
                if (x[4].equals("targets") && x[5].equals("IntestinalBarrier")) {
                    out.add(new Finding(set, "ppppppp", doc, text, show(x), "the intestinal barrier written as a target"));
                }
            }
            if (GUT_EPITHELIUM_TARGET.matcher(text).find()
                    && here.stream().noneMatch(x -> x[4].equals("targets") && x[5].equals("EpithelialCell"))
                    && here.stream().noneMatch(x -> x[6].equals("negative"))) {
                out.add(new Finding(set, "ppppppp", doc, text, "-", "the gut's epithelium reached or protected, no targets EpithelialCell row"));
            }
            // qqqqqqq) an ability to carry a therapeutic cargo is a delivery: usedFor DrugDelivery beside the unhedged carries row
            if (ABILITY_DELIVERY.matcher(text).find() && !NOT_A_DELIVERY.matcher(text).find()) {
                boolean cargo = here.stream().anyMatch(x -> x[4].equals("carries") && x[6].equals("positive") && x[7].equals("false")
                        && therapeuticCargo(x[5], lexicon));
                boolean delivery = here.stream().anyMatch(x -> x[4].equals("usedFor")
                        && (x[5].equals("DrugDelivery") || lexicon.isA(ExoKg.NS + x[5], ExoKg.NS + "DrugDelivery")));
                if (cargo && !delivery) {
                    out.add(new Finding(set, "qqqqqqq", doc, text, "-", "an ability to carry a therapeutic cargo, no usedFor DrugDelivery row"));
                }
            }
            // uuuuuuu) (yy, ggggggg) a pathogen's or parasite's vesicles that suppress or evade immunity give no Immunomodulation
            // (the pathogen named before the suppression; a text that gives the vesicles as a remedy, a treats row of theirs other
            // than the infection itself, is ggggggg's and yy's own case, not an escape)
            java.util.regex.Matcher suppression = SUPPRESSES_IMMUNITY.matcher(text);
            if (suppression.find() && PATHOGEN_WORD.matcher(text.substring(0, suppression.start())).find()
                    && !REMEDY_WORD.matcher(text).find()) {
                for (String[] x : here) {
                    boolean remedy = mine.stream().anyMatch(y -> y[2].equals(x[2]) && y[3].equals(x[3]) && y[4].equals("treats")
                            && y[6].equals("positive") && !y[5].equals("InfectiousDisease"));
                    if (x[4].equals("usedFor") && x[5].equals("Immunomodulation") && x[6].equals("positive") && !remedy) {
                        out.add(new Finding(set, "uuuuuuu", doc, text, show(x), "a pathogen's immune escape written as usedFor Immunomodulation"));
                    }
                }
            }
            // vvvvvvv) "indicate(s) that", "point(s) to", "consistent with" state the inference: no hedge unless another cue
            if (INFERENCE_STATED.matcher(text).find() && !OTHER_HEDGE_CUE.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[7].equals("true")) {
                        out.add(new Finding(set, "vvvvvvv", doc, text, show(x), "an inference stated with indicate / point to / consistent with written hedged"));
                    }
                }
            }
        }
        return out;
    }

    // ---- thirty-eighth session (branch goldconv38): conventions xxxxxxx-zzzzzzz ----
    /** xxxxxxx) the transfection of the vesicles' producer (parent) cells named as how they were loaded. */
    static final java.util.regex.Pattern PRODUCER_TRANSFECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:producer|parent(?:al)?|producing|donor)[-\u2010\\s]+(?:cells?[-\u2010\\s]+)?transfection\\b"
            + "|\\btransfect(?:ion|ing)\\s+(?:of\\s+)?(?:the\\s+)?(?:producer|parent(?:al)?|producing)\\s+cells?\\b"
            + "|\\b(?:producer|parent(?:al)?|producing)\\s+cells?\\s+by\\s+transfection\\b"
            // goldconv39: the passive, "producer cells can be / were transfected" (blind 32's exam answer)
            + "|\\b(?:producer|parent(?:al)?|producing)\\s+cells?\\s+(?:can|could|may|are|were|is|was)\\s+(?:be\\s+)?(?:stably\\s+)?transfected\\b");
    /** ff) a control transfection (scrambled, mock, empty vector) or untransfected cells make nothing engineered. */
    static final java.util.regex.Pattern CONTROL_TRANSFECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:scrambled|mock|empty\\s+vector|untransfected)\\b");
    /** xxxxxxx) a gene editor loaded into isolated vesicles (electroporation, sonication, incubation, saponin). */
    static final java.util.regex.Pattern EDITOR_LOADED_AFTER_ISOLATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:Cas9|CRISPR)\\b[^.;]{0,80}?\\bby\\s+(?:electroporation|sonication|incubation|saponin)\\b"
            + "|\\b(?:electroporat\\w*|sonicat\\w*)\\b[^.;]{0,60}?\\b(?:Cas9|CRISPR)\\b");
    /** xxxxxxx) a word that names a modification of the vesicles or of their producer cells (z). */
    static final java.util.regex.Pattern ENGINEERING_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:engineer\\w*|display\\w*|express\\w*|fus(?:ed|ing|ion)|scaffold|transfect\\w*|transduc\\w*|modified)\\b");
    /** yyyyyyy) EV-liposome hybrids that hold, load or carry a cargo. */
    static final java.util.regex.Pattern HYBRID_HOLDS = java.util.regex.Pattern.compile(
            "(?i)\\bhybrid(?:s|\\s+vesicles?)?\\b[^.;]{0,80}?\\b(?:held|holds?|loaded|carried|carr(?:y|ies)|encapsulated|delivered)\\b");
    /** zzzzzzz) nanoparticles coated with a cell membrane ("platelet membrane-coated PLGA nanoparticles"). */
    static final java.util.regex.Pattern MEMBRANE_COATED_PARTICLES = java.util.regex.Pattern.compile(
            "(?i)\\bmembrane[-\u2010\\s]+coated\\s+(?:[\\w()-]+\\s+){0,2}?(?:nano)?particles?\\b"
            + "|\\b(?:nano)?particles?\\s+coated\\s+with\\s+(?:[\\w-]+\\s+){0,2}membranes?\\b");
    /** Plain vesicle kinds (not engineered, not artificial). */
    private static final Set<String> PLAIN_KINDS = Set.of("Exosome", "ExtracellularVesicle", "SmallExtracellularVesicle", "Microvesicle");
    private static Set<String> exosomeDenials;

    /**
     * xxxxxxx's exception: document and qualifier of every preparation a development kind gold (gold/, never sealed/) says
     * is not exosomes ("KerEVs are, strictly, small EVs rather than exosomes"): EngineeredExosome is an exosome in the
     * ontology, so such a preparation keeps its own vesicle word.
     */
    static synchronized Set<String> exosomeDenials() {
        if (exosomeDenials == null) {
            Set<String> out = new java.util.HashSet<>();
            try (var files = Files.list(GOLD)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith("-kind-claims.tsv")).toList()) {
                    for (String[] x : GoldStandard.readRows(f)) {
                        if (x[4].equals("isKindOf") && x[5].equals("Exosome") && x[6].equals("negative")) {
                            out.add(x[0] + "|" + x[3]);
                        }
                    }
                }
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            exosomeDenials = out;
        }
        return exosomeDenials;
    }

    /**
     * xxxxxxx) z for producer-cell transfection and gene editors: vesicles loaded by transfection of their producer cells
     * are EngineeredExosome (a loadedBy Transfection row of a plain kind is the breach), unless the text says the preparation
     * is not exosomes; a gene editor loaded into isolated vesicles (electroporation, sonication) is loading alone (an
     * EngineeredExosome row in such a sentence with no modification word is the breach). yyyyyyy) a hybrid that holds or
     * carries a cargo gives its own HybridVesicle rows, whatever a set header said. zzzzzzz) nanoparticles coated with a
     * cell membrane are no vesicles: a Nanoparticle or Liposome row deriving them from the membrane's cells is the breach.
     */
    static List<Finding> goldconv38Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at) {
        List<Finding> out = new ArrayList<>();
        String doc = e.document().id();
        Set<String> denied = exosomeDenials();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            if (Section.isMethods(s.section())) {
                continue;
            }
            String text = s.text();
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            if (PRODUCER_TRANSFECTION.matcher(text).find() && !CONTROL_TRANSFECTION.matcher(text).find()) {
                for (String[] x : here) {
                    if (PLAIN_KINDS.contains(x[2]) && x[4].equals("loadedBy") && x[5].equals("Transfection") && x[6].equals("positive")
                            && !denied.contains(doc + "|" + x[3])) {
                        out.add(new Finding(set, "xxxxxxx", doc, text, show(x), "vesicles loaded by producer-cell transfection written as a plain kind"));
                    }
                }
            }
            if (EDITOR_LOADED_AFTER_ISOLATION.matcher(text).find() && !ENGINEERING_WORD.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[2].equals("EngineeredExosome")) {
                        out.add(new Finding(set, "xxxxxxx", doc, text, show(x), "a gene editor loaded into isolated vesicles written as engineered"));
                    }
                }
            }
            if (HYBRID_HOLDS.matcher(text).find() && here.stream().noneMatch(x -> x[2].equals("HybridVesicle"))) {
                out.add(new Finding(set, "yyyyyyy", doc, text, "-", "hybrids that hold or carry a cargo, no HybridVesicle row"));
            }
            if (MEMBRANE_COATED_PARTICLES.matcher(text).find()) {
                for (String[] x : here) {
                    if ((x[2].equals("Nanoparticle") || x[2].equals("Liposome")) && x[4].equals("derivedFrom")) {
                        out.add(new Finding(set, "zzzzzzz", doc, text, show(x), "a membrane-coated nanoparticle written with a source row"));
                    }
                }
            }
        }
        return out;
    }

    // ---- thirty-eighth session (branch goldconv38b): convention bbbbbbbb ----
    /** bbbbbbbb) an arm's finding of no effect ("gave no protection", "had no effect", "did not protect"). */
    static final java.util.regex.Pattern NO_EFFECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:gave|had|showed|conferred|offered)\\s+no\\s+(?:such\\s+)?(?:protective\\s+)?(?:protection|effect|benefit)\\b"
            + "|\\b(?:did\\s+not|failed\\s+to)\\s+protect\\b");
    /**
     * bbbbbbbb (goldconv39) the same-source side also for an arm's other wordings of no effect ("did not slow / delay / reduce
     * tumour growth", "did not increase plaque load", "did nothing"); only used with a word of a changed arm.
     */
    static final java.util.regex.Pattern ARM_NO_EFFECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:did\\s+not|failed\\s+to)\\s+(?:slow|delay|reduce|increase|improve|shrink|prevent|affect|change)\\b|\\bdid\\s+nothing\\b"
            + "|,?\\s+whereas\\s+[^,;]{3,60}?\\s+did\\s+not\\s*$");
    /** cccccccc) a sentence opening on a bare vesicle word and a participle of what the study did to them. */
    static final java.util.regex.Pattern BARE_STUDIED = java.util.regex.Pattern.compile(
            "^(?:The\\s+)?(?:exosomes|EVs|sEVs|vesicles|nanovesicles|extracellular\\s+vesicles)\\s+(?:that\\s+were\\s+|which\\s+were\\s+)?"
            + "(?:kept|given|collected|injected|stored|isolated|loaded|labell?ed|frozen|administered|incubated|applied|sprayed|fed|delivered)\\b");
    /** bbbbbbbb) a word naming the same source changed: a resting, stressed, emptied or control-loaded arm. */
    static final java.util.regex.Pattern CHANGED_ARM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:resting|stressed|starved|unloaded|empty|heated|lacking|without|scrambled|unmodified|uninfected|unstimulated"
            + "|unpolari[sz]ed|untreated|naive|knock(?:ed)?[-\\s]?(?:down|out)|deficient|healthy)\\b");
    /** cccccccc) the field's literature ("EVs labelled with dyes have been used to ..."): the kind, not the study's preparation. */
    static final java.util.regex.Pattern LITERATURE_PERFECT = java.util.regex.Pattern.compile("(?i)\\b(?:have|has)\\s+been\\b");
    /** The relations by which an arm's effect is written (treats, targets, usedFor, contributesTo). */
    private static final Set<String> EFFECT_RELATIONS = Set.of("treats", "targets", "usedFor", "contributesTo");

    /**
     * bbbbbbbb) A control arm's "gave no protection": vesicles of another source than the preparation they control are a
     * true denial (NOT, qualified by their own source), so an arm naming its own source in a document whose effect rows are
     * all of other sources, with no denied row and no word of a changed arm in its sentence, is a breach; an arm of the
     * same source changed (resting, stressed, uninfected, heated, lacking a component, a scrambled cargo) denies nothing of
     * the effect, so a denied effect row in a sentence naming such an arm that the same document also writes affirmed,
     * same subject, qualifier and object, is a breach.
     */
    static List<Finding> goldconv38bFindings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at) {
        List<Finding> out = new ArrayList<>();
        String doc = e.document().id();
        Set<String> affirmed = new java.util.HashSet<>();
        Set<String> effectQualifiers = new java.util.HashSet<>();
        for (String[] x : mine) {
            if (EFFECT_RELATIONS.contains(x[4]) && x[6].equals("positive")) {
                affirmed.add(x[2] + "|" + x[3] + "|" + x[4] + "|" + x[5]);
                effectQualifiers.add(x[3]);
            }
        }
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            String text = s.text();
            boolean noEffect = NO_EFFECT.matcher(text).find();
            if (Section.isMethods(s.section()) || !(noEffect || (ARM_NO_EFFECT.matcher(text.replaceAll("[.!]$", "")).find()
                    && CHANGED_ARM.matcher(text).find()))) {
                continue;
            }
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            boolean denial = false;
            for (String[] x : here) {
                if (EFFECT_RELATIONS.contains(x[4]) && x[6].equals("negative")) {
                    denial = true;
                    if (CHANGED_ARM.matcher(text).find() && affirmed.contains(x[2] + "|" + x[3] + "|" + x[4] + "|" + x[5])) {
                        out.add(new Finding(set, "bbbbbbbb", doc, text, show(x), "a same-source arm's lack of effect written as a denial of its preparation's own effect"));
                    }
                }
            }
            if (noEffect && !denial && !effectQualifiers.isEmpty() && !CHANGED_ARM.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("derivedFrom") && x[3].equals("-") && x[6].equals("positive") && !effectQualifiers.contains(x[5])) {
                        out.add(new Finding(set, "bbbbbbbb", doc, text, show(x), "an arm of another source with no effect and no denied row"));
                    }
                }
            }
        }
        // cccccccc) a bare vesicle word opening a sentence on what was done to the text's one preparation
        Map<String, Set<String>> qualifiersOf = new java.util.HashMap<>();
        for (String[] x : mine) {
            if (!x[3].equals("-")) {
                qualifiersOf.computeIfAbsent(x[2], k -> new java.util.HashSet<>()).add(x[3]);
            }
        }
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            String text = s.text();
            if (Section.isMethods(s.section()) || !BARE_STUDIED.matcher(text).find() || LITERATURE_PERFECT.matcher(text).find()) {
                continue;
            }
            for (String[] x : mine) {
                if (at.get(x).text().equals(text) && x[3].equals("-") && !x[4].equals("derivedFrom")
                        && qualifiersOf.getOrDefault(x[2], Set.of()).size() == 1) {
                    out.add(new Finding(set, "cccccccc", doc, text, show(x), "a bare vesicle word on what was done to the text's one preparation written unqualified"));
                }
            }
        }
        return out;
    }

    // ---- thirty-ninth session (branch goldconv39): convention dddddddd ----
    /**
     * dddddddd) the verb "carry" with a destination: "carry / carried X into the brain", "to tumours", "across the gut wall",
     * "back to their tumour of origin" (a place, a tissue, cells or a barrier reached). "carries them to neurons" (a peptide
     * carrying the vesicles) and "mice carrying tumours" are not the vesicles' carrying.
     */
    static final java.util.regex.Pattern CARRY_TO_DESTINATION = java.util.regex.Pattern.compile(
            "(?i)\\bcarr(?:y|ies|ied|ying)\\s+(?!them\\b|it\\b|human\\s+\\w+\\s*(?:tumou?r|cancer|neuroblastoma))(?:(?!conjugated\\b|attached\\b|bound\\b|linked\\b|coupled\\b|fused\\b|restored\\b)[\\w'\u2019\u2010()-]+\\s+){1,6}?"
            + "(?:back\\s+)?(?:into|across|through|to)\\s+(?:the\\s+|their\\s+|its\\s+|inflamed\\s+|human\\s+|target\\s+|recipient\\s+)?"
            + "(?!be\\b|treat|make|reduce|form|help|protect|improve|induce|about\\b|the\\s+same\\b|one\\s+another\\b|another\\b)[a-z]");

    /** eeeeeeee) vesicles aggregating or clumping through storage (freezing, thawing, freeze-drying, reconstitution, warming). */
    static final java.util.regex.Pattern AGGREGATION_WORD = java.util.regex.Pattern.compile("(?i)\\baggregat\\w*|\\bclump\\w*");
    static final java.util.regex.Pattern STORAGE_CAUSE = java.util.regex.Pattern.compile(
            "(?i)\\bstor(?:ed|age|ing)\\b|\\bfreez\\w*|\\bfroz\\w*|\\bthaw\\w*|\\blyophil\\w*|\\bfreeze[-\u2010\\s]dr\\w*|\\breconstitut\\w*"
            + "|\\brefreez\\w*|\\bwarmed\\b|\\bshelf\\b|\\brehydrat\\w*");
    /** eeeeeeee) aggregation caused by loading, isolation or chemistry (VesicleAggregation only). */
    static final java.util.regex.Pattern NOT_STORAGE_AGGREGATION = java.util.regex.Pattern.compile(
            "(?i)\\belectropor\\w*|\\bsonicat\\w*|\\bultracentrifug\\w*|\\bconjugat\\w*|\\bextru\\w*|\\bload\\w*|\\bprevent\\w*");

    /**
     * dddddddd) fffffff and qqqqqqq for the verb "carry" with a destination: vesicles that carry a therapeutic cargo into, to
     * or across a place, a tissue, cells or a barrier deliver it, so a sentence with such a carries row (any hedge) and no
     * usedFor DrugDelivery is the breach; fffffff's exceptions (natural cargo, "out of" cells, monitoring) are not therapeutic
     * cargo or are left out as qqqqqqq leaves them out.
     */
    static List<Finding> goldconv39Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        String doc = e.document().id();
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            String text = s.text();
            if (Section.isMethods(s.section())) {
                continue;
            }
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            // eeeeeeee) x and ooooo: aggregation through storage is also a storage problem, StorageStability beside it
            if (AGGREGATION_WORD.matcher(text).find() && STORAGE_CAUSE.matcher(text).find() && !NOT_STORAGE_AGGREGATION.matcher(text).find()) {
                for (String[] x : here) {
                    if (x[4].equals("hasChallenge") && x[5].equals("VesicleAggregation") && x[6].equals("positive")
                            && here.stream().noneMatch(y -> y[2].equals(x[2]) && y[3].equals(x[3]) && y[4].equals("hasChallenge")
                                    && y[5].equals("StorageStability") && y[6].equals("positive"))) {
                        out.add(new Finding(set, "eeeeeeee", doc, text, show(x), "aggregation through storage, no StorageStability beside it"));
                    }
                }
            }
            if (!CARRY_TO_DESTINATION.matcher(text).find() || NOT_A_DELIVERY.matcher(text).find()) {
                continue;
            }
            for (String[] x : here) {
                if (x[4].equals("carries") && x[6].equals("positive") && therapeuticCargo(x[5], lexicon)
                        && here.stream().noneMatch(y -> y[2].equals(x[2]) && y[3].equals(x[3]) && y[4].equals("usedFor")
                                && (y[5].equals("DrugDelivery") || lexicon.isA(ExoKg.NS + y[5], ExoKg.NS + "DrugDelivery")))) {
                    out.add(new Finding(set, "dddddddd", doc, text, show(x), "a therapeutic cargo carried to a destination, no usedFor DrugDelivery of the same subject"));
                }
            }
        }
        return out;
    }

    // ---- fortieth session (branch goldconv40): bbbbbbbb applied to inactivated arms; gggggggg ----
    /** bbbbbbbb applied (goldconv40) an inactivated arm of the preparation: heated, boiled, denatured, digested or lysed vesicles. */
    static final java.util.regex.Pattern INACTIVATED_ARM = java.util.regex.Pattern.compile(
            "(?i)\\bheat(?:ed|ing|[-\u2010\\s](?:treated|inactivated|denatured|killed))\\b|\\bboil(?:ed|ing)\\b|\\bdenatured\\b"
            + "|\\binactivated\\b|\\bproteinase\\b|\\btrypsin\\b|\\bRNase\\b|\\bDNase\\b|\\bdetergent\\b");
    /** bbbbbbbb applied and gggggggg: an effect lost or absent ("lost their protective effect", "abolished", "no longer"). */
    static final java.util.regex.Pattern EFFECT_LOST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:lost|lose|loses)\\s+(?:most\\s+of\\s+|much\\s+of\\s+|all\\s+)?(?:their|its|the|this|that)\\s+(?:\\w+\\s+)?"
            + "(?:effects?|protection|activity|benefit|potency)\\b|\\babolish\\w*|\\bdestroyed\\s+the\\s+effect\\b|\\bno\\s+longer\\b"
            + "|\\b(?:were|was)\\s+inactive\\b|\\b(?:had|gave|showed)\\s+no\\s+(?:such\\s+)?(?:protective\\s+)?(?:effect|protection|benefit)\\b"
            + "|\\bdid\\s+not\\b|\\bfailed\\s+to\\b|\\bneither\\s+did\\b");
    /**
     * gggggggg) a changed host: knockout or receptor-lacking animals, or a host receptor blocked ("mice lacking Toll-like
     * receptor 2", "TLR4-deficient mice", "Cd73-/- mice", "an adenosine receptor antagonist"); animals chosen as
     * immunodeficient for a safety test are not a change of host that removes an effect.
     */
    static final java.util.regex.Pattern CHANGED_HOST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:mice|rats|animals|hosts|recipients|zebrafish|pigs|rabbits)\\s+(?:that\\s+lack(?:ed)?|lacking|deficient\\s+in|without\\s+(?:the\\s+)?[\\w-]*\\s*(?:receptor|gene))\\b"
            + "|(?<!immuno)(?:deficient|knockout|knock-out|null|\\u2212/\\u2212|-/-)\\s+(?:mice|rats|animals|hosts|recipients|zebrafish|pigs|rabbits)\\b"
            + "|\\breceptor\\s+(?:antagonist|blocker)\\b|\\bblocking\\s+antibod\\w*\\b");

    /**
     * bbbbbbbb applied (goldconv40): a heated (otherwise inactivated) arm of the preparation that "lost its protective
     * effect" is an arm of the same source changed and denies nothing; gggggggg: the preparation in a changed host
     * (knockout or receptor-lacking animals, a host receptor blocked) whose effect disappears denies nothing either. In a
     * sentence naming such an arm or host with an effect lost or absent, a denied effect row (treats, targets, usedFor,
     * contributesTo) of a subject and qualifier the document affirms an effect of is the breach; the denials of other
     * arms (liposomes, other sources) are not the preparation's and stay.
     */
    static List<Finding> goldconv40Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at) {
        List<Finding> out = new ArrayList<>();
        String doc = e.document().id();
        Set<String> preparations = new java.util.HashSet<>();
        for (String[] x : mine) {
            if (EFFECT_RELATIONS.contains(x[4]) && x[6].equals("positive")) {
                preparations.add(x[2] + "|" + x[3]);
            }
        }
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            String text = s.text();
            if (Section.isMethods(s.section()) || !EFFECT_LOST.matcher(text).find()) {
                continue;
            }
            boolean inactivated = INACTIVATED_ARM.matcher(text).find();
            boolean host = CHANGED_HOST.matcher(text).find();
            if (!inactivated && !host) {
                continue;
            }
            for (String[] x : mine) {
                if (at.get(x).text().equals(text) && EFFECT_RELATIONS.contains(x[4]) && x[6].equals("negative")
                        && preparations.contains(x[2] + "|" + x[3])) {
                    out.add(host
                            ? new Finding(set, "gggggggg", doc, text, show(x), "the preparation in a changed host written as a denial of its effect")
                            : new Finding(set, "bbbbbbbb", doc, text, show(x), "an inactivated arm's lost effect written as a denial of its preparation's effect"));
                }
            }
        }
        return out;
    }

    // ---- forty-first session (branch goldconv41): ttttt and n applied, hhhhhhhh, iiiiiiii ----
    /**
     * iiiiiiii) a definite strain phrase that points back to the strain the text named with its species ("the modified
     * strain", "the engineered strain", "this strain"): an anaphor of a named bacterium, not uuu's new strain phrase (a
     * mutant or strain introduced without its species, "the lpxM mutant", "the parent strain", stays uuu's).
     */
    static final java.util.regex.Pattern ANAPHORIC_STRAIN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|this|that)\\s+(?:(?:genetically|same)\\s+)?(?:modified|engineered|detoxified|producing|production|recombinant|vaccine|same)\\s+strain\\b"
            + "|\\bthis\\s+strain\\b");
    /** ttttt applied (goldconv41): antibodies made by immunised or vaccinated animals or people ("Immunised mice produced serum IgG against the vesicles"). */
    static final java.util.regex.Pattern IMMUNISED_MADE_ANTIBODIES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:immuni[sz]ed|vaccinated)\\s+(?:[\\w-]+\\s+){0,2}?(?:produced|developed|made|raised|mounted|generated|had)\\s+(?!no\\b)(?:[\\w-]+\\s+){0,5}?"
            + "(?:antibod(?:y|ies)|Ig[GAMEY]\\d?|titres?|titers?)\\b");
    /** A denial or an open question before the antibodies ("none ... developed", "whether ... raises"). */
    static final java.util.regex.Pattern ANTIBODY_DENIAL_OR_QUESTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:no|not|never|neither|nor|none|without|whether)\\b[^.;]{0,60}\\b(?:rais|induc|elicit|provok|develop|produc|made|antibod)");
    /**
     * n applied (goldconv41): accumulation in or homing to an organ named with a disease or injury adjective ("accumulated
     * in the inflamed colon", "reached the injured hemisphere", "homed to arthritic paws").
     */
    static final java.util.regex.Pattern ACCUMULATED_IN_DISEASED_ORGAN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:accumulat\\w*|hom(?:ed|es|ing)|reach(?:ed|es)?|retained|gathered)\\s+(?:(?:preferentially|mainly|mostly|selectively|within\\s+\\w+\\s+\\w+)\\s+)?"
            + "(?:in|to|into|at)\\s+(?:the\\s+)?(?:inflamed|injured|infarcted|fibrotic|isch(?:a)?emic|arthritic|damaged|lesioned|wounded|ulcerated)\\s+\\w+");
    /** A denied or hedged-away reaching ("did not reach", "failed to accumulate") is not the shape. */
    static final java.util.regex.Pattern NOT_REACHED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:not|never|failed\\s+to|no)\\s+(?:\\w+\\s+)?(?:accumulat|hom|reach|retain|gather)");
    /**
     * hhhhhhhh) a bare participle anaphor of a loaded preparation: "the loaded vesicles", "these loaded exosomes", a
     * sentence opening on "Loaded vesicles" (a code or a cargo word before "loaded", "curcumin-loaded", is no bare anaphor).
     */
    static final java.util.regex.Pattern BARE_LOADED_ANAPHOR = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\b(?:the|these|those|such)\\s+)(?<![-\u2010])loaded\\s+(?:[\\w-]+\\s+)?"
            + "(?:vesicles|exosomes|EVs|nanovesicles|particles|preparations?|OMVs|sEVs|Exos?|carriers)\\b");
    /** hhhhhhhh) a word for the cargo itself, as the object of a predicate ("released the drug", "without losing their cargo"). */
    static final java.util.regex.Pattern CARGO_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|their|its)\\s+(?:drug|cargo|payload)s?\\b");

    /**
     * The forty-first session's checks (goldconv41). ttttt applied: a sentence where immunised or vaccinated animals make
     * antibodies (the vesicles' antibodies, "Immunised mice produced serum IgG against the vesicles"), with rows but no
     * Immunogenicity row. n applied: a sentence where the vesicles accumulate in, home to or reach an organ named with a
     * disease or injury adjective, with rows but no positive targets row of a disease or injury class. hhhhhhhh: a positive
     * carries row of a therapeutic cargo in a sentence whose only tie to the cargo is a bare participle anaphor ("the loaded
     * vesicles"): no mention of the cargo's class, no code spelling it, no word for the cargo ("the drug"). iiiiiiii: an
     * unqualified row in a sentence whose first vesicle phrase is "vesicles of the modified strain" while the document
     * qualifies rows of that subject by a bacterium.
     */
    static List<Finding> goldconv41Findings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at, Lexicon lexicon) {
        List<Finding> out = new ArrayList<>();
        if (mine.isEmpty()) {
            return out;
        }
        String doc = e.document().id();
        String disease = ExoKg.NS + "Disease";
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            String text = s.text();
            if (Section.isMethods(s.section())) {
                continue;
            }
            List<String[]> here = mine.stream().filter(x -> at.get(x).text().equals(text)).toList();
            List<String[]> content = here.stream().filter(x -> !x[4].equals("derivedFrom")).toList();
            if (content.isEmpty()) {
                continue;
            }
            // ttttt applied: antibodies made by immunised animals are the vesicles' Immunogenicity
            if (IMMUNISED_MADE_ANTIBODIES.matcher(text).find() && !ANTIBODY_DENIAL_OR_QUESTION.matcher(text).find()
                    && content.stream().noneMatch(x -> x[5].equals("Immunogenicity") || x[5].equals("LowImmunogenicity")
                            || x[5].equals("Immunocompetence"))) {
                out.add(new Finding(set, "ttttt", doc, text, "-", "immunised animals made antibodies, no Immunogenicity row"));
            }
            // n applied: accumulation in an organ named with a disease or injury adjective targets the disease or injury
            java.util.regex.Matcher acc = ACCUMULATED_IN_DISEASED_ORGAN.matcher(text);
            if (acc.find() && !NOT_REACHED.matcher(text.substring(Math.max(0, acc.start() - 30), acc.end())).find()
                    && content.stream().noneMatch(x -> x[4].equals("targets") && x[6].equals("positive")
                            && (x[5].equals("Disease") || lexicon.isA(ExoKg.NS + x[5], disease)))) {
                out.add(new Finding(set, "n", doc, text, "-", "accumulation in an inflamed or injured organ, no targets row of a disease or injury"));
            }
            // hhhhhhhh: a bare "the loaded vesicles" carries no cargo its sentence does not name
            if (BARE_LOADED_ANAPHOR.matcher(text).find() && !CARGO_WORD.matcher(text).find()) {
                List<org.exokg.mention.Mention> inSentence = e.mentions().stream()
                        .filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
                for (String[] x : content) {
                    if (x[4].equals("carries") && x[6].equals("positive") && therapeuticCargo(x[5], lexicon)
                            && inSentence.stream().noneMatch(m -> related(lexicon, m.iri(), ExoKg.NS + x[5]))) {
                        out.add(new Finding(set, "hhhhhhhh", doc, text, show(x), "a bare participle anaphor given the cargo its sentence does not name"));
                    }
                }
            }
            // iiiiiiii: "the OMVs of the modified strain" are the text's named bacterium's
            java.util.regex.Matcher strain = STRAIN_ONLY.matcher(text);
            java.util.regex.Matcher first = FIRST_VESICLE_WORD.matcher(text);
            if (strain.find() && first.find() && first.start() == strain.start() && ANAPHORIC_STRAIN.matcher(strain.group()).find()) {
                for (String[] x : content) {
                    if (x[3].equals("-") && mine.stream().anyMatch(y -> y[2].equals(x[2]) && y[3].equals("Bacterium"))) {
                        out.add(new Finding(set, "iiiiiiii", doc, text, show(x), "vesicles of the text's modified strain left unqualified"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * rrrrrrr and sssssss (goldconv37) over the rows of a kind gold file (no extraction needed): a patent claim's "wherein
     * the vesicle is an exosome" narrows the claimed composition and gives no affirmative isKindOf row (rrrrrrr); an
     * affirmative isKindOf of a subject to its own class ("coconut water vesicles are one kind of plant nanovesicle", the
     * qualifier being the source, not a subclass) gives none either (sssssss). Denials are kept by both.
     */
    static List<Finding> kindRowFindings(String set, List<String[]> rows) {
        List<Finding> out = new ArrayList<>();
        for (String[] x : rows) {
            if (!x[4].equals("isKindOf") || !x[6].equals("positive")) {
                continue;
            }
            if (x[2].equals(x[5])) {
                out.add(new Finding(set, "sssssss", x[0], x[1], show(x), "an affirmative isKindOf of a subject to its own class"));
            }
            if (WHEREIN_CLAUSE.matcher(x[1]).find()) {
                out.add(new Finding(set, "rrrrrrr", x[0], x[1], show(x), "a patent claim's wherein-clause written as an isKindOf row"));
            }
        }
        return out;
    }

    /** rrrrrrr) a patent claim's narrowing clause ("wherein the extracellular vesicle is an exosome", "wherein said vesicles are"). */
    static final java.util.regex.Pattern WHEREIN_CLAUSE = java.util.regex.Pattern.compile("(?i)\\bwherein\\s+(?:the|said|each)\\b");

    /** The qualifier of the nearest row of another sentence (before or after) with the same subject, "-" when unqualified. */
    private static String neighbourQualifier(List<String[]> rows, Map<String[], org.exokg.document.Sentence> at, int i, int step) {
        String[] r = rows.get(i);
        for (int j = i + step; j >= 0 && j < rows.size(); j += step) {
            String[] o = rows.get(j);
            if (at.get(o) == at.get(r) || o[4].equals("derivedFrom") || !o[2].equals(r[2])) {
                continue;
            }
            if (!java.util.Objects.equals(at.get(o).section(), at.get(r).section())) {
                return null;
            }
            return o[3].equals("-") ? null : o[3];
        }
        return null;
    }

    // ---- sixteenth session (branch goldconv4): convention b for every sentence that names the source ----

    /** A preparation's code name: an abbreviation joined to a vesicle word ("MSC-Exos", "RBC-EVs", "iCM-Exos", "UC-sEVs"). */
    static final java.util.regex.Pattern CODE_NAME = java.util.regex.Pattern.compile(
            "\\b\\w*[A-Z]\\w*[-‐‑–/]?(?:s?EVs?|Exos?|EXOs?|exos?|[Ee]xosomes?|s?NVs?|MVs?|ELNs?|OMVs?)\\b");
    static boolean CODES = Boolean.getBoolean("exokg.codes");

    /** The gold rows of one document grouped by the sentence of the extraction they are found in (rows not found are left out). */
    private static Map<org.exokg.document.Sentence, List<String[]>> rowsBySentence(DocumentExtraction e, String doc, List<String[]> rows) {
        Map<org.exokg.document.Sentence, List<String[]>> bySentence = new LinkedHashMap<>();
        for (String[] r : rows) {
            if (r[0].equals(doc)) {
                org.exokg.document.Sentence s = sentenceOf(e, r);
                if (s != null) {
                    bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return bySentence;
    }

    /** One missing derivedFrom row: the gold row it is modelled on (same document, sentence substring, subject) and its source. */
    record MissingSource(String set, String document, String sentence, String[] model, String source) {}

    /**
     * Convention b: a sentence whose gold rows qualify subject S by source Q, and which names a source at or under Q, lists a derivedFrom row of S with that source.
     * Bare anaphors name no source, so they are never asked for one.
     */
    static List<MissingSource> missingSourceRows(String set, List<String[]> rows, List<DocumentExtraction> extractions, Lexicon lexicon) {
        List<MissingSource> out = new ArrayList<>();
        for (DocumentExtraction e : extractions) {
            String doc = e.document().id();
            Map<org.exokg.document.Sentence, List<String[]>> bySentence = rowsBySentence(e, doc, rows);
            bySentence.forEach((s, here) -> {
                List<org.exokg.mention.Mention> sources = sourcesIn(e, s);
                Set<String> seen = new LinkedHashSet<>();
                for (String[] r : here) {
                    if (r[4].equals("derivedFrom") || r[3].equals("-") || !seen.add(r[2] + "\t" + r[3])) {
                        continue;
                    }
                    String q = ExoKg.NS + r[3];
                    boolean named = sources.stream().anyMatch(m -> m.iri().equals(q) || lexicon.isA(m.iri(), q))
                            || (CODES && CODE_NAME.matcher(s.text()).find());
                    boolean listed = here.stream().anyMatch(x -> x[4].equals("derivedFrom") && x[2].equals(r[2])
                            && !x[6].equals("negative") && (x[5].equals(r[3]) || lexicon.isA(ExoKg.NS + x[5], q)));
                    if (named && !listed) {
                        out.add(new MissingSource(set, doc, s.text(), r, r[3]));
                    }
                }
            });
        }
        return out;
    }

    private static void sourceRows(boolean apply, List<String> only) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Lexicon lexicon = Lexicon.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : auditedSets()) {
            if (set.name().equals("blind 18") || (!only.contains("all") && !only.contains(set.name().replace(" ", "")))) {
                continue; // blind 18's gold is branch dev18's
            }
            Path file = GOLD.resolve(set.goldFile());
            List<DocumentExtraction> extractions = extract(builder, set.texts());
            for (MissingSource m : inconsistentCodeNames(set.name(), GoldStandard.readRows(file), extractions, lexicon)) {
                System.out.println("CODE " + set.name() + " | " + m.document() + " | " + m.model()[2] + " derivedFrom " + m.source()
                        + " <" + m.model()[1] + ">\n      S: " + m.sentence());
            }
            List<MissingSource> missing = missingSourceRows(set.name(), GoldStandard.readRows(file), extractions, lexicon);
            for (MissingSource m : missing) {
                System.out.println(set.name() + " | " + m.document() + " | " + m.model()[2] + " derivedFrom " + m.source()
                        + " <" + m.model()[1] + ">\n      S: " + m.sentence());
            }
            System.out.println("#### " + set.name() + ": " + missing.size() + " derivedFrom rows missing");
            if (apply && !missing.isEmpty()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                for (MissingSource m : missing) {
                    String model = String.join("\t", m.model());
                    int at = lines.indexOf(model);
                    String row = String.join("\t", m.document(), m.model()[1], m.model()[2], "-", "derivedFrom", m.source(), "positive",
                            "false", "branch goldconv4 (16th session), convention b: the sentence names the source on the vesicles");
                    lines.add(at, row);
                }
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Convention b for code names, as a machine can check it: a code name whose sentences (those that name no other
     * source of the subject's qualifier) the gold gives a derivedFrom row in one place spells its source, so every such
     * sentence with rows of that qualified subject lists the row too. A code that spells no source ("RBD-Exos",
     * "MEG3-Exos") has no such row anywhere and is left alone.
     */
    /** A sentence that introduces a code name ("... (KNVs)", "called KX-Exos") names the preparation in words too. */
    static boolean definesCode(String sentence, String code) {
        String q = java.util.regex.Pattern.quote(code);
        return java.util.regex.Pattern.compile("\\(\\s*" + q + "\\s*[,;)]|\\b(?:called|named|termed|designated)\\s+" + q + "\\b")
                .matcher(sentence).find();
    }

    static List<MissingSource> inconsistentCodeNames(String set, List<String[]> rows, List<DocumentExtraction> extractions, Lexicon lexicon) {
        List<MissingSource> out = new ArrayList<>();
        for (DocumentExtraction e : extractions) {
            String doc = e.document().id();
            Map<org.exokg.document.Sentence, List<String[]>> bySentence = rowsBySentence(e, doc, rows);
            // code name + subject + qualifier -> the sentences naming it only by the code, with or without the row
            Map<String, List<MissingSource>> without = new LinkedHashMap<>();
            Set<String> withRow = new LinkedHashSet<>();
            bySentence.forEach((s, here) -> {
                List<org.exokg.mention.Mention> sources = sourcesIn(e, s);
                Set<String> seen = new LinkedHashSet<>();
                for (String[] r : here) {
                    if (r[4].equals("derivedFrom") || r[3].equals("-") || !seen.add(r[2] + "\t" + r[3])) {
                        continue;
                    }
                    String q = ExoKg.NS + r[3];
                    if (sources.stream().anyMatch(m -> m.iri().equals(q) || lexicon.isA(m.iri(), q))) {
                        continue; // the sentence names the source in words; missingSourceRows lists those
                    }
                    boolean listed = here.stream().anyMatch(x -> x[4].equals("derivedFrom") && x[2].equals(r[2])
                            && !x[6].equals("negative") && (x[5].equals(r[3]) || lexicon.isA(ExoKg.NS + x[5], q)));
                    // dev24: a sentence that defines one code from another ("We coated BM-sEVs with PEG (PEG-sEVs)") is no
                    // evidence for either code: its derivedFrom row may belong to the defined preparation only
                    boolean defining = CODE_NAME.matcher(s.text()).results().anyMatch(c -> definesCode(s.text(), c.group()));
                    // dev26: a sentence naming two codes of preparations of two kinds ("M2-EVs were 110 nm and M2-NVs 140 nm",
                    // EVs and mimetics, each with its derivedFrom row) is no evidence for either code alone: the row of one
                    // kind belongs to one code's preparation only (two codes of one kind stay evidence, dev24's fixture)
                    // dev29: likewise two codes of one kind from two sources ("OB-EVs and BM-EVs were similar in size", a
                    // derivedFrom row of each source): the row of one source belongs to one code's preparation only
                    boolean twoCodes = CODE_NAME.matcher(s.text()).results().map(c -> c.group().replaceAll("[-‐‑–]", "-"))
                            .distinct().count() > 1
                            && (here.stream().filter(x -> x[4].equals("derivedFrom")).map(x -> x[2]).distinct().count() > 1
                                    || here.stream().filter(x -> x[4].equals("derivedFrom") && !x[6].equals("negative"))
                                            .map(x -> x[5]).distinct().count() > 1);
                    java.util.regex.Matcher code = CODE_NAME.matcher(s.text());
                    while (code.find()) {
                        if (code.group().matches("OMVs?")) {
                            continue; // goldconv17: "OMVs" is the vesicle word itself (mm), no code spelling a source
                        }
                        String key = code.group().replaceAll("[-‐‑–]", "-") + "\t" + r[2] + "\t" + r[3];
                        if (listed && defining) {
                            continue; // dev22: the sentence defining the code names the source in words the lexicon may miss
                        }
                        if (listed && twoCodes) {
                            continue;
                        }
                        if (listed) {
                            withRow.add(key);
                        } else {
                            without.computeIfAbsent(key, k -> new ArrayList<>()).add(new MissingSource(set, doc, s.text(), r, r[3]));
                        }
                    }
                }
            });
            without.forEach((key, missing) -> {
                if (withRow.contains(key)) {
                    out.addAll(missing);
                }
            });
        }
        return out;
    }

    // ---- forty-first session (branch goldconv41b): jjjjjjjj ----
    /**
     * jjjjjjjj) a preparation's own limit stated as a condition: "did not lower glucose without a transplant", "had no
     * effect unless combined with X", "the vesicles alone did not", "only when combined with", "only in combination with".
     */
    /** jjjjjjjj) a vesicle word or code before "alone" / "without" (not a measure of them: "vesicle number alone"). */
    static final String VESICLE_WORD = "(?:vesicles|exosomes|EVs|sEVs|OMVs|nanovesicles|microvesicles|[\\w\\u2010-]+-(?:EVs|Exos?|NVs|MVs|OMVs|sEVs))";
    static final java.util.regex.Pattern CONDITION_LIMIT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:did|do|does|could|would|were|was)\\s+not\\b[^.;]{0,80}?(?<!with\\sand\\s)\\b(?:without|unless|in\\s+the\\s+absence\\s+of)\\b"
            + "|\\b(?:no|little)\\s+(?:\\w+\\s+)?(?:effect|protection|benefit)\\b[^.;]{0,40}?(?<!with\\sand\\s)\\b(?:without|unless|in\\s+the\\s+absence\\s+of)\\b"
            + "|\\b(?:failed|unable)\\b[^.;]{0,80}?(?<!with\\sand\\s)\\b(?:without|unless|in\\s+the\\s+absence\\s+of)\\b"
            + "|\\b" + VESICLE_WORD + "\\s+(?:alone|on\\s+their\\s+own|by\\s+themselves)\\b[^.;]{0,30}?\\b(?:(?:did|do|does|could|were|was)\\s+not|(?:had|gave|showed)\\s+no)\\b"
            + "|\\b" + VESICLE_WORD + "\\s+without\\s+[^.;]{0,40}?\\b(?:had|gave|showed)\\s+no\\s+(?:\\w+\\s+)?(?:effect|protection|benefit)\\b"
            + "|\\bonly\\s+(?:when|if|after)\\s+(?:\\w+\\s+){0,3}?(?:combined|given|co-?administered|paired|added)\\b"
            + "|\\bonly\\s+in\\s+combination\\s+with\\b|\\bonly\\s+together\\s+with\\b");

    /**
     * jjjjjjjj (goldconv41b): a preparation's own limit stated as a condition (it works only with a co-treatment, a
     * transplant, a light, or not alone) denies nothing of its effect: in a sentence stating such a limit, a denied effect
     * row (treats, targets, usedFor, contributesTo) of a subject, qualifier, relation and object the document affirms is the
     * breach. A comparator arm of another class or source ("melanoma exosomes alone did not protect" beside hybrids) is no
     * limit of the preparation and keeps its denial, as it is no affirmed row of the document.
     */
    static List<Finding> goldconv41bFindings(String set, DocumentExtraction e, List<String[]> mine,
            Map<String[], org.exokg.document.Sentence> at) {
        List<Finding> out = new ArrayList<>();
        String doc = e.document().id();
        Set<String> affirmed = new java.util.HashSet<>();
        for (String[] x : mine) {
            if (EFFECT_RELATIONS.contains(x[4]) && x[6].equals("positive")) {
                affirmed.add(x[2] + "|" + x[3] + "|" + x[4] + "|" + x[5]);
            }
        }
        for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
            org.exokg.document.Sentence s = ds.first();
            String text = s.text();
            if (Section.isMethods(s.section()) || !CONDITION_LIMIT.matcher(text).find()) {
                continue;
            }
            for (String[] x : mine) {
                if (at.get(x).text().equals(text) && EFFECT_RELATIONS.contains(x[4]) && x[6].equals("negative")
                        && affirmed.contains(x[2] + "|" + x[3] + "|" + x[4] + "|" + x[5])) {
                    out.add(new Finding(set, "jjjjjjjj", doc, text, show(x), "a preparation's own limit stated as a condition written as a denial of its effect"));
                }
            }
        }
        return out;
    }
}
