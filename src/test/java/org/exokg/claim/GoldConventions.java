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
 * </pre>
 */
public final class GoldConventions {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final String DATE = "2 Dec 2026, branch goldconv";
    /** Gold sets whose rows nobody but their writer may read. */
    private static final java.util.regex.Pattern BLIND = java.util.regex.Pattern.compile(".*blind(?:18|19|20)\\D.*");

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
        for (HedgeReview.GoldSet set : HedgeReview.REVIEWED_SETS) {
            if (set.name().equals("blind 14") || (!only.isEmpty() && !only.contains(set.name().replace(" ", "")))) {
                continue; // blind 14's gold is branch dev14's
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
}
