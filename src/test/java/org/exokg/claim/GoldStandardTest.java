package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the real extractor (lexicon from ontology/exokg.ttl) against hand-curated claims: the seed corpus
 * (gold/corpus-claims.tsv) and invented held-out texts (gold/heldout-claims.tsv). Prints P/R/F1 per relation,
 * false positives and negatives; asserts floors that the current rules reach with a margin, so a change
 * that makes extraction systematically worse fails.
 */
class GoldStandardTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    /**
     * Gold of the never-tuned sets, kept apart from the development gold so that a search over {@code gold/} does not
     * show it to whoever changes the rules.
     */
    private static final Path SEALED_GOLD = Path.of("src/test/resources/sealed/gold");
    private static final Path HELDOUT = Path.of("src/test/resources/documents/heldout");
    /** Where the never-tuned sets' aggregate figures go instead of the log (read by the lead only). */
    static final Path NEVER_TUNED_FIGURES = Path.of("target/never-tuned-figures");

    private static DocumentGraphBuilder builder;

    @BeforeAll
    static void loadLexicon() {
        builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        // -Dexokg.gold.parser=all (or a comma list of ParseUse names) measures the figures with the dependency parse;
        // the floors below hold for the surface rules alone, which is what the suite runs
        String uses = System.getProperty("exokg.gold.parser", "");
        if (!uses.isBlank()) {
            java.util.Set<ParseUse> set = uses.equals("all") ? java.util.EnumSet.allOf(ParseUse.class)
                    : java.util.Arrays.stream(uses.split(",")).map(String::strip).map(ParseUse::valueOf)
                            .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(ParseUse.class)));
            builder = builder.withParser(org.exokg.syntax.SentenceParser.english(), set);
            System.out.println("gold figures with the dependency parse, uses " + set);
        }
    }

    private static List<DocumentExtraction> extract(Path... files) throws Exception {
        List<DocumentExtraction> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(builder.extract(f));
        }
        return all;
    }

    @Test
    void seedCorpusAgainstGold() throws Exception {
        GoldStandard.Evaluation ev = score("corpus-claims.tsv", "seed corpus vs gold/corpus-claims.tsv",
                Path.of("corpus/exosome-drug-carriers-cancer-review.txt"), Path.of("corpus/exosome-nanocarriers-summary.txt"));
        // Earlier floors of this set and why they moved: docs/floor-history.md, "seedCorpusAgainstGold".
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.983 (170 of 173), R 0.890. Floors just under.
        // goldconv34, thirty-fourth session: P 0.983 (170 of 173), R 0.885 (gold 191 -> 192: fffffff's usedFor DrugDelivery of "can deliver therapeutic agents directly to cancer cells", not read). Floors just under (R lowered 0.89 -> 0.88 for that gold row only).
        // goldconv37, thirty-seventh session: P 0.983 (170 of 173), R 0.885 -> 0.876 (gold 193 -> 194: qqqqqqq's usedFor DrugDelivery of "can be engineered to carry specific therapeutic molecules", not read). Recall floor 0.88 -> 0.87 for that gold row only.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.983 (171 of 174), R 0.881. Floors just under.
        assertFloors(ev, 0.98, 0.88);
        assertEquals(0, ev.negatedExtracted() - ev.negatedMatched(), "every negated claim must be a denial the text makes");
        assertTrue(ev.hedgingDisagreements().size() <= 0.05 * ev.matched().size(), "hedging disagrees too often");
    }

    /** Scores the claims extracted from {@code texts} against a gold file and prints the report. */
    private static GoldStandard.Evaluation score(String goldFile, String title, Path... texts) throws Exception {
        GoldStandard.Evaluation ev = GoldStandard.evaluate(GoldStandard.readRows(GOLD.resolve(goldFile)), extract(texts));
        System.out.println(ev.report(title));
        return ev;
    }

    /** A blind set's claim and isKindOf evaluations (never tuned on, or promoted to development data). */
    private record BlindSetFigures(GoldStandard.Evaluation claims, GoldStandard.Evaluation kinds) {
    }

    /**
     * Scores blind set {@code number} and prints its aggregate figures only (no false positive or negative is
     * listed), so the set stays blind to the engineers who change the rules.
     */
    private static BlindSetFigures blindSetFigures(int number, String ordinal, Path[] texts) throws Exception {
        List<DocumentExtraction> extractions = extract(texts);
        GoldStandard.Evaluation ev = GoldStandard.evaluate(
                GoldStandard.readRows(SEALED_GOLD.resolve("heldout-blind" + number + "-claims.tsv")), extractions);
        GoldStandard.Evaluation kinds = GoldStandard.evaluateKinds(
                GoldStandard.readRows(SEALED_GOLD.resolve("heldout-blind" + number + "-kind-claims.tsv")), extractions);
        // Not in the test log: a helper who tails the log while the suite runs must not see a never-tuned set's figures
        // (it happened three times in the fortieth session). The lead reads NEVER_TUNED_FIGURES.
        Files.createDirectories(NEVER_TUNED_FIGURES);
        Path file = NEVER_TUNED_FIGURES.resolve("blind" + number + ".txt");
        Files.writeString(file, ev.summary(ordinal + " blind set vs sealed/gold/heldout-blind" + number
                + "-claims.tsv (figures only)")
                + String.format(Locale.ROOT, "blind%d isKindOf: gold %d, extracted %d, matched %d, false positives %d%n",
                        number, kinds.overall().gold(), kinds.overall().extracted(), kinds.overall().matched(),
                        kinds.falsePositives().size()));
        System.out.println("never-tuned blind " + number + ": figures written to " + file + " (not printed here)");
        return new BlindSetFigures(ev, kinds);
    }

    /**
     * Hedges right on matched claims at the issue's goal (0.85), and at least {@code allHedged} of all hedged gold
     * claims found.
     */
    private static void assertHedgeFloors(GoldStandard.Evaluation ev, double allHedged) {
        assertTrue(ev.hedgeRecallMatched() >= 0.85, "hedges missed on matched claims");
        assertTrue(ev.hedgeRecallAll() >= allHedged, "hedged claims missed");
    }

    /**
     * Scores blind set {@code number}, which has been promoted to development data, and prints the full report (false
     * positives and negatives) with the aggregate hedge and isKindOf lines. Only for sets whose per-claim output may be
     * read (6 to 35: each was promoted after one to four sessions as a never-tuned set; 26 and 27 in the twenty-fourth
     * session, 28 in the twenty-fifth, 29 in the twenty-sixth, 30 in the twenty-seventh, 31 in the twenty-eighth, 32 in
     * the twenty-ninth, 33 in the thirtieth, 34 in the thirty-first, 35 in the thirty-second, 36 in the thirty-third as a
     * decision set, as 30-32 are: no reading is designed on its lists; 37 in the thirty-fourth as a decision set too, 38
     * in the thirty-fifth as one too, 39 in the thirty-sixth as one too, 40 in the thirty-seventh as one too, 41 in the
     * thirty-eighth as one too, 42 in the thirty-ninth as one too, 43 in the fortieth as one too, 44 in the forty-first
     * as one too); the never-tuned sets 46, 47, 48 and 49 go through
     * {@link #blindSetFigures}. A deciding set's report stops at its counts: its false positives, misses and hedging
     * disagreements go to a file under {@code target/deciding-set-lines/} (thirty-eighth session).
     */
    private static BlindSetFigures developmentSetFigures(int number, String ordinal, Path[] texts) throws Exception {
        List<DocumentExtraction> extractions = extract(texts);
        GoldStandard.Evaluation ev = GoldStandard.evaluate(
                GoldStandard.readRows(GOLD.resolve("heldout-blind" + number + "-claims.tsv")), extractions);
        String report = ev.report(ordinal + " blind set vs gold/heldout-blind" + number + "-claims.tsv (development data)");
        GoldStandard.Evaluation kinds = GoldStandard.evaluateKinds(
                GoldStandard.readRows(GOLD.resolve("heldout-blind" + number + "-kind-claims.tsv")), extractions);
        StringBuilder lines = new StringBuilder();
        kinds.falsePositives().forEach(k -> lines.append("  kind FP blind").append(number).append(' ').append(k)
                .append("  {").append(kinds.extractedRule().get(k)).append("}\n"));
        kinds.falseNegatives().forEach(k -> lines.append("  kind FN blind").append(number).append(' ').append(k).append('\n'));
        String figures = report;
        if (ClaimConfidenceTraining.KEPT_OUT.contains("blind " + number)) { // the deciding sets, kept out of training too
            // a deciding set's claims are never read for design: its lines go to a file, so a log read for design holds none
            int cut = report.indexOf('\n', report.indexOf("negated claims:")) + 1;
            figures = report.substring(0, cut);
            Path file = DECIDING_LINES.resolve("blind" + number + "-lines.txt");
            java.nio.file.Files.createDirectories(DECIDING_LINES);
            java.nio.file.Files.writeString(file, report.substring(cut) + lines);
            lines.setLength(0);
            figures += "claim lines of this deciding set (not for design): " + file + "\n";
        }
        System.out.println(figures);
        // the hedge line of the aggregate summary (the report above has the tables and the lists)
        System.out.printf(Locale.ROOT, "hedged: gold %d, matched %d, found hedged %d; hedge recall %.3f of matched, "
                + "%.3f of all gold-hedged%n", ev.hedgedGold(), ev.hedgedGoldMatched(), ev.hedgedFound(),
                ev.hedgeRecallMatched(), ev.hedgeRecallAll());
        System.out.printf(Locale.ROOT, "blind%d isKindOf: gold %d, extracted %d, matched %d, false positives %d%n", number,
                kinds.overall().gold(), kinds.overall().extracted(), kinds.overall().matched(), kinds.falsePositives().size());
        // a design set's classification misses and extras are read like its other claims'
        System.out.print(lines);
        return new BlindSetFigures(ev, kinds);
    }

    /** Where the deciding sets' claim lines go instead of the test's output. */
    private static final Path DECIDING_LINES = Path.of("target", "deciding-set-lines");

    /** Like {@link #assertFloors}, for a never-tuned set: a failure names the floor, not the figure. */
    private static void assertSealedFloors(GoldStandard.Evaluation ev, double precision, double recall) {
        assertTrue(ev.overall().precision() >= precision, "precision below its floor " + precision);
        assertTrue(ev.overall().recall() >= recall, "recall below its floor " + recall);
    }

    private static void assertFloors(GoldStandard.Evaluation ev, double precision, double recall) {
        GoldStandard.Score all = ev.overall();
        assertTrue(all.precision() >= precision,
                () -> String.format(Locale.ROOT, "precision %.3f < %.2f", all.precision(), precision));
        assertTrue(all.recall() >= recall, () -> String.format(Locale.ROOT, "recall %.3f < %.2f", all.recall(), recall));
    }

    @Test
    void heldOutTextsAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = score("heldout-claims.tsv", "held-out texts vs gold/heldout-claims.tsv",
                HELDOUT.resolve("dendritic-exosome-sirna.txt"), HELDOUT.resolve("jats-plant-nanovesicles.xml"), HELDOUT.resolve("pubmed-msc-immunogenicity.xml"));
        // Earlier floors of this set and why they moved: docs/floor-history.md, "heldOutTextsAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.855 (47 of 55), R 0.825. Floors just under.
        // Branch hedgedclaims (hedged tumour promotion of a stem cell or milk preparation as hasChallenge, convention ccc): P 0.855 -> 0.873, R 0.825 -> 0.842. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.873 (48 of 55), R 0.842. Floors just under.
        // Branch holdoutguards (a use advised against, 'should not be used for', is no claim): P 0.873 -> 0.889 (48 of 55 -> 54), R 0.842 unchanged. Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.889 (48 of 54), R 0.842. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.889 -> 0.906 (48 of 54 -> 48 of 53), R 0.842 -> 0.842. Floors just under.
        // goldconv34, thirty-fourth session: P 0.906 (48 of 53), R 0.828 (gold 57 -> 58: fffffff's usedFor DrugDelivery of "Electroporated exosomes delivered the siRNA to neurons", not read). Floors just under (R lowered 0.84 -> 0.82 for that gold row only).
        // goldconv36, thirty-sixth session: P 0.906 (48 of 53), R 0.828 -> 0.814 (gold 58 -> 59: fffffff's hedged usedFor DrugDelivery of "Whether ginger nanovesicles can deliver siRNA to the colon", not read; -Dexokg.modalDeliveryUse reads it, OFF). R floor lowered 0.82 -> 0.81 for that gold row only.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.907 (49 of 54), R 0.831. Floors just under.
        // goldconv39, thirty-ninth session (gold only, convention bb): "Edible plant nanovesicles for oral drug delivery"
        // derivedFrom Plant -> PlantStructure ("edible plant(s)"), which the extractor reads Plant: P 0.907 -> 0.889 (48 of 54),
        // R 0.831 -> 0.814. Floors just under, for that row only.
        assertFloors(ev, 0.88, 0.81);
        // Branch goldconv2: hedge 0.909 of all (10 of 11): "Their low toxicity and natural origin could make them promising
        // oral drug carriers" is read with the ginger of the sentence before; the gold leaves the referent unqualified.
        // Branch chains: hedge recall of all gold-hedged 10/11 -> 7/11 (the three hedged "These vesicles might therefore be suitable ..." rows read with DendriticCell, convention c). Floor just under.
        assertHedgeFloors(ev, 0.63);
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 9 -> 6, beyond 0 -> 3.
        assertDenialFloors(ev, 4, 4);
        assertTrue(ev.negatedMatched() >= 4, "denials of crossing, loading and immunogenicity are found");
    }

    @Test
    void blindHeldOutTextAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = score("heldout-blind-claims.tsv", "blind held-out text vs gold/heldout-blind-claims.tsv",
                HELDOUT.resolve("milk-ev-paclitaxel.txt"));
        // Earlier floors of this set and why they moved: docs/floor-history.md, "blindHeldOutTextAgainstExpectedClaims".
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 1.000 (17 of 17), R 0.944. Floors just under.
        assertFloors(ev, 0.99, 0.94);
    }

    @Test
    void secondBlindSetAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = score("heldout-blind2-claims.tsv", "second blind set vs gold/heldout-blind2-claims.tsv",
                HELDOUT.resolve("msc-exosomes-cardiac-repair.txt"), HELDOUT.resolve("jats-tumour-exosome-resistance.xml"), HELDOUT.resolve("pubmed-urinary-ev-isolation.xml"));
        // Earlier floors of this set and why they moved: docs/floor-history.md, "secondBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.964 (54 of 56), R 0.871. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.964 unchanged, R 0.871 -> 0.857 (gold 62 -> 63: targets Cardiomyocyte for "microRNAs ..., which protect cardiomyocytes", convention a, not read by the extractor). R floor lowered for that gold row; floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.964 (54 of 56), R 0.857. Floors just under.
        // Branch holdoutguards (a use advised against, 'should not be used as drug carriers', is no claim): P 0.964 -> 0.982 (54 of 56 -> 55), R 0.857 unchanged. Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.982 (54 of 55), R 0.857. Floors just under.
        assertFloors(ev, 0.98, 0.85);
        // Branch goldconv2: one denial the text makes is read without its qualifier: "although the exosomes did not trigger an immune response" is MSC exosomes by the anaphor convention; the extractor reads the denial
        // but not the source (the antecedent chain passes through a bare mention); so it counts as beyond the gold.
        assertTrue(ev.negatedExtracted() - ev.negatedMatched() <= 1, "every negated claim but one must be a denial the text makes");
    }

    @Test
    void thirdBlindSetAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = score("heldout-blind3-claims.tsv", "third blind set vs gold/heldout-blind3-claims.tsv",
                HELDOUT.resolve("neural-stem-cell-exosomes-stroke.txt"), HELDOUT.resolve("jats-peptide-exosomes-glioblastoma.xml"), HELDOUT.resolve("pubmed-msc-ev-storage.xml"));
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirdBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.905 (38 of 42), R 0.655. Floors just under.
        // Branch outcomewords ("lowered neurological deficit scores" now read as treats Stroke, the measure of the model's disease, which the seed-era gold lacks, and the coordinated "and limited brain inflammation" (treats InflammatoryDisease) is lost behind the new measure; floors lowered 0.90 -> 0.88 and 0.65 -> 0.63 for that one sentence): P 0.905 -> 0.881, R 0.655 -> 0.638 (38 -> 37 of 42 -> 42).
        // Branch goldconv26 (gold pass sssss, gold edits only; "lowered neurological deficit scores" of the stroke model treats Stroke, nnnnn/mmmm, a row the extractor reads): P 0.881 -> 0.905 (37 -> 38 of 42), R 0.638 -> 0.644 (gold 58 -> 59). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.905 (38 of 42), R 0.644. Floors just under.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; bbbbbb: "limited brain inflammation" beside the stroke model is the stroke, its InflammatoryDisease row removed, a row the extractor no longer read): P 0.905 unchanged (38 of 42), R 0.644 -> 0.655 (gold 59 -> 58). R floor up, just under.
        // goldconv34, thirty-fourth session: P 0.905 (38 of 42), R 0.644 (gold 58 -> 59: fffffff's usedFor DrugDelivery of "deliver doxorubicin", not read). Floors just under (R lowered 0.65 -> 0.64 for that gold row only).
        // goldconv36, thirty-sixth session: P 0.905 (38 of 42), R 0.644 -> 0.633 (gold 59 -> 60: fffffff's hedged usedFor DrugDelivery of "could also carry siRNA against drug-resistance genes", not read). R floor lowered 0.64 -> 0.63 for that gold row only.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.907 (39 of 43), R 0.650. Floors just under.
        assertFloors(ev, 0.90, 0.65);
        // Branch goldconv2: one denial the text makes is read without its qualifier: "The vesicles did not provoke inflammation" is neural stem cell exosomes by the anaphor convention; the extractor reads the denial
        // but not the source (the antecedent chain passes through a bare mention); so it counts as beyond the gold.
        assertTrue(ev.negatedExtracted() - ev.negatedMatched() <= 1, "every negated claim but one must be a denial the text makes");
    }

    @Test
    void fourthBlindSetAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = score("heldout-blind4-claims.tsv", "fourth blind set vs gold/heldout-blind4-claims.tsv",
                HELDOUT.resolve("milk-exosomes-oral-insulin.txt"), HELDOUT.resolve("jats-nk-exosomes-immunotherapy.xml"), HELDOUT.resolve("pubmed-saliva-urine-ev-biomarkers.xml"));
        // Earlier floors of this set and why they moved: docs/floor-history.md, "fourthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.953 (61 of 64), R 0.824. Floors just under.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.984 (61 of 62), R 0.824. Floors just under.
        assertFloors(ev, 0.98, 0.82);
        assertDenialFloors(ev, 1, 1);
        assertEquals(ev.negatedExtracted(), ev.negatedMatched(), "every negated claim must be a denial the text makes");
    }

    @Test
    void fifthBlindSetAgainstExpectedClaims() throws Exception {
        GoldStandard.Evaluation ev = score("heldout-blind5-claims.tsv", "fifth blind set vs gold/heldout-blind5-claims.tsv",
                GoldStandard.BLIND5_TEXTS);
        // hedge recall: of the matched claims the gold marks hedged, the share extracted as hedged
        List<GoldStandard.Key> hedgedGold = ev.matched().stream().filter(ev.gold()::get).toList();
        long hedgedFound = hedgedGold.stream().filter(ev.extracted()::get).count();
        long hedgedExtracted = ev.matched().stream().filter(ev.extracted()::get).count();
        long hedgedAll = ev.gold().values().stream().filter(h -> h).count();
        System.out.printf(Locale.ROOT, "blind5 hedges: gold hedged %d (among matched %d), extracted hedged among those %d, "
                + "extracted hedged among matched %d%n", hedgedAll, hedgedGold.size(), hedgedFound, hedgedExtracted);
                // Earlier floors of this set and why they moved: docs/floor-history.md, "fifthBlindSetAgainstExpectedClaims".
                // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.951 (176 of 185), R 0.775. Floors just under.
                // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.951 -> 0.951 (176 of 185 -> 175 of 184), R 0.775 -> 0.771. Floors just under.
                // outcomes34, thirty-fourth session: P 0.946 (175 of 185), R 0.771 (measuredOutcomes: 'MSC-EVs are postulated to protect the heart', hedged treats the gold does not write, a gold question; lowered). Floors just under.
                // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.951 (175 of 184), R 0.771. Floors just under.
                // goldconv35, thirty-fifth session: P 0.951 (175 of 184), R 0.768 (gold 227 -> 228: lllllll's hedged treats CardiovascularDisease of 'MSC-EVs are postulated to protect the heart', not read). Floors just under (R lowered 0.77 -> 0.76 for that gold row only).
                // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.951 (176 of 185), R 0.772. Floors just under.
                // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
                // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.951 (176 of 185), R 0.772. Floors just under.
                assertFloors(ev, 0.95, 0.77);
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 6 -> 3, beyond 0 -> 3.
        // Branch goldconv8 (convention z): one denied row of the folate exosomes is now EngineeredExosome, beyond the extractor's Exosome: denials right 3 -> 2.
                // Branch names3 (eighteenth session; names in apposition, renamed preparations, source rows of a name in sentences nothing else is read from): P 0.977 -> 0.977 (171 of 175 -> 172 of 176), R 0.757 -> 0.761. Floors just under.
        // Lead (eighteenth session): the one denial beyond the gold is a real denial ("taken up by ovarian cancer cells but not by
        // normal fibroblasts") whose subject the gold files as EngineeredExosome (convention z) and the extractor reads as
        // Exosome ("folate exosomes" alone does not yet give the engineered kind): at most one denial beyond the gold.
        // Branch anaphors8: a second real denial beyond the gold: "the vesicles were not taken up by astrocytes but by neurons" is now read with its antecedent's TCell source (convention c); the gold has no row for it (the lead decides the gold).
        assertDenialFloors(ev, 2, 2);
        assertTrue(ev.hedgingDisagreements().isEmpty(), () -> "hedging disagrees: " + ev.hedgingDisagreements());
    }

    /**
     * Set 6: promoted to development data on 2 Dec 2026 (fourth session) after it had been measured as never tuned on
     * for three sessions (last never-tuned figure P 0.692, R 0.434). Like set 5 it now lists its false positives and
     * negatives; the aggregate lines (hedges, isKindOf) are kept so the figures stay comparable.
     */
    @Test
    void sixthBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = developmentSetFigures(6, "sixth", GoldStandard.BLIND6_TEXTS);
        GoldStandard.Evaluation ev = figures.claims();
        GoldStandard.Evaluation kinds = figures.kinds();
        // Earlier floors of this set and why they moved: docs/floor-history.md, "sixthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.942 (178 of 189), R 0.788. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.942 -> 0.947 (179 of 189), R 0.788 -> 0.792 ("the colitis" of the DSS model InflammatoryDisease, ppppp). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.947 (179 of 189), R 0.792. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.947 -> 0.952, R 0.792 -> 0.796 (179 -> 180 of 189). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.952 (180 of 189), R 0.796. Floors just under.
        // Branch goldconv38b (gold only, convention bbbbbbbb): the denial of "exosomes from macrophages lacking the
        // microRNA had no effect on atherosclerosis" removed from the gold (a same-source arm denies nothing), so the
        // extractor's reading of it is now wrong: P 0.952 -> 0.947 (179 of 189). Precision floor lowered for that row only.
        // goldconv39, thirty-ninth session (gold only, convention bb): "Edible plant nanovesicles are natural, non-toxic
        // carriers" derivedFrom Plant -> PlantStructure, which the extractor reads Plant: P 0.947 -> 0.942 (178 of 189), R 0.796
        // -> 0.791. Precision floor lowered for that row only.
        assertFloors(ev, 0.94, 0.79);
        // Branch compared (a comparator arm 'given at the same dose' is no antecedent of the next 'the vesicles'): P 0.926 -> 0.942 (178 of 189), R 0.781 -> 0.795. Floors just under.
        assertTrue(ev.negatedMatched() >= 7, "true denials are found");
        assertHedgeFloors(ev, 0.77);
        assertEquals(0, kinds.falsePositives().size(), "no isKindOf claim beyond the gold (a category read from a modifier)");
    }

    /**
     * Set 7: promoted to development data on 2 Dec 2026 (fifth session, issue 15, branch dev7) after it had been
     * measured as never tuned on for three sessions (last never-tuned figure P 0.709, R 0.335). Like set 6 it now lists
     * its false positives and negatives (per-claim output is allowed for development data); the aggregate lines (hedges,
     * isKindOf) are kept so the figures stay comparable. Set 8 followed in the sixth session; sets 9, 10 and 11 stay blind:
     * aggregate lines only.
     */
    @Test
    void seventhBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = developmentSetFigures(7, "seventh", GoldStandard.BLIND7_TEXTS);
        GoldStandard.Evaluation ev = figures.claims();
        GoldStandard.Evaluation kinds = figures.kinds();
        // Earlier floors of this set and why they moved: docs/floor-history.md, "seventhBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.935 (200 of 214), R 0.769. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.935 -> 0.930 (200 of 214 -> 215), R 0.769 unchanged: "OMVs alone caused fever-like responses and weight loss" read as SafetyConcern where the gold has HighToxicity. Floors unchanged (P sits on the edge).
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.930 (200 of 215), R 0.769. Floors just under.
        // Branch goldconv27 (gold pass ttttt: blind 7's fever and weight loss in mice SafetyConcern, ttt): P 0.930 -> 0.935, R 0.769 -> 0.773 (200 -> 201 of 215). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.935 (201 of 215), R 0.773. Floors just under.
        // Branch goldconv29 (gold pass vvvvv: the hybrids' "safety must be tested separately" SafetyConcern added): P 0.935 -> 0.940, R 0.773 -> 0.774 (201 -> 202 of 215; gold 260 -> 261). Floors just under (unchanged).
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.944 (203 of 215), R 0.778. Floors just under.
        // goldconv39, thirty-ninth session (gold only, convention bb): "Edible plant nanovesicles are postulated to be safer"
        // derivedFrom Plant -> PlantStructure, which the extractor reads Plant: P 0.944 -> 0.940 (202 of 215), R 0.778 -> 0.774.
        // Precision floor lowered for that row only.
        assertFloors(ev, 0.93, 0.77);
        assertHedgeFloors(ev, 0.51);
        assertTrue(ev.negatedMatched() >= 4, "true denials are found");
        assertTrue(ev.negatedExtracted() - ev.negatedMatched() <= 1, "denials beyond the gold");
        assertTrue(kinds.falsePositives().size() <= 1, "isKindOf claims beyond the gold (a category read from a modifier)");
    }

    /**
     * Blind set 8: development data since the sixth session of 2 Dec 2026 (branch blind11), after it had been measured as
     * never tuned on for three sessions (last never-tuned figure P 0.795, R 0.452). Like sets 6 and 7 it now lists its
     * false positives and negatives (per-claim output is allowed for development data); the aggregate lines (hedges,
     * isKindOf) are kept so the figures stay comparable. The never-tuned sets are 9, 10 and 11: aggregate lines only.
     */
    @Test
    void eighthBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = developmentSetFigures(8, "eighth", GoldStandard.BLIND8_TEXTS);
        GoldStandard.Evaluation ev = figures.claims();
        GoldStandard.Evaluation kinds = figures.kinds();
        // Earlier floors of this set and why they moved: docs/floor-history.md, "eighthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.901 (255 of 283), R 0.782. Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; sssss: Duchenne muscular dystrophy is MuscularDystrophy, a row the extractor reads): P 0.901 -> 0.905 (255 -> 256 of 283), R 0.782 -> 0.783 (gold 326 -> 327). Floors just under, unchanged.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.905 (256 of 283), R 0.783. Floors just under.
        // Branch goldconv29 (gold pass wwwww: the cardiac discussion's open-question cargo hedged, carries MicroRNA added): P 0.905 -> 0.908, R 0.783 -> 0.784 (256 -> 257 of 283; gold 327 -> 328). Floors just under (unchanged).
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; aaaaaa: the plant review's "their biogenesis is still poorly understood" LackOfCharacterisation added, not read): P 0.908 unchanged (257 of 283), R 0.784 -> 0.781 (gold 328 -> 329). Floors hold.
        // goldconv34, thirty-fourth session: P 0.908 (257 of 283), R 0.772 (gold 329 -> 333: fffffff twice, ggggggg and eeeeeee added rows, none read). Floors just under (R lowered 0.78 -> 0.77 for those gold rows only).
        // goldconv36, thirty-sixth session: P 0.905 (257 of 284), R 0.772 -> 0.769 (gold 333 -> 334: nnnnnnn/eeeeeee's LackOfCharacterisation of "whether they reached the brain in meaningful amounts was not shown", not read). R floor lowered 0.77 -> 0.76 for that gold row only.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.909 (260 of 286), R 0.778. Floors just under.
        assertFloors(ev, 0.90, 0.77);
        // Branch previoussubject (discourse challenges after a survey said of EVs; carried unsourced vesicles take the studied source): P 0.887 -> 0.890, R 0.772 -> 0.775. Floors just under.
        assertHedgeFloors(ev, 0.70);
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 11 -> 9, beyond 0 -> 2.
        // Branch anaphors6: P / R 0.917 / 0.777 unchanged, denials right 9 -> 8: Results "the vesicles did not cross the blood-brain barrier" now keeps HEK293Cell (convention c), the gold (older than c) has it unqualified; the lead decides the gold.
        assertTrue(ev.negatedMatched() >= 8, "true denials are found");
        assertEquals(0, kinds.falsePositives().size(), "no isKindOf claim beyond the gold (a category read from a modifier)");
    }

    /**
     * Blind set 9: development data since the seventh session of 2 Dec 2026 (branch dev9), after it had been measured as
     * never tuned on (last never-tuned figures P 0.769, R 0.399). Like sets 6-8 it now lists its false positives and
     * negatives; the aggregate lines (hedges, isKindOf) are kept so the figures stay comparable. The never-tuned sets
     * are 10, 11 and 12: aggregate lines only.
     */
    @Test
    void ninthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 2 Dec 2026 (seventh session, branch dev9) after being measured as never tuned
        // on (last never-tuned figures P 0.769, R 0.399): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(9, "ninth", GoldStandard.BLIND9_TEXTS);
        GoldStandard.Evaluation ev = figures.claims();
        GoldStandard.Evaluation kinds = figures.kinds();
        // Earlier floors of this set and why they moved: docs/floor-history.md, "ninthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.915 (162 of 177), R 0.698. Floors just under.
        // Branch outcomewords ("they reduced collagen deposition and serum transaminases" read as treats LiverFibrosis, a row the gold ("liver fibrosis has no class", written before the class) lacks): P 0.915 -> 0.910, R 0.698 -> 0.698 (162 -> 162 of 177 -> 178). Floors just under.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): P 0.915 -> 0.913 (168 of 184), R 0.698 -> 0.724 (the helminth abstract's Organism rows, yyyy). Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; sssss: LiverFibrosis and sepsis rows of the liver fibrosis review and the sepsis discussion, written before the classes; 2 of the 5 added rows are read): P 0.910 -> 0.921 (162 -> 164 of 178), R 0.698 -> 0.692 (gold 232 -> 237). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.919 (170 of 185), R 0.717. Floors just under.
        // Branch goldconv27 (gold pass ttttt: derivedFrom Organism of the parasite vesicles in a plasma mixture, b and yyyy): P 0.919 -> 0.924, R 0.717 -> 0.718 (170 -> 171 of 185; gold 237 -> 238). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.924 (171 of 185), R 0.718. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.924 -> 0.934 (171 of 185 -> 171 of 183), R 0.718 -> 0.718. Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.940 (172 of 183), R 0.723. Floors just under.
        // Branch goldconv37b (wwwwwww: the hybrids' delivery of a Cas9 plasmid, usedFor DrugDelivery added, read by
        // deliveredCargoUse): P 0.935 -> 0.940 (172 -> 173 of 184), R 0.726 -> 0.727 (gold 237 -> 238). Floors as they were.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.940 (173 of 184), R 0.727. Floors just under.
        // Branch decision44 (absentHarms ON by the rule on the pool 30-32 + 36-44: +3 / -1; design +14 / +1): one wrong
        // claim here (a subject-layer row), P 0.940 -> 0.935. Precision floor 0.94 -> 0.93 (lead, forty-first session).
        assertFloors(ev, 0.93, 0.72);
        // Branch goldconv2: hedge 0.609 of all (14 of 23); floor just under.
        // Branch goldconv20 (yyyy: the helminth vesicles' proposed vaccine use, 2 hedged gold rows the extractor does not give): hedge 0.609 -> 0.560 of all (14 of 25). Floor lowered 0.60 -> 0.55 for those rows only.
        // Branch goldconv26 (gold pass sssss, gold edits only; sssss: the liver fibrosis review's hedged "thought to drive ... fibrosis", "have been tested in ... models of liver fibrosis" (rrrrr) and "whether ... in patients with cirrhosis" (aaaaa), not read): hedge 0.560 -> 0.500 of all (14 of 25 -> 28). Floor lowered 0.55 -> 0.49 for those three gold rows only.
        assertHedgeFloors(ev, 0.49);
        assertTrue(ev.negatedMatched() >= 4, "true denials are found");
        assertKindFloors(kinds, 3, 0);
    }

    /**
     * Blind set 10: development data since the eighth session (3 Dec 2026, branch dev10), after it had been measured as
     * never tuned on (last never-tuned figures P 0.725, R 0.434, hedge 0.375 of all gold-hedged). Like sets 6-9 it now
     * lists its false positives and negatives; the aggregate lines (hedges, isKindOf) are kept so the figures stay
     * comparable. The never-tuned sets are 11, 12 and 13: aggregate lines only.
     */
    @Test
    void tenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 3 Dec 2026 (eighth session, branch dev10) after being measured as never tuned
        // on (last never-tuned figures P 0.725, R 0.434, hedge 0.375 of all): from here on its false positives and
        // negatives are read.
        BlindSetFigures figures = developmentSetFigures(10, "tenth", GoldStandard.BLIND10_TEXTS);
        GoldStandard.Evaluation ev = figures.claims();
        GoldStandard.Evaluation kinds = figures.kinds();
        // Earlier floors of this set and why they moved: docs/floor-history.md, "tenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.890 (211 of 237), R 0.735. Floors just under.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; aaaaaa: "plants have no proven endosomal route" LackOfCharacterisation added, not read): P 0.890 unchanged (211 of 237), R 0.735 -> 0.733 (gold 287 -> 288). Floors hold.
        // Branch decision38 (diseaseParticiples and lesionAnaphors ON by default, decided on the pool 30-32 + 36-38): P 0.890 -> 0.887 (211 of 237 -> 238: one wrong claim of an inflamed or infected site), R 0.735 unchanged. Precision floor 0.89 -> 0.88.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.891 (212 of 238), R 0.731. Floors just under.
        // goldconv36, thirty-sixth session: P 0.891 (212 of 238), R 0.731 -> 0.729 (gold 290 -> 291: nnnnnnn/aaaaaa's LackOfCharacterisation of "whether these vesicles really come from the brain is disputed", not read). R floor lowered 0.73 -> 0.72 for that gold row only.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.895 (213 of 238), R 0.732. Floors just under.
        // goldconv41, forty-first session (gold only, convention n): the kidney legend's "a smaller part in the injured kidneys" gets targets AcuteKidneyInjury (not read): P 0.895 unchanged, R 0.732 -> 0.729 (gold 291 -> 292). R floor 0.73 -> 0.72 for that gold row only.
        assertFloors(ev, 0.89, 0.72);
        // Branch hyphens (hyphen characters read alike; "GMSC‐Exos" now read as "GMSC-Exos" is): P 0.872 -> 0.869 (205 of 236), R 0.723 -> 0.727. Precision floor 0.87 -> 0.86: the one new false positive ("targets Macrophage" from "shifted macrophages") is read the same from the ASCII spelling; recall floor unchanged.
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 10: P 0.865 -> 0.860, R 0.702 -> 0.699 (vv: cultivar/season variation now BatchVariability; the extractor reads Heterogeneity). Floors lowered for that gold change, just under.
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.865 -> 0.869 (198 of 229 -> 199 of 229), R 0.702 -> 0.706. Floors already just under.
        // After the eleventh session's merges: hedge 0.625 of all (20 of 32). Hedge floor up.
        assertHedgeFloors(ev, 0.59);
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 7 -> 5, beyond 1 -> 3.
        assertTrue(ev.negatedMatched() >= 5, "true denials are found");
        // Branch goldconv6 (seventeenth session; conventions p-t in the gold, then the extractor follows p, r, s, q labels): isKindOf beyond the gold 1 -> 2: "These bacterial vesicles are not exosomes" now read as ExtracellularVesicle[Bacterium] (the gold resolves them to the OMVs before); not a category from a modifier.
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 3 -> 4 of 6 ("hybrids are artificial vesicles rather than EVs"), beyond the gold 2 -> 2. Floors follow.
        assertKindFloors(kinds, 4, 2);
    }

    /**
     * Blind set 11 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Texts and both gold files committed (533bd6a) before the extractor was run on them; the first run raised no gold
     * error and no gold row changed after it. First run, 2 Dec 2026 (sixth session), branch blind11 = rules of main at
     * f3d315f (surface rules): P 0.703 (83 of 118), R 0.331 (83 of 251), lenient 0.780 / 0.367, findings P 0.728 (83 of
     * 114); hedging agrees on 82 of 83 matched; of the 7 matched claims the gold hedges, 6 are extracted hedged (0.857),
     * of all 30 hedged gold claims 6 (0.200); negations: gold 10, extracted 7, matched 5; isKindOf: gold 6, extracted 4,
     * matched 3, one false positive; every gold sentence found as one sentence by the splitter. Floors just under these
     * figures; the hedge floor over matched claims is the issue's goal (0.85).
     * <p>
     * After the merge of goldconv (Methods-only claims left out of the strict figures, tumour sources as qualifier
     * TumorCell; no gold row of this set changed): P 0.746 (85 of 114), R 0.339 (85 of 251); floors raised to match.
     * <p>
     * After the merge of dev8 (rules and vocabulary chosen on set 8, whose branch never had this set): P 0.739 (85 of
     * 115): one denial more that the gold does not have (8 extracted, 5 right). Precision floor 0.74 -> 0.73 and denials
     * beyond the gold 2 -> 3, for a written reason: this is what unseen text says of dev8's rules, and the set stays a
     * measurement, not a target (no rule was changed to win the claim back).
     */
    @Test
    void eleventhBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 3 Dec 2026 (ninth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.773, R 0.394, hedge 0.300 of all): from here on its false positives and
        // negatives are read.
        BlindSetFigures figures = developmentSetFigures(11, "eleventh", GoldStandard.BLIND11_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "eleventhBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.936 (191 of 204), R 0.702. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.936 -> 0.946, R 0.702 -> 0.710 (191 -> 193 of 204). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.946 (193 of 204), R 0.710. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.946 -> 0.951 (193 of 204 -> 193 of 203), R 0.710 -> 0.710. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.951 (196 of 206), R 0.718. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.95, 0.70);
        // Branch objects4 (an injury said "the injured <organ>" next to a vesicle subject, objects4-injured-organ): P 0.945 -> 0.940 (188 of 199 -> 200: a hedged aim "we asked whether ... reach the injured cord" read as targets SpinalCordInjury, not in the gold), R 0.704 unchanged. P floor lowered to 0.93 because 0.940 is exactly 0.94 (no margin).
        // After the eleventh session's merges: hedge 0.621 of all (18 of 29). Hedge floor up.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.936 unchanged, R 0.707 -> 0.705 (gold 271), hedge 0.621 -> 0.600 of all (18 of 30: the hedged treats SpinalCordInjury of "have been tested in spinal cord injury", rrrrr, not read). Hedge floor lowered for that gold row, just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; sssss: "In preeclampsia, syncytiotrophoblast vesicles ... are thought to cause endothelial dysfunction", hedged contributesTo Preeclampsia, not read): P 0.936 unchanged, R 0.705 -> 0.702 (gold 272), hedge 0.600 -> 0.581 of all (18 of 31). Hedge floor lowered 0.59 -> 0.58 for that row only.
        // goldconv34, thirty-fourth session: P 0.951 (193 of 203), R 0.707 (gold 272 -> 273), hedge 0.581 -> 0.563 of all (18 of 32: eeeeeee's hedged targets SpinalCordInjury of "Whether such vesicles reach the lesion ... had not been examined", not read). Hedge floor lowered 0.58 -> 0.56 for that row only.
        assertHedgeFloors(figures.claims(), 0.56);
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 9 -> 8, beyond 2 -> 3.
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 4 -> 6 of 6 (", which are not exosomes", "which are large EVs left behind"), beyond the gold 0 -> 0. Floors follow.
        assertDenialFloors(figures.claims(), 8, 3);
        assertKindFloors(figures.kinds(), 3, 1);
    }

    /**
     * Blind set 12 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Texts and both gold files committed (e28b9fa) before the extractor was run on them; the first run raised no gold
     * error and no gold row changed after it. First run, 2 Dec 2026 (seventh session), branch blind12 = rules of main at
     * 6261802 (surface rules, as the suite runs): P 0.783 (83 of 106), R 0.364 (83 of 228), lenient 0.830 / 0.388; 4
     * claims read only in Methods not scored; hedging agrees on 82 of 83 matched; of the 8 matched claims the gold
     * hedges, 7 are extracted hedged (0.875), of all 24 hedged gold claims 7 (0.292); negations: gold 10, extracted 1,
     * matched 1; isKindOf: gold 7, extracted 3, matched 3, no false positive; every gold sentence found as one sentence by
     * the splitter. Floors just under these figures; the hedge floor over matched claims is the issue's goal (0.85).
     */
    @Test
    void twelfthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 3 Dec 2026 (tenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.813, R 0.456): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(12, "twelfth", GoldStandard.BLIND12_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twelfthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.927 (190 of 205), R 0.739. Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): P 0.927 -> 0.922 (190 of 205 -> 206), R 0.739 unchanged: "elicited IgA in the airways and neutralising IgG" of RBD-Exos, a claim the gold does not have. Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.922 (190 of 206), R 0.739. Floors just under.
        // Branch goldconv27 (gold pass ttttt: antibodies raised Immunogenicity): P 0.922 -> 0.927, R 0.739 -> 0.743 (190 -> 191 of 206). Floors just under.
        // Branch goldconv28 (gold pass uuuuu: the title's "induce mucosal immunity" Immunocompetence -> Immunogenicity): P 0.927 -> 0.922, R 0.743 -> 0.739 (191 -> 190 of 206). Recall floor 0.74 -> 0.73: the changed row is not read (the ontology files "mucosal immunity" under Immunocompetence), 0.7393. P floor unchanged, just under.
        // Lead (twenty-ninth session; "mucosal immunity" moved to Immunogenicity in ontology/exokg.ttl, uuuuu): P 0.922 -> 0.927, R 0.739 -> 0.743 (190 -> 191 of 206). Recall floor back to 0.74.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.927 (191 of 206), R 0.743. Floors just under.
        // Branch twolevelsources ("urine-derived stem cells" twice: derivedFrom Urine[StemCell], rows this older gold does not write; tt/ee write them): P 0.927 -> 0.918 (191 of 206 -> 208), R 0.743 unchanged. Precision floor 0.92 -> 0.91.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; zzzzz: derivedFrom Urine[StemCell] for "urine-derived stem cells" and USC-Exos, 8 rows; the two in words are read by twolevelsources, the six code uses not): P 0.918 -> 0.928 (191 -> 193 of 208), R 0.743 -> 0.728 (gold 257 -> 265). Floors 0.91 / 0.74 -> 0.92 / 0.72.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.933 (194 of 208), R 0.732. Floors just under.
        // Branch decision38 (diseaseParticiples and lesionAnaphors ON by default, decided on the pool 30-32 + 36-38): P 0.933 -> 0.928 (194 of 208 -> 209: one wrong claim of an inflamed or infected site), R unchanged. Precision floor 0.93 -> 0.92.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.933 (194 of 208), R 0.732. Floors just under.
        // goldconv37, thirty-seventh session: P 0.933 (194 of 208), R 0.732 -> 0.729 (gold 265 -> 266: qqqqqqq's usedFor DrugDelivery of the patent's "they can carry doxorubicin or siRNA", not read). Recall floor 0.73 -> 0.72 for that gold row only.
        assertFloors(figures.claims(), 0.93, 0.72);
        // After the eleventh session's merges: hedge 0.667 of all (16 of 24). Hedge floor up.
        // Branch hedge2 (seventeenth session; convention j on this gold: "Exosome-based vaccines could ..." presupposes the use): hedge 0.667 (16 of 24) -> 0.652 (15 of 23), a gold change. Floor just under.
        assertHedgeFloors(figures.claims(), 0.60);
        // Branch hedged4 (twelfth session): denials right 5 -> 6 ("taken up by macrophages, not by epithelial cells").
        // Branch challenges2: one denial beyond the gold more ("the exosomes were not cleared by hepatic macrophages": the
        // gold's denial, read without the anaphor's stem-cell source): 1 -> 2.
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 7 -> 5, beyond 1 -> 3.
        assertDenialFloors(figures.claims(), 5, 3);
        assertKindFloors(figures.kinds(), 3, 0);
    }

    /**
     * Blind set 13 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Texts and both gold files committed (f4d6b6a) before the extractor was run on them; the first run raised no gold
     * error and no gold row changed after it. First run, 3 Dec 2026 (eighth session), branch blind13 = rules of main at
     * 01c8e4f (surface rules, as the suite runs): P 0.744 (90 of 121), R 0.369 (90 of 244), lenient 0.867 / 0.430; 2
     * claims read only in Methods not scored; hedging agrees on 89 of 90 matched; of the 8 matched claims the gold
     * hedges, 8 are extracted hedged (1.000), of all 32 hedged gold claims 8 (0.250); negations: gold 8, extracted 4,
     * matched 1; isKindOf: gold 6, extracted 4, matched 3, one false positive; every gold sentence found as one sentence
     * by the splitter. Floors just under these figures; the hedge floor over matched claims is the issue's goal (0.85).
     */
    @Test
    void thirteenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 3 Dec 2026 (eleventh session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.748, R 0.439): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(13, "thirteenth", GoldStandard.BLIND13_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirteenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.951 (231 of 243), R 0.788. Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; sssss/nnnnn: neuropathic pain is a Disease synonym, 2 treats Disease rows of the MSC exosomes, not read): P 0.951 unchanged, R 0.788 -> 0.783 (gold 293 -> 295). Floors unchanged.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.951 (231 of 243), R 0.783. Floors just under.
        // goldconv41, forty-first session (gold only, convention n): the muscle legend's "only 3 % of it reached the injured muscle" gets targets Injury beside w's LowTargetingEfficiency (not read): P 0.955 unchanged (232 of 243), R 0.781 -> 0.779 (gold 297 -> 298). R floor 0.78 -> 0.77 for that gold row only.
        assertFloors(figures.claims(), 0.95, 0.77);
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.917 -> 0.952 (210 of 229 -> 216 of 227), R 0.727 -> 0.747. Floors just under.
        // After the eleventh session's merges: hedge 0.438 of all (14 of 32). Hedge floor up.
        // Branch hedge2 (seventeenth session; "might be developed into topical medicines for atopic dermatitis"): hedge of all 0.531 -> 0.563 (18 of 32), R 0.726 -> 0.730. Hedge floor up.
        // Branch triggers3 (seventeenth session; the hedged "could serve to monitor antiviral treatment" with the cargo as subject): R 0.764 -> 0.768 (211 -> 212 of 276), P 0.938; hedge of all 0.563 -> 0.594 (19 of 32). Hedge floor up.
        // goldconv13: gold change only (ss: the two hedged rows on commensal / probiotic bacteria's vesicles unqualified): hedge of all 0.594 -> 0.531.
        assertHedgeFloors(figures.claims(), 0.53);
        // Branch hedged4 (twelfth session): denials right 3 -> 4 ("did not raise antibodies").
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 5 -> 2, beyond 0 -> 3.
        assertDenialFloors(figures.claims(), 2, 3);
        // Branch names2 (a named preparation's kind takes its source): isKindOf matched 3 -> 4, beyond the gold 1 -> 0. Floors follow.
        assertKindFloors(figures.kinds(), 4, 0);
    }

    /**
     * Blind set 14 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Texts and both gold files committed (83398fe) before the extractor was run on them; the first run raised no gold
     * error and no gold row changed after it. First run, 3 Dec 2026 (ninth session), branch blind14 = rules of main at
     * 42a00e4 (surface rules, as the suite runs): P 0.769 (133 of 173), R 0.395 (133 of 337), lenient 0.803 / 0.416; 2
     * claims read only in Methods not scored; hedging agrees on 131 of 133 matched; of the 15 matched claims the gold
     * hedges, 14 are extracted hedged (0.933), of all 51 hedged gold claims 14 (0.275); negations: gold 15, extracted 3,
     * matched 3; isKindOf: gold 14, extracted 5, matched 4, one false positive; every gold sentence found as one sentence
     * by the splitter. Floors just under these figures; the hedge floor over matched claims is the issue's goal (0.85).
     */
    @Test
    void fourteenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 3 Dec 2026 (twelfth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.795, R 0.436): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(14, "fourteenth", GoldStandard.BLIND14_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "fourteenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.906 (241 of 266), R 0.651. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.906 unchanged, R 0.651 -> 0.650 (241 of 371: targets Cardiomyocyte for "microRNAs that protect heart muscle cells", convention a, not read). R floor lowered for that gold row, just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.906 -> 0.903, R 0.651 -> 0.657 (241 -> 243 of 266 -> 269). Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; mmmm/nnnnn: the ARDS text's ex vivo result treats ARDS, not Injury, a row the extractor reads; sssss: liver fat FattyLiverDisease, not read): P 0.903 -> 0.907 (243 -> 244 of 269), R 0.655 -> 0.656 (gold 371 -> 372). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.907 (244 of 269), R 0.656. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.907 -> 0.914, R 0.656 -> 0.661 (244 -> 246 of 269). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.914 (246 of 269), R 0.661. Floors just under.
        assertFloors(figures.claims(), 0.91, 0.66);
        // Branch barevesicles3 (bare 'vesicles' with their own source, or a past finding of the studied preparation): P 0.884 -> 0.885 (221 of 250 -> 223 of 252), R 0.612 -> 0.618. Floors just under.
        // Branch compared (the standard of "differ from" is passed over: 'yak milk EVs differ from bovine milk EVs and ... they protect'): P 0.884 -> 0.888 (222 of 250), R 0.612 -> 0.615. Floors unchanged (just under).
        // Branch objects4 (an injury said "the injured <organ>" next to a vesicle subject, objects4-injured-organ): P 0.884 unchanged, R 0.612 -> 0.615. Floors just under.
        // Branch conventionrules (first lines with a finite verb read as sentences, kkk; PEG-coated vesicles and small EVs engineered, fff): P 0.884 -> 0.886 (221 of 250 -> 225 of 254), R 0.602 -> 0.613. Floors just under.
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 14: P 0.881 -> 0.881, R 0.599 -> 0.596 (xx: 2 carries Methotrexate rows for M2-Exo/MTX, not read). Floors unchanged (just under).
        assertHedgeFloors(figures.claims(), 0.41);
        // Branch goldconv7 (convention u): the extractor's denied Immunogenicity rows are now beyond the gold (it reads LowImmunogenicity, affirmed): denials right 5 -> 3, beyond 1 -> 3.
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 4 -> 7 of 14 (coordinated subjects, "and not EVs", ", also called ectosomes,"), beyond the gold 1 -> 1. Floors follow.
        assertDenialFloors(figures.claims(), 3, 3);
        assertKindFloors(figures.kinds(), 4, 1);
    }

    /**
     * Blind set 15 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Texts and both gold files committed (fbaa1cc) before the extractor was run on them; the first run raised no gold
     * error (every class known, every sentence found) and no gold row changed after it. Three rows the writer had meant to
     * change before the commit reached it unchanged (a script wrote the previous rows; docs/extraction.md, section "Blind
     * set 15", lists them): the gold is measured as committed. First run, 3 Dec 2026 (tenth session), branch blind15 = rules
     * of main at cede07b (surface rules, as the suite runs): P 0.599 (97 of 162), R 0.261 (97 of 372), lenient 0.704 /
     * 0.307; 8 claims read only in Methods not scored; hedging agrees on 91 of 97 matched; of the 10 matched claims the
     * gold hedges, 6 are extracted hedged (0.600), of all 61 hedged gold claims 6 (0.098); negations: gold 14, extracted
     * 9, matched 3; isKindOf: gold 14, extracted 12, matched 10, two false positives; every gold sentence found as one
     * sentence by the splitter. Floors just under these figures. The hedge recall over matched claims (0.600) is under
     * the issue's goal (0.85) that {@link #assertHedgeFloors} asserts for sets 13 and 14, so this set asserts its own
     * first figure instead: reported, not tuned (the lead decides).
     */
    @Test
    void fifteenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 3 Dec 2026 (thirteenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.591, R 0.288): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(15, "fifteenth", GoldStandard.BLIND15_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "fifteenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.869 (245 of 282), R 0.619. Floors just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.869 -> 0.870, R 0.619 -> 0.624 (245 -> 247 of 282 -> 284). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.870 (247 of 284), R 0.624. Floors just under.
        // Branch dev32 (source-setting-of-vesicle takes no cell: "In these cells, OMV-delivered CagA activated ..." names the setting, not the source): P 0.870 -> 0.873 (247 of 284 -> 283), R 0.624 unchanged. Floors just under.
        // Branch holdoutguards (source-setting-of-vesicle reads no cells: 'In these cells, ...'): P 0.870 -> 0.873 (247 of 284 -> 283), R 0.624 unchanged. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.870 -> 0.877, R 0.624 -> 0.629 (247 -> 249 of 284). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.880 (249 of 283), R 0.629. Floors just under.
        // Branch conventionreadings (safety gaps, vvvvv, -Dexokg.safetyGaps): blind 15: P 0.880 -> 0.880, R 0.629 -> 0.631 ("Safety cannot be assumed ..." read). R floor up.
        // Branch twolevelsources ("amniotic fluid stem cells": derivedFrom AmnioticFluid[StemCell], a row this older gold does not write; tt/ee write it): P 0.880 -> 0.877 (249 of 283 -> 284), R 0.629 unchanged. Floors hold.
        // Lead, after the thirtieth session's merges (6 Dec 2026; mimetickinds, conventionreadings and twolevelsources together): P 0.877 (250 of 285), R 0.631. Floors just under.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; zzzzz: derivedFrom AmnioticFluid[StemCell] for "amniotic fluid stem cells" and AFSC-EVs, 3 rows; the title's is read, the two code uses not): P 0.877 -> 0.881 (250 -> 251 of 285), R 0.631 -> 0.629 (gold 396 -> 399). Floors 0.87 / 0.63 -> 0.88 / 0.62.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.877 -> 0.880 (250 of 285 -> 249 of 283), R 0.631 -> 0.629. Floors just under.
        // Lead, after the thirty-first session's merges (6 Dec 2026; goldconv30 and claimfilter together): P 0.883 (250 of 283), R 0.627 (gold 399). Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.888 (253 of 285), R 0.632. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.892 (255 of 286), R 0.636. Floors just under.
        assertFloors(figures.claims(), 0.89, 0.63);
        // Branch cargonames (a code name spelling its loaded cargo carries it at later uses, convention xx): P 0.873 -> 0.872, R 0.594 -> 0.607. Floors just under.
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 15: P 0.846 -> 0.846, R 0.578 -> 0.574 (xx: 4 MEG3-Exos carries rows not read; vv, bbb). Floors unchanged (just under).
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.846 -> 0.873 (226 of 267 -> 233 of 267), R 0.578 -> 0.596. Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        // Branch hedged7 (twentieth session; modal benefit in a disease, "help clinicians distinguish / identify", "guide the choice of therapy"): hedge of all 0.455 -> 0.473 (25 -> 26 of 55); P 0.849 -> 0.850, R 0.553 -> 0.556. Hedge floor up.
        assertTrue(figures.claims().hedgeRecallAll() >= 0.47, "hedged claims missed");
        // After merging dev12 (tenth session): P 0.600, R 0.267 (99 of 371); denials extracted 10, right 3: one more beyond
        // the gold than at the first run. What unseen text says of dev12's rules, not tuned back: at most 7 beyond.
        // Branch dev15: 7 -> 8 beyond, for a written reason: "Lactobacillus vesicles ... failed to protect mice from colitis"
        // was read as an assertion (a term inside the trigger cut the negation scope); it is now a denial, which the gold
        // also writes, but of InflammatoryBowelDisease (set 8's convention for colitis in mice), while the ontology names
        // "colitis" an InflammatoryDisease: the right polarity with a broader class still counts beyond the gold.
        // Branch negscope: denials extracted 11 -> 10, right 5 -> 5 ("Empty RBC-EVs neither edited MYC ...": a control arm). Beyond 6 -> 5.
        assertDenialFloors(figures.claims(), 3, 5);
        assertKindFloors(figures.kinds(), 10, 2);
    }

    /**
     * Blind set 16 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen texts (PubMed structured and unstructured, JATS with Methods, a review with lists, a discussion, figure
     * legends, a patent, a press release, a conference abstract, a correction notice, an editorial, a systematic-review
     * abstract, a preprint abstract, a thesis chapter summary) and both gold files committed (6dfee5d) before the extractor
     * was run on them; the first run raised no gold error (every class known, every sentence found) and no gold row
     * changed after it. First run, 3 Dec 2026 (eleventh session), branch blind16 = rules of main at 36f27b2 (surface
     * rules, as the suite runs): P 0.736 (145 of 197), R 0.334 (145 of 434), lenient 0.812 / 0.370; 5 claims read only
     * in Methods not scored; hedging agrees on 143 of 145 matched; of the 10 matched claims the gold hedges, 8 are
     * extracted hedged (0.800), of all 48 hedged gold claims 8 (0.167); negations: gold 11, extracted 5, matched 4;
     * isKindOf: gold 14, extracted 9, matched 7, two false positives; every gold sentence found as one sentence by the
     * splitter. Floors just under these figures. The hedge recall over matched claims (0.800) is under the issue's goal
     * (0.85) that {@link #assertHedgeFloors} asserts for sets 13 and 14, so, as for set 15, this set asserts its own first
     * figure instead: reported, not tuned (the lead decides).
     */
    @Test
    void sixteenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 4 Dec 2026 (fourteenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.724, R 0.339): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(16, "sixteenth", GoldStandard.BLIND16_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "sixteenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.876 (283 of 323), R 0.613. Floors just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.876 -> 0.874, R 0.613 -> 0.615 (283 -> 284 of 323 -> 325). Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; sssss/nnnnn: thrombosis, necrotising enterocolitis and glucose tolerance rows written before their classes; 2 of 5 read): P 0.874 -> 0.880 (284 -> 286 of 325), R 0.615 -> 0.612 (gold 462 -> 467). Floors just under, unchanged.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.874 -> 0.874 (285 of 326), R 0.615 -> 0.617. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.880 (287 of 326), R 0.615. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.880 -> 0.887, R 0.615 -> 0.619 (287 -> 289 of 326). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.887 (289 of 326), R 0.619. Floors just under.
        // Branch goldconv29 (gold pass vvvvv: "the lack of long-term safety data" SafetyConcern added, not read): P 0.887 unchanged (289 of 326), R 0.619 -> 0.618 (gold 467 -> 468). Floors just under (unchanged).
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.887 -> 0.892 (289 of 326 -> 289 of 324), R 0.618 -> 0.618. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.893 (291 of 326), R 0.620. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.89, 0.61);
        // Branch conventionrules (first lines with a finite verb read as sentences, kkk; PEG-coated vesicles and small EVs engineered, fff): P 0.883 -> 0.882 (273 of 309 -> 276 of 313), R 0.593 -> 0.600. Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        // Branch hedge2 (seventeenth session; "may therefore offer a cell-free option", convention l on the gold): hedge of all 0.311 -> 0.341 (15 of 44), P 0.854 -> 0.851, R 0.490 -> 0.492. Hedge floor up.
        // Branch hedged7 (twentieth session; modal benefit in a disease, "help clinicians distinguish / identify", "guide the choice of therapy"): hedge of all 0.500 -> 0.524 (21 -> 22 of 42); P 0.874 -> 0.874, R 0.584 -> 0.587. Hedge floor up.
        // Branch anaphorarms (sourced bare vesicles take the discourse over): hedge of all 0.524 -> 0.500 (22 -> 21 of 42). Hedge floor lowered 0.52 -> 0.50: the claim lost is the patent's hedged "the decorated vesicles evade immune clearance" ("The inventors believe"), now qualified [HEK293Cell] where the gold leaves it unqualified (see the claims floor above).
        // goldconv35, thirty-fifth session: hedge of all 0.500 -> 0.489 (22 of 44 -> 22 of 45: lllllll's hedged treats InflammatoryDisease of the first line "Breast milk vesicles could protect the fragile gut of premature babies", not read); R 0.620 -> 0.618 (gold 468 -> 469). Hedge floor lowered 0.50 -> 0.48 for that gold row only.
        assertTrue(figures.claims().hedgeRecallAll() >= 0.48, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 3);
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 8 -> 10 of 14 (a named preparation's denied kind keeps its source), beyond the gold 2 -> 1. Floors follow.
        assertKindFloors(figures.kinds(), 10, 1);
    }

    /**
     * Blind set 17 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen texts (PubMed structured with METHODS and with PATIENTS AND METHODS, PubMed unstructured, JATS with Methods
     * subsections and with an "Experimental section", a review with two lists, a discussion, figure legends, a patent, a
     * press release, a case report, a letter to the editor, a position statement, highlights with graphical-abstract text,
     * an encyclopedia entry, a meeting report) and both gold files committed (d6b8621) before the extractor was run on
     * them; the first run raised no gold error (every class known, every sentence found) and no gold row changed after it.
     * First run, 3 Dec 2026 (twelfth session), branch blind17 = rules of main at 552ce74 (surface rules, as the suite
     * runs): P 0.724 (92 of 127), R 0.220 (92 of 419), lenient 0.794 / 0.239; 3 claims read only in Methods not scored;
     * hedging agrees on 90 of 92 matched; of the 8 matched claims the gold hedges, 7 are extracted hedged (0.875), of all
     * 48 hedged gold claims 7 (0.146); negations: gold 11, extracted 4, matched 1; isKindOf: gold 14, extracted 2,
     * matched 1, one false positive; every gold sentence found as one sentence by the splitter. Floors just under these
     * figures; the hedge recall over matched claims meets the issue's goal (0.85), so {@link #assertHedgeFloors} applies.
     */
    @Test
    void seventeenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 4 Dec 2026 (fifteenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.710, R 0.222): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(17, "seventeenth", GoldStandard.BLIND17_TEXTS);
        // After merging branch synonyms (twelfth session; synonyms chosen on development sets only): P 0.724 -> 0.713
        // (two more claims extracted, none right), R 0.220 unchanged. A never-tuned set's fall is reported, not tuned back.
        // Branch vocab17 (lexicon from development misses): P 0.710 -> 0.709, R 0.222 -> 0.227. Recall floor up.
        // After the twelfth session's merges (blind17, synonyms, hedged4, goldconv, dev14, attach; rules chosen on development sets only): P 0.702 (92 of 131), R 0.220, hedged 6 of 48 (0.125; 8 before branch dev14's anaphor kinds). Reported, not tuned back: floors follow the figures.
        // Branch qualifiers (fourteenth session): one more claim matched (92 -> 93 of 131, P 0.702 -> 0.710), a gold-hedged one
        // read unhedged, so hedge recall over matched claims 0.857 (6 of 7) -> 0.750 (6 of 8), under the issue's goal: floor just under, reported, not tuned; the lead decides.
        // Branch stance (fifteenth session; others' judgement "most members considered ..." hedged): hedges on matched 6 -> 7 of 8 (0.750 -> 0.875); P/R unchanged.
        // Branch dev17 (fifteenth session; gold to the lead's conventions, then rules for its misses): P 0.710 -> 0.634 (gold only; 91 rows qualified, 14 derivedFrom rows removed, 5 added; 93 -> 83 of 131) -> 0.651 (99 of 152), R 0.222 -> 0.202 -> 0.241 (of 410); denials 1 of 4 -> 2 of 7. Then 7 derivedFrom rows of a second source qualified as golds 5, 7 and 10 do: P 0.684 (104 of 152), R 0.254. Floors just under.
        // Lead, after the fifteenth session's merges (4 Dec 2026: blind20, goldconv3, stance, dev17, vocab17, chains, speed19; convention b revised): P 0.761 (118 of 155), R 0.278 (of 424: the 14 derivedFrom rows dev17 removed are restored, convention b revised); hedges 13 of 14 matched (0.929), 0.250 of all. Floors just under.
        // Branch hedgescope (sixteenth session): hedges 13 of 14 -> 14 of 14 matched ("have been implicated in", convention f; one gold row unhedged, "have been reported to"), 0.250 -> 0.275 of all. Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.27, "hedged claims missed");
        // Branch names2 (GNVs read as the ginseng nanovesicles named before): P 0.761 -> 0.764 (120 of 157), R 0.278 -> 0.283; one denial beyond the gold more ("GNVs did not kill B16F10 cells", not a claim of this gold): 5 -> 6.
        assertDenialFloors(figures.claims(), 1, 6);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "seventeenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.896 (224 of 250), R 0.508. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.896 -> 0.900, R 0.508 -> 0.510 (224 -> 225 of 250). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.900 (225 of 250), R 0.510. Floors just under.
        // Branch comparisons (bare "vesicles in <fluid>" as a text's first vesicles switched on, -Dexokg.bareVesiclesInFluid): P 0.900 -> 0.899 (225 of 250 -> 232 of 258), R 0.510 -> 0.526. Floors just under (P 0.89 as barevesiclesin said).
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.899 -> 0.903 (232 of 258 -> 232 of 257), R 0.526 -> 0.526. Floors just under.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.907 (235 of 259), R 0.532. Floors just under.
        assertFloors(figures.claims(), 0.90, 0.53);
        // Branch batchvar (conventions vv and bbb: source-variation wordings as BatchVariability, denied inflammation as LowToxicity): P 0.878 -> 0.874, R 0.477 -> 0.477. Floors just under.
        // Branch dev24 (cleared by the liver is OffTargetAccumulation (kk): the megakaryocyte text's microparticles; "Akkermansia" alone names the bacterium: the highlights' "Live Akkermansia", "fewer Akkermansia vesicles"): P 0.860 -> 0.866 (202 of 235 -> 207 of 239), R 0.463 -> 0.475. Floors just under.
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.860 -> 0.871 (202 of 235 -> 232), R 0.463 unchanged. Floors just under.
        // Branch subjects5 ('Placenta-derived vesicle therapy PV-301 lowers ...': a source before singular 'vesicle' and a noun of what is made or measured of them, as a text's first vesicles): P 0.860 -> 0.862, R 0.466 -> 0.472. Floors just under.
        assertKindFloors(figures.kinds(), 1, 1);
    }

    /**
     * Blind set 18 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS, with PURPOSE / METHODS, with OBJECTIVE / DESIGN, and unstructured;
     * JATS with Methods subsections, with "Materials and methods" and with a methods section titled "Experimental
     * procedures"; the limitations section of a review, a retraction notice, a grant progress report, a clinical guideline
     * excerpt, a poster abstract, a patient FAQ page, a news Q&amp;A, table captions, a dataset description) and both gold
     * files committed (4343f5c) before the extractor was run on them; the first run raised no gold error (every class
     * known, every sentence found) and no gold row changed after it. First run, 3 Dec 2026 (thirteenth session), branch
     * blind18 = rules of main at a24c82a (surface rules, as the suite runs): P 0.387 (48 of 124), R 0.134 (48 of 358),
     * lenient 0.702 (87 of 124) / 0.244 (87 of 356); 4 claims read only in Methods not scored; hedging agrees on 44 of 48
     * matched; of the 5 matched claims the gold hedges, 1 is extracted hedged (0.200), of all 48 hedged gold claims 1
     * (0.021); negations: gold 11, extracted 7, matched 0; isKindOf: gold 9, extracted 3, matched 3, no false positive;
     * every gold sentence found as one sentence by the splitter. Floors just under these figures. The hedge recall over
     * matched claims (0.200) is under the issue's goal (0.85) that {@link #assertHedgeFloors} asserts, so, as for sets 15
     * and 16, this set asserts its own first figures instead: reported, not tuned (the lead decides).
     */
    @Test
    void eighteenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 4 Dec 2026 (sixteenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.437, R 0.165): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(18, "eighteenth", GoldStandard.BLIND18_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "eighteenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.857 (228 of 266), R 0.556. Floors just under.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.857 -> 0.858 (229 of 267), R 0.556 -> 0.559. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.858 (229 of 267), R 0.559. Floors just under.
        // Branch destinations (given vesicles found where they went name no source: an administration word or labelled vesicles in the sentence): P 0.858 -> 0.861 (229 of 267 -> 266), R 0.559 unchanged. Floors just under (unchanged).
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.861 (229 of 266), R 0.559. Floors just under.
        // Branch comparisons (bare "vesicles in <fluid>" as a text's first vesicles switched on, -Dexokg.bareVesiclesInFluid): P 0.861 -> 0.862 (229 of 266 -> 232 of 269), R 0.559 -> 0.566. Floors just under.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; aaaaaa: the review's "Third, the mechanism is uncertain" LackOfCharacterisation added, not read): P 0.862 unchanged (232 of 269), R 0.566 -> 0.564 (gold 410 -> 411). Floors hold.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.862 -> 0.885 (232 of 269 -> 232 of 262), R 0.566 -> 0.566. Floors just under.
        // decision36, thirty-third session (hedgeFrames ON: "appear to cause few immune reactions" read and hedged): P 0.885 -> 0.886 (232 of 262 -> 233 of 263), R 0.563 -> 0.566; hedges 19 of 19 matched, 0.442 of all 43. Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.909 (239 of 263), R 0.580. Floors just under.
        // goldconv35, thirty-fifth session: P 0.909 (239 of 263), R 0.579 (gold 412 -> 413: lllllll's treats Injury of the title "Bovine colostrum exosomes given by mouth protect the immature intestine of newborn rats", not read). Floors just under (R lowered 0.58 -> 0.57 for that gold row only).
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.910 (242 of 266), R 0.586. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.90, 0.57);
        // Branch conventionrules (first lines with a finite verb read as sentences, kkk; PEG-coated vesicles and small EVs engineered, fff): P 0.854 -> 0.848 (217 of 254 -> 218 of 257), R 0.547 -> 0.549. Precision floor 0.85 -> 0.84: the poster title read as a sentence gives 1 right, 2 wrong here (targets Cancer for "kill neuroblastoma cells"; the next sentence's discourse subject turns engineered); development P falls 0.0005 overall while R rises 0.0015, so kkk stays on.
        // Branch subjects6 (treatments and treated groups as subjects: the vaccinated group, a share less of a disease): P 0.850 -> 0.850, R 0.547 -> 0.550 (216 of 254). Floors just under.
        // Branch barevesicles3 (bare 'vesicles' with their own source, or a past finding of the studied preparation): P 0.850 -> 0.843 (215 of 253 -> 215 of 255: 'took up labelled vesicles in every study' read as Exosome, gold ExtracellularVesicle), R 0.547 -> 0.547. Floors just under.
        // Branch objects4 (an injury said "the injured <organ>" next to a vesicle subject, objects4-injured-organ): P 0.850 unchanged, R 0.547 -> 0.550. Floors just under.
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 18: P 0.844 -> 0.840 (210 of 250), R 0.536 -> 0.534 (ww: the first line "Results: comparison of ..." gives no row; the reader still reads it). Precision floor lowered to 0.83 because 0.840 sits on the old floor.
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.844 -> 0.851 (211 of 250 -> 212 of 249), R 0.536 -> 0.538. Floors just under.
        // Branch subjects5 ('an epithelial vesicle score': a source before singular 'vesicle' and a noun of what is made or measured of them): P 0.845 -> 0.846, R 0.538 -> 0.543. Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        // Branch hedge2 (seventeenth session; hedged predicates "might offer an off-the-shelf cell-free immunotherapy"): hedge of all 0.171 -> 0.195 (8 of 41), R 0.358 -> 0.360. Hedge floor up.
        assertTrue(figures.claims().hedgeRecallAll() >= 0.44, "hedged claims missed");
        assertDenialFloors(figures.claims(), 0, 8);
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 5 -> 6 of 9, beyond the gold 0 -> 0. Floors follow.
        assertKindFloors(figures.kinds(), 6, 0);
    }

    /**
     * Blind set 19 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS, OBJECTIVE / METHODS, AIMS / METHODS and unstructured; JATS with
     * Methods subsections, with "Materials and methods" and with a methods section titled "Experimental section"; a peer
     * review report, a textbook chapter with key points, a lecture transcript, an investor update, a plain language
     * summary, a product datasheet, a glossary and a response to reviewers) and both gold files (455 claims, 24
     * classification claims) committed (9bef172) before the extractor was run on them; the first run raised no gold error
     * (every class known, every sentence found) and no gold row changed after it. First run, 4 Dec 2026 (fourteenth
     * session), branch blind19 = rules of main at 4b7cd33 (surface rules, as the suite runs): P 0.670 (124 of 185), R 0.273
     * (124 of 455), lenient 0.773 (143 of 185) / 0.314; 11 claims read only in Methods not scored; hedging agrees on 123
     * of 124 matched; of the 5 matched claims the gold hedges, 4 are extracted hedged (0.800), of all 47 hedged gold
     * claims 4 (0.085); negations: gold 19, extracted 7, matched 3; isKindOf: gold 24, extracted 11, matched 8, 3 false
     * positives; every gold sentence found as one sentence by the splitter. Floors just under these figures. The hedge
     * recall over matched claims (0.800) is under the issue's goal (0.85) that {@link #assertHedgeFloors} asserts, so, as
     * for sets 15, 16 and 18, this set asserts its own first figures instead: reported, not tuned (the lead decides).
     */
    @Test
    void nineteenthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 4 Dec 2026 (seventeenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.655, R 0.338): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(19, "nineteenth", GoldStandard.BLIND19_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "nineteenthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.923 (301 of 326), R 0.604. Floors just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.923 -> 0.924, R 0.604 -> 0.608 (301 -> 303 of 326 -> 328). Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.924 -> 0.921 (303 of 328 -> 329), R 0.608 unchanged: "carry tissue factor, which can trigger clotting" read with the qualifier BloodPlasma (gold Microvesicle[Platelet]). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.921 (303 of 329), R 0.608. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.921 -> 0.933, R 0.608 -> 0.616 (303 -> 307 of 329). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.933 (307 of 329), R 0.616. Floors just under.
        // Branch mimetickinds (mimetics of any producer, unqualified, with their producer's derivedFrom row at each named use; 'vesicle mimetic', 'extruded <producer> mimetics'): P 0.933 -> 0.935 (307 of 329 -> 314 of 336), R 0.616 -> 0.631. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.935 -> 0.940 (314 of 336 -> 314 of 334), R 0.631 -> 0.631. Floors just under.
        // goldconv39, thirty-ninth session (gold only, convention dddddddd): the title's "carry paclitaxel into colorectal
        // tumours" usedFor DrugDelivery added (gold 500 -> 501, not read): R 0.630 -> 0.629. Recall floor lowered for that row only.
        assertFloors(figures.claims(), 0.94, 0.62);
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.74, "hedges missed on matched claims");
        // Branch triggers3 (seventeenth session; "may thus become imaging probes" read as usedFor Imaging): P 0.805 -> 0.806, R 0.425 -> 0.427 (211 -> 212 of 496); hedged found 7 -> 8 of 44 (0.159 -> 0.182 of all). Hedge floor up.
        // Branch hedged7 (twentieth session; modal benefit in a disease, "help clinicians distinguish / identify", "guide the choice of therapy"): hedge of all 0.295 -> 0.318 (13 -> 14 of 44); P 0.911 -> 0.911, R 0.514 -> 0.516. Hedge floor up.
        assertTrue(figures.claims().hedgeRecallAll() >= 0.31, "hedged claims missed");
        // Branch dev17: denials extracted 7 -> 10, right 3 -> 3 (three denials beyond this gold, from bare "vesicles of / in" a
        // source now named as EVs). NEVER-TUNED: reported, not tuned back; floor follows, the lead decides.
        // Branch dev19: denials beyond the gold 6 -> 4 ("vesicles in plasma" is a noun phrase no negation denies).
        assertDenialFloors(figures.claims(), 3, 4);
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 9 -> 16 of 24 (glossary entries, coordinated subjects, "rather than", exomeres as extracellular particles), beyond the gold 3 -> 3. Floors follow.
        assertKindFloors(figures.kinds(), 16, 3);
    }

    /**
     * Blind set 20 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS / RESULTS / CONCLUSIONS, OBJECTIVE / METHODS / RESULTS / CONCLUSION
     * and unstructured; JATS with "Materials and methods" subsections, with "Methods" and with "Patients and methods"
     * subsections; a conference panel discussion summary, a regulatory questions-and-answers page, a protocol paper with
     * numbered Methods steps, a veterinary clinical study, a book review, a news article, a thesis abstract, a case
     * series, a point-counterpoint and journal club notes) and both gold files (405 claims, 63 hedged, 14 denied; 23
     * classification claims) committed (f9f48c0) before the extractor was run on them. The first run raised one gold
     * error: the splitter keeps "... microRNA-214-3p. Added to PC-3 ..." as one sentence (no break after "3p."), so the
     * thesis abstract's two rows "carries MicroRNA" fell on one sentence (duplicate gold claim); the second row was
     * removed (404 claims); no other row changed. First run, 4 Dec 2026 (fifteenth session), branch blind20 = rules of
     * main at 4d0df41 (surface rules, as the suite runs): P 0.399 (81 of 203), R 0.200 (81 of 404), lenient 0.493 (100 of
     * 203) / 0.249; 3 claims read only in Methods not scored; hedging agrees on 75 of 81 matched; of the 9 matched claims
     * the gold hedges, 7 are extracted hedged (0.778), of all 63 hedged gold claims 7 (0.111); negations: gold 14,
     * extracted 8, matched 3; isKindOf: gold 23, extracted 7, matched 6, 1 false positive; every gold sentence found as
     * one sentence by the splitter. Floors just under these figures. The hedge recall over matched claims (0.778) is under
     * the issue's goal (0.85) that {@link #assertHedgeFloors} asserts, so, as for sets 15, 16, 18 and 19, this set asserts
     * its own first figures instead: reported, not tuned (the lead decides).
     */
    @Test
    void twentiethBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 5 Dec 2026 (eighteenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.613, R 0.325): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(20, "twentieth", GoldStandard.BLIND20_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentiethBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.842 (251 of 298), R 0.524. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.842 unchanged, R 0.524 -> 0.523 (gold 480: hedged treats Cancer for "have been tested in cancer patients", rrrrr, not read). Floors unchanged (just under).
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.842 -> 0.843, R 0.524 -> 0.526 (251 -> 252 of 298 -> 299). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.843 (252 of 299), R 0.525. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.843 -> 0.833, R 0.525 -> 0.519 (252 -> 249 of 299). Floors just under. The precision floor falls 0.84 -> 0.83 and the recall floor 0.52 -> 0.51: pmc-PMC9920004's general statement with no auxiliary ("Loading vesicles after isolation by electroporation tends to aggregate them", 3 claims) takes the text's source; left (docs/extraction.md).
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.833 (249 of 299), R 0.519. Floors just under.
        // Branch goldconv29 (gold pass vvvvv, xxxxx: two safety gaps SafetyConcern, two adjuvant Immunocompetence and the journal club's antigens carries Protein added, not read): P 0.833 unchanged (249 of 299), R 0.519 -> 0.513 (gold 480 -> 485). Floors just under (unchanged).
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; gggggg: the journal club's "judged the immunogenicity data strong" Immunogenicity added, not read): P 0.833 unchanged (249 of 299), R 0.513 -> 0.512 (gold 485 -> 486). Floors hold.
        // Branch goldconv31 (gold pass hhhhhh-pppppp, gold edits only; hhhhhh: KerEVs, defined as small EVs, keep their code's word ExtracellularVesicle (fffff), 23 rows; the extractor reads them SmallExtracellularVesicle unless -Dexokg.codeVesicleWords): P 0.833 -> 0.766 (249 -> 229 of 299), R 0.512 -> 0.471. Floors just under.
        // goldconv32, thirty-second session: P 0.826 (247 of 299), R 0.508 (codeVesicleWords ON by default: the KerEVs uses read as their code's word, hhhhhh). Floors just under.
        // goldconv33, thirty-third session: P 0.836 (250 of 299), R 0.514 (gold 486; qqq applied, "Mature milk vesicles"). Floors just under.
        assertFloors(figures.claims(), 0.83, 0.51);
        // Branch mmmgold (OMV anaphor switch on, convention mmm): P 0.809 -> 0.813 (242 -> 243 of 299), R 0.503 -> 0.505. Floors just under.
        // Branch barevesicles3 (bare 'vesicles' with their own source, or a past finding of the studied preparation): P 0.815 -> 0.815 (242 of 297 -> 243 of 298), R 0.503 -> 0.505. Floors just under.
        // Branch studied (a text about one product: its present tense takes its source; the protocol's 'Loaded EVs keep ...'): P 0.815 -> 0.822 (242 -> 244 of 297), R 0.503 -> 0.507. Floors just under.
        // Branch vocab25 (literature wordings of challenges as events: residual saponin, litres of medium for a dose): P 0.804 -> 0.801, R 0.495 -> 0.495 (one LowYield said of the wrong preparation). Floors just under.
        // Branch subjects5 ('tear vesicle profiles': a source before singular 'vesicle' and a noun of what is made or measured of them): P 0.804 -> 0.805, R 0.495 -> 0.497. Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.79, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.12, "hedged claims missed");
        // Branch negscope: NEVER-TUNED denials extracted 10 -> 11, right 4 -> 4 (beyond 6 -> 7; P and R unchanged, so a claim already beyond the gold now read denied, most likely by the new cue "none of"); reported, not tuned; the lead decides.
        // Branch vocab19 (labels): NEVER-TUNED P 0.618 -> 0.613 (144 of 233 -> 144 of 235), R 0.314 unchanged; denials beyond the gold 7 -> 8; reported, not tuned back, the lead decides.
        // Branch findings (seventeenth session; uses stated as findings): NEVER-TUNED P 0.618 -> 0.615 (144 of 234), R 0.314 unchanged; one claim more, a denial beyond the gold (7 -> 8); reported, not tuned; the lead decides.
        // Branch vocab20: NEVER-TUNED denials beyond the gold 9 (14 extracted, 5 right) already at main 2f7b855 before this branch's labels (unchanged by them), P 0.615 (147 of 239), R 0.321; floor follows, reported, the lead decides.
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf 6 -> 7 of 23 ("rather than exosomes"), beyond the gold 1 -> 1. Floors follow.
        // Branch goldconv8: denials right 4 of 14, beyond 4 already at its base main 938203e before any goldconv8 edit (the extractor's convention u reads denied Immunogenicity as LowImmunogenicity; blind 20's gold still has the denied rows, goldconv7 converted seed..blind19 only); the lead decides.
        assertDenialFloors(figures.claims(), 4, 9);
        assertKindFloors(figures.kinds(), 7, 1);
    }

    /**
     * Blind set 21 (development data since the nineteenth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS / RESULTS / CONCLUSIONS, OBJECTIVE / DESIGN / RESULTS / CONCLUSION
     * and unstructured; JATS with Methods subsections and two with "Materials and methods"; a lab notebook summary, a
     * review of negative results, a comparison table written out as prose, a podcast transcript, a technology transfer
     * brief, an investigator's brochure excerpt, a health technology assessment summary, a consent form excerpt, a SWOT
     * analysis and steering committee minutes) and both gold files (488 claims, 44 hedged, 14 denied; 11 classification
     * claims) committed (bbceae0) before the extractor was run on them. The first run raised no gold error (every class
     * known, every sentence found as one sentence by the splitter) and no gold row changed after it. First run, 4 Dec 2026
     * (sixteenth session), branch blind21 = rules of main at 1258cd0 (surface rules, as the suite runs): P 0.740 (171 of
     * 231), R 0.350 (171 of 488), lenient 0.843 (194 of 230) / 0.404; 5 claims read only in Methods not scored; hedging
     * agrees on 169 of 171 matched; of the 10 matched claims the gold hedges, 9 are extracted hedged (0.900), of all 44
     * hedged gold claims 9 (0.205); negations: gold 14, extracted 7, matched 2; isKindOf: gold 11, extracted 4, matched 4,
     * no false positive. Floors just under these figures.
     */
    @Test
    void twentyFirstBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 5 Dec 2026 (nineteenth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.753, R 0.430): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(21, "twenty-first", GoldStandard.BLIND21_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentyFirstBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.918 (336 of 366), R 0.651. Floors just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.918 -> 0.918, R 0.651 -> 0.655 (336 -> 338 of 366 -> 368). Floors just under.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.918 -> 0.919 (339 of 369), R 0.655 -> 0.657. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.918 -> 0.919, R 0.655 -> 0.659 (338 -> 340 of 368 -> 370). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.919 (341 of 371), R 0.661. Floors just under.
        // Branch goldconv27 (gold pass ttttt: the assessment's thrombosis risk SafetyConcern added, pp and ttt): P 0.919 -> 0.919, R 0.661 -> 0.660 (341 of 371; gold 516 -> 517). Recall floor 0.66 -> 0.65: the added gold row is not read (0.6596).
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.919 -> 0.925, R 0.660 -> 0.663 (341 -> 343 of 371). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.925 (343 of 371), R 0.663. Floors just under.
        // Branch conventionreadings (safety gaps, vvvvv, -Dexokg.safetyGaps): blind 21: P 0.925 -> 0.925, R 0.663 -> 0.665 ("its safety in humans remains uncertain" read). Floors unchanged (just under).
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.925 -> 0.927 (344 of 372 -> 344 of 371), R 0.665 -> 0.665. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.928 (347 of 374), R 0.671. Floors just under.
        // goldconv36, thirty-sixth session: P 0.928 (347 of 374), R 0.671 -> 0.670 (gold 517 -> 518: nnnnnnn's hedged treats InfectiousDisease of "asked whether the OMVs protect against other capsule types", not read). R floor lowered 0.67 -> 0.66 for that gold row only.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.928 (348 of 375), R 0.672. Floors just under.
        assertFloors(figures.claims(), 0.92, 0.67);
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 21: P 0.902 -> 0.902, R 0.613 -> 0.611 (xx: 3 TMZ-GBEs carries rows not read; vv). Floors unchanged (just under).
        // Branch dev24 (bacterial genus names: the minutes' heading line "Item 2. Akkermansia vesicles (WP2)" now names its bacterium and gives a derivedFrom row the gold, rightly, does not list; a heading read as a sentence, not this reading's error): P 0.902 -> 0.900 (314 of 348 -> 349), R 0.613 unchanged. Precision floor 0.90 -> 0.89 for this reason.
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.902 -> 0.905 (314 of 348 -> 347), R 0.613 unchanged. Floors already just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.81, "hedges missed on matched claims");
        // Branch hedged7 (twentieth session; modal benefit in a disease, "help clinicians distinguish / identify", "guide the choice of therapy"): hedge of all 0.298 -> 0.340 (14 -> 16 of 47); P 0.882 -> 0.882, R 0.559 -> 0.563. Hedge floor up.
        assertTrue(figures.claims().hedgeRecallAll() >= 0.33, "hedged claims missed");
        // Branch challenges3 (eighteenth session; safety wording and challenge events, chosen on development sets only): NEVER TUNED, aggregate only: P 0.723 -> 0.722 (196 of 271 -> 197 of 273), R 0.402 -> 0.404; one denial beyond the gold more (5 -> 6). Reported, not tuned back; denial guard just over, the lead decides.
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf NEVER-TUNED 5 -> 6 of 11, beyond the gold 0 -> 0 (not tuned on; floor follows). Floors follow.
        assertDenialFloors(figures.claims(), 2, 6);
        assertKindFloors(figures.kinds(), 4, 0);
    }

    /**
     * Blind set 22 (development data since the twentieth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with INTRODUCTION / METHODS / RESULTS / CONCLUSIONS, AIMS / METHODS / RESULTS / CONCLUSIONS
     * and unstructured; JATS with a sec-type methods "Methods", a "Materials and methods" and a "Methods" section, each with
     * subsections; a label-style highlights page of an investigational product, an EU project deliverable summary, the
     * rationale section of a lab SOP, grant specific aims, a correspondence reply, a public comment on a preprint, an
     * advisory committee briefing document, a CME quiz with answers, the claims section of a patent and a press release on
     * a phase 1 trial) and both gold files (447 claims, 50 hedged, 18 denied; 10 classification claims) committed
     * (b9d07c7) before the extractor was run on them. The first run raised four gold errors, all of one kind: sentence
     * substrings that began with a label the reader strips from its line ("Aim 1. ", "Aim 2. ", "Topic: ", "Q1. ") were not
     * found as one sentence by the splitter; the labels were dropped from those four substrings, no claim changed. Every
     * class was known. First run, 4 Dec 2026 (seventeenth session), branch blind22 = rules of main at 1c58321 (surface
     * rules, as the suite runs), before the substring fix: P 0.628 (150 of 239), R 0.336; after it: P 0.636 (152 of 239),
     * R 0.340 (152 of 447), lenient 0.766 (183 of 239) / 0.410; 6 claims read only in Methods not scored; hedging agrees on
     * 148 of 152 matched; of the 10 matched claims the gold hedges, 10 are extracted hedged (1.000), of all 50 hedged gold
     * claims 10 (0.200); negations: gold 18, extracted 9, matched 5; isKindOf: gold 10, extracted 6, matched 4, 2 false
     * positives; every gold sentence found as one sentence by the splitter. Floors just under these figures.
     */
    @Test
    void twentySecondBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 5 Dec 2026 (twentieth session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.641, R 0.391): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(22, "twenty-second", GoldStandard.BLIND22_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentySecondBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.819 (254 of 310), R 0.549. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.819 unchanged, R 0.549 -> 0.552 (gold 463 -> 460: the CRX-07 product-title line's rows, jjjjj, and the wh-question's usedFor row, qqqqq, removed; none was read). Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): P 0.819 -> 0.817, R 0.552 -> 0.554 (254 -> 255 of 310 -> 312). Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.817 (255 of 312), R 0.554. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.817 -> 0.824, R 0.554 -> 0.559 (255 -> 257 of 312). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.824 (257 of 312), R 0.559. Floors just under.
        // Branch goldconv29 (gold pass vvvvv: "long-term safety ... remains to be shown" SafetyConcern added, not read): P 0.824 unchanged (257 of 312), R 0.559 -> 0.557 (gold 460 -> 461). Floors just under (unchanged).
        // Branch conventionreadings (safety gaps, vvvvv, -Dexokg.safetyGaps): blind 22: P 0.824 -> 0.827, R 0.557 -> 0.562 ("meets its safety goal" LowToxicity, its SafetyConcern gone; a lone "long-term safety ... remains to be shown"). R floor up.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.827 -> 0.835 (259 of 313 -> 259 of 310), R 0.562 -> 0.562. Floors just under.
        // Branch paraphrases (units that differ in an attribute as BatchVariability): P 0.835 -> 0.837 (259 of 310 -> 261 of 312), R 0.562 -> 0.566 (with the variation by an amount). Floors already just under.
        // subjects33, thirty-third session: P 0.853 (266 of 312), R 0.577 (engineeredCodes: "miR21-SC-Exos" the engineered arm). Floors just under.
        // Lead, after the thirty-third session's merges (7 Dec 2026): P 0.854 (269 of 315), R 0.584 (gold 461). Floors just under.
        assertFloors(figures.claims(), 0.85, 0.58);
        // Branch barevesicles3 (bare 'vesicles' with their own source, or a past finding of the studied preparation): P 0.785 -> 0.782 (230 of 293 -> 230 of 294: 'plasma gave 60 % fewer CD41-positive vesicles' carries Protein), R 0.500 -> 0.500. Floors just under.
        // Branch studied (a text about one product: its present tense and unsourced anaphors take its source; the label-style summary's 'The exosomes carry CD63 ...'): P 0.785 -> 0.802 (230 -> 235 of 293), R 0.500 -> 0.511. Floors just under.
        // Branch objects4 (an injury said "the injured <organ>" next to a vesicle subject, objects4-injured-organ): P 0.785 -> 0.786, R 0.500 -> 0.502. Floors just under.
        // Branch batchvar (conventions vv and bbb: source-variation wordings as BatchVariability, denied inflammation as LowToxicity): P 0.785 -> 0.783, R 0.493 -> 0.493. Floors just under.
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 22: P 0.774 -> 0.781, R 0.483 -> 0.489 (aaa: grapefruit and ginger vesicles PlantDerivedNanovesicle; ww: two title rows the reader never splits removed). Floors raised, just under.
        // Branch vocab25 (literature wordings of challenges as events: residual saponin, litres of medium for a dose): P 0.776 -> 0.780, R 0.487 -> 0.491. Floors just under.
        // Branch goldconv15 (convention mmm: the E. coli OMV anaphors of the specific aims qualified, gold edits only): hedge recall
        // of matched 0.850 (17 of 20) -> 0.842 (16 of 19): the hedged "Intranasal OMVs are expected to" row is no longer matched
        // (the extractor leaves it unqualified); matched-hedge floor lowered from the shared 0.85 to 0.84 for that reason.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.84, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.17, "hedged claims missed");
        assertDenialFloors(figures.claims(), 5, 4);
        // Branch kinds (eighteenth session; kind-words.yaml wordings, denied kinds of named preparations): isKindOf NEVER-TUNED 4 -> 6 of 10, beyond the gold 2 -> 1 (not tuned on; floor follows). Floors follow.
        assertKindFloors(figures.kinds(), 6, 1);
    }

    /**
     * Blind set 23 (development data since the twenty-first session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with OBJECTIVE / METHODS / RESULTS / CONCLUSIONS, BACKGROUND / METHODS / RESULTS / CONCLUSIONS
     * and unstructured; JATS with sec-type methods "Methods" and "Materials and methods" sections with subsections and two
     * figure captions; a grant review summary statement, an award citation, a researcher's blog post, a market research
     * executive summary, a research ethics committee opinion, a core facility annual report, an agricultural extension
     * bulletin, an equine practice newsletter, a social media thread and a hospital formulary committee review) and both
     * gold files (448 claims, 46 hedged, 14 denied; 10 classification claims) committed (3445353) before the extractor was
     * run on them (branch blind23, eighteenth session, rules of main 9c651b7). Every gold sentence was found as one
     * sentence by the splitter and every class was known. The writer read this set's own false positives once, for gold
     * errors only, and fixed five (listed in the gold's header: a table title's derivedFrom row and a "not neuronal EVs"
     * derivedFrom row missing under convention b, four OMV anaphor rows wrongly qualified, "did not provoke antibodies"
     * read as LowImmunogenicity, one plant-vesicle subject class): 448 -> 450 rows, 15 denied; no rule changed.
     */
    @Test
    void twentyThirdBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data on 5 Dec 2026 (twenty-first session) after being measured as never tuned on for three
        // sessions (last never-tuned figures P 0.521, R 0.273): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(23, "twenty-third", GoldStandard.BLIND23_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentyThirdBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.807 (243 of 301), R 0.527. Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; a applied: "preserved goblet cells" targets EpithelialCell, a row the extractor reads): P 0.807 -> 0.811 (243 -> 244 of 301), R 0.527 -> 0.528 (gold 461 -> 462). Floors just under.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.807 -> 0.808 (244 of 302), R 0.527 -> 0.529. Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): P 0.807 -> 0.810 (243 of 301 -> 300), R 0.527 unchanged. Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.814 (245 of 301), R 0.530. Floors just under.
        // Branch holdoutguards (a second lacking verb with a modified object keeps its negation: 'and lacked the mitochondrial protein ...'): P 0.814 -> 0.821 (245 -> 247 of 301), R 0.530 -> 0.535. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.814 -> 0.827, R 0.530 -> 0.539 (245 -> 249 of 301). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.834 (251 of 301), R 0.543. Floors just under.
        // Branch goldconv29 (gold pass vvvvv: "safety was rarely examined" LackOfCharacterisation -> SafetyConcern): P 0.834 -> 0.837, R 0.543 -> 0.545 (251 -> 252 of 301). Floors just under (unchanged).
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.837 -> 0.840 (252 of 301 -> 252 of 300), R 0.545 -> 0.545. Floors just under.
        // Branch paraphrases (a variation with its amount between units as BatchVariability): P 0.840 -> 0.841 (252 of 300 -> 253 of 301), R 0.545 -> 0.548. Floors already just under.
        // goldconv33, thirty-third session: P 0.854 (257 of 301), R 0.553 (gold 465; yyyyyy +3 rows, foreignSourceKinds +1 right). Floors just under.
        // outcomes34, thirty-fourth session: P 0.839 (256 of 305), R 0.551 (measuredOutcomes: Aloe vera read [Plant] in a new right-but-for-the-qualifier claim, so TextPreparation leaves three anaphor claims of that text unqualified; lowered). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.854 (258 of 302), R 0.554. Floors just under.
        assertFloors(figures.claims(), 0.85, 0.55);
        // Branch barevesicles3 (bare 'vesicles' with their own source, or a past finding of the studied preparation): P 0.797 -> 0.796 (224 of 281 -> 227 of 285), R 0.489 -> 0.496. Floors just under.
        // Branch conventionrules (first lines with a finite verb read as sentences, kkk; PEG-coated vesicles and small EVs engineered, fff): P 0.797 -> 0.796 (224 of 281 -> 226 of 284), R 0.487 -> 0.491. Floors just under.
        // Branch previoussubject (discourse challenges after a survey said of EVs; carried unsourced vesicles take the studied source): P 0.797 -> 0.804, R 0.487 -> 0.491. Floors just under.
        // Branch cargonames (a code name spelling its loaded cargo carries it at later uses, convention xx): P 0.793 -> 0.796, R 0.478 -> 0.487. Floors just under.
        // Branch goldconv14 (gold conventions vv-eee, gold edits only): blind 23: P 0.777 -> 0.788, R 0.466 -> 0.472 (zz: coordinated saliva sources unqualified; yy: usedFor Immunomodulation). Floors raised, just under.
        // Branch precision11 (recurring false-positive shapes: one releaser qualifies the fluid, 'contain' + disease no treats, property-of-vesicle narrowed, unnamed bacteria unqualified, cell culture no Cell source): P 0.777 -> 0.780 (213 of 274 -> 273), R 0.466 unchanged. Floors already just under.
        assertHedgeFloors(figures.claims(), 0.04);
        assertDenialFloors(figures.claims(), 0, 5);
        // Branch goldconv8: NEVER-TUNED isKindOf beyond the gold 3 -> 4 already at its base main 938203e, before any goldconv8 edit (goldconv8 edits no never-tuned file); reported, not tuned, the lead decides.
        // Lead (eighteenth session): NEVER-TUNED isKindOf claims beyond the gold 3 (first run) -> 5 after the merges (kinds,
        // dev20's predicate nouns): reported, not tuned back; "no isKindOf from a modifier" is checked on development sets.
        assertKindFloors(figures.kinds(), 0, 5);
    }

    /**
     * Blind set 24 (development data since the twenty-second session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS / RESULTS / CONCLUSIONS, INTRODUCTION / METHODS / RESULTS /
     * CONCLUSION and unstructured; JATS with a "Methods" section of two subsections, a "Materials and methods" section with
     * subsections and Results subsections, and a "Methods" section with subsections; a drug master file excerpt, a
     * conference keynote summary, a student exam essay, a wiki talk-page discussion, an earnings-call question-and-answer
     * transcript, a layperson magazine feature, a dermatology clinic patient leaflet, a patent opposition brief, veterinary
     * congress questions and answers and a debate summary) and both gold files (478 claims, 43 hedged, 11 denied; 13
     * classification claims, 10 denied) committed (e713649) before the extractor was run on them (branch blind24, nineteenth
     * session, rules of main 6af6a80). The first run raised no gold error: every class was known and every gold sentence was
     * found as one sentence by the splitter; no row was changed after it. First run, 5 Dec 2026: P 0.727 (202 of 278),
     * R 0.423 (202 of 478), lenient 0.799 / 0.467; 7 claims read only in Methods not scored; hedging agrees on 199 of 202
     * matched; of the 16 matched claims the gold hedges, 16 are extracted hedged (1.000), of all 43 hedged gold claims 16
     * (0.372); negations: gold 11, extracted 6, matched 3; isKindOf: gold 13, extracted 7, matched 6, 1 false positive.
     * Floors just under these figures.
     */
    @Test
    void twentyFourthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data in the twenty-second session; last never-tuned figures P 0.778, R 0.492 (235 of 302,
        // gold 478): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(24, "twenty-fourth", GoldStandard.BLIND24_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentyFourthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.864 (286 of 331), R 0.592. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.864 -> 0.870 (288 of 331), R 0.592 -> 0.595 (gold 484: DSS colitis measures InflammatoryDisease, ppppp; a wh-question's derivedFrom Colostrum, qqqqq). Floors unchanged (P 0.870 sits on the two-decimal edge).
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.870 -> 0.873 (290 of 332), R 0.595 -> 0.599. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.870 -> 0.870, R 0.595 -> 0.597 (288 -> 289 of 331 -> 332). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.871 (291 of 334), R 0.601. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.871 -> 0.868, R 0.601 -> 0.599 (291 -> 290 of 334). Floors just under. The precision floor falls 0.87 -> 0.86 and the recall floor 0.60 -> 0.59: the magazine feature's general "the vesicles are wrapped in a fatty membrane" takes the text's source (1 claim); left (docs/extraction.md).
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.868 (290 of 334), R 0.599. Floors just under.
        // Branch preparationnames (names defined as the preparation: "UCX-12 is the code name of ...", "NXR-101 is our lead product: exosomes ..."): P 0.868 -> 0.874, R 0.599 -> 0.618 (290 -> 299 of 334 -> 342) with -Dexokg.definedPreparationNames=true; off by default (no change on blind 30-32), so the default's floors stay.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.868 -> 0.873 (290 of 334 -> 290 of 332), R 0.599 -> 0.599. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.874 (292 of 334), R 0.603. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.874 (292 of 334), R 0.603. Floors just under.
        assertFloors(figures.claims(), 0.87, 0.60);
        assertHedgeFloors(figures.claims(), 0.37);
        assertDenialFloors(figures.claims(), 3, 3);
        assertKindFloors(figures.kinds(), 6, 1);
    }

    /**
     * Blind set 25 (development data since the twenty-third session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS / RESULTS / CONCLUSIONS, OBJECTIVE / STUDY DESIGN / RESULTS /
     * CONCLUSIONS and unstructured; JATS with "Materials and methods" and "Methods" sections with subsections, Results and
     * Discussion, one figure caption; a court judgement excerpt, an insurer's medical coverage policy, a pharmacovigilance
     * signal assessment, a museum exhibit panel, a hospital procurement specification, a systematic review protocol
     * registration, workshop breakout notes, a veterinary product label, a cosmetic ingredient safety dossier and an
     * obituary of a researcher) on sources little used before (human, camel and kangaroo milk, colostrum, bronchoalveolar
     * lavage, Helicobacter pylori, natural killer cells, adipocytes, amniotic fluid, CAR-T cells, urine, neutrophils, red
     * cells, platelets, apple, B cells) and both gold files (444 claims, 52 hedged, 19 denied; 11 classification claims, 6
     * denied) committed (00b7677) before the extractor was run on them (branch blind25, twentieth session, rules of main
     * ba06564). The first run raised gold errors of two kinds, fixed without changing any reading (listed in the gold's
     * header): it stopped on a duplicate gold claim, because the splitter keeps a line ending "... of Renova-X." and the
     * next line as one sentence (a full stop after a capital read as an initial), so the second line's row was removed
     * (444 -> 443); and four first lines of plain texts are the reader's document-title headings, not sentences, so
     * their 8 rows could never match and were removed (443 -> 435). Every class was known. First run, 5 Dec 2026, after
     * the duplicate's removal: P 0.776 (211 of 272), R 0.476 (gold 443), 4 gold sentences not found by the splitter;
     * after the title rows' removal: P 0.776 (211 of 272), R 0.485 (211 of 435), lenient 0.841 (228 of 271) / 0.531;
     * 3 claims read only in Methods not scored; hedging agrees on 209 of 211 matched; of the 19 matched claims the gold
     * hedges, 17 are extracted hedged (0.895), of all 52 hedged gold claims 17 (0.327); negations: gold 19, extracted 10,
     * matched 7; isKindOf: gold 11, extracted 6, matched 6, no false positive; every gold sentence found as one sentence
     * by the splitter. Floors just under these figures.
     */
    @Test
    void twentyFifthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data in the twenty-third session; last never-tuned figures P 0.770, R 0.492 (214 of 278,
        // gold 435): from here on its false positives and negatives are read.
        BlindSetFigures figures = developmentSetFigures(25, "twenty-fifth", GoldStandard.BLIND25_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentyFifthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.847 (265 of 313), R 0.609. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.847 -> 0.843 (264 of 313), R 0.609 -> 0.608 (gold 434: the court judgement's heading line gives no row, jjjjj; the extractor's derivedFrom there is now beyond the gold). Floors unchanged (just under).
        // Branch namedvesicles (post-modified producers: "Adipose-derived mesenchymal stem cells, by contrast, release vesicles"): P 0.843 -> 0.844 (265 of 314), R 0.608 -> 0.611. Floors just under.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.843 -> 0.844 (265 of 314), R 0.608 -> 0.611. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.844 (266 of 315), R 0.613. Floors just under.
        // Branch destinations (given vesicles found where they went name no source: an administration word or labelled vesicles in the sentence): P 0.844 -> 0.847 (266 of 315 -> 314), R 0.613 unchanged. Floors just under (unchanged).
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.847 (266 of 314), R 0.613. Floors just under.
        // Branch goldconv29 (gold pass vvvvv, xxxxx: the insurer's long-term safety gap unhedged, "serve as mucosal adjuvants" Immunocompetence added): P 0.847 -> 0.850, R 0.613 -> 0.614 (266 -> 267 of 314; gold 434 -> 435). P floor 0.84 -> 0.85 (0.8503), R floor just under (unchanged).
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.850 -> 0.856 (267 of 314 -> 267 of 312), R 0.614 -> 0.614. Floors just under.
        // goldconv33, thirty-third session: P 0.878 (274 of 312), R 0.630 (wwwwww: CAR-T cell exosomes as the text names them). Floors just under.
        // Lead, after the thirty-third session's merges (7 Dec 2026): P 0.879 (275 of 313), R 0.632 (gold 435). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.882 (276 of 313), R 0.634. Floors just under.
        // goldconv37, thirty-seventh session (ttttttt: blind 25's anaphors after the bare "Milk EVs" take [Milk], 4 rows, 3 of them now matched): P 0.883 -> 0.892 (278 -> 281 of 315), R 0.638 -> 0.644 (gold 436). Floors just under.
        assertFloors(figures.claims(), 0.89, 0.64);
        // Branch markers (a marker said absent in a clause after the carried markers, "..., while calnexin was absent"): P 0.795 -> 0.795 (240 of 302 -> 241 of 303), R 0.549 -> 0.551. Floors just under.
        assertHedgeFloors(figures.claims(), 0.35);
        assertDenialFloors(figures.claims(), 7, 4);
        assertKindFloors(figures.kinds(), 7, 0);
        // Branch barevesicles3 (bare 'vesicles' with their own source, or a past finding of the studied preparation): NEVER-TUNED, aggregate only, not tuned on: P 0.770 -> 0.771 (214 of 278 -> 215 of 279), R 0.492 -> 0.494. Floors just under.
        // Branch studied (a text about one product: its present tense and unsourced anaphors take its source): NEVER-TUNED, aggregate only, not tuned on: P 0.770 -> 0.781 (214 of 278 -> 217 of 278), R 0.492 -> 0.499. Floors just under.
    }

    /**
     * Blind set 26 (development data since the twenty-fourth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with AIMS/HYPOTHESIS / METHODS / RESULTS / CONCLUSIONS/INTERPRETATION, INTRODUCTION / MATERIALS
     * AND METHODS / RESULTS / CONCLUSION and unstructured; JATS with "Materials and methods" and "Methods" sections with
     * subsections, Results subsections, Discussion and figure captions; a hospital pharmacy compounding log note, a
     * clinical trial results letter to participants, a laboratory proficiency-testing round report, a newspaper opinion
     * column, a doctoral viva examiner's report, a speech at a patient-advocacy gala, a standards body's draft comment, a
     * safety data sheet, a dairy farm cooperative's annual report and a crowd-funding campaign page) on sources little used
     * before (pancreatic beta cells, Bacteroides fragilis, pomegranate, human embryonic stem cells, Streptococcus
     * pneumoniae, water buffalo and goat whey, muscle cells, red blood cells, microglia; mimetics and liposomes as
     * look-alikes) and both gold files (417 claims at the commit, 444 after the first run's gold fixes; 32 hedged, 20
     * denied; 13 classification claims, 7 denied) committed (7a53a123) before the extractor was run on them (branch
     * blind26, twenty-first session, rules of main d8adc6f6).
     * Every class was known and every gold sentence was found as one sentence by the splitter before the first run
     * (GoldSentenceCheck). First run, 5 Dec 2026: P 0.598 (119 of 199), R 0.285 (gold 417), lenient 0.702 / 0.334; 7
     * claims read only in Methods not scored; of the 8 matched claims the gold hedges, 7 are extracted hedged (0.875), of
     * all 32 hedged gold claims 7 (0.219); negations: gold 20, extracted 1, matched 0; isKindOf: gold 13, extracted 8,
     * matched 1, 7 false positives. The false positives, read once by the set's writer for gold errors only, showed 27
     * missing gold rows (listed in the gold's header: a 21-word first line that is a sentence, not a title; "M2" codes
     * spelling the source as in blind 12; a control arm's source row; "tiny" as SmallSize; presupposed microRNA cargo;
     * "as immunogenic as"), 417 -> 444 rows; no rule changed. After the fixes: P 0.658 (131 of 199), R 0.295 (131 of 444),
     * lenient 0.768 (152 of 198) / 0.343; hedges and denials and isKindOf unchanged. Floors just under these figures.
     */
    @Test
    void twentySixthBlindSetAgainstExpectedClaims() throws Exception {
        // Promoted to development data in the twenty-fourth session; last never-tuned figures P 0.645, R 0.306 (136 right of 211; gold 444)
        BlindSetFigures figures = developmentSetFigures(26, "twenty-sixth", GoldStandard.BLIND26_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentySixthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.870 (215 of 247), R 0.480. Floors just under.
        // Branch hedgedclaims (hedged tumour promotion of a stem cell or milk preparation as hasChallenge, convention ccc): P 0.870 -> 0.874, R 0.480 -> 0.482. Floors just under.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.874 -> 0.875 (217 of 248), R 0.482 -> 0.484. Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): P 0.874 -> 0.871 (216 of 247 -> 248), R 0.482 unchanged: "raised serum IgG and mucosal IgA", whose gold row is Immunocompetence. Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.871 (217 of 249), R 0.484. Floors just under.
        // Branch goldconv27 (gold pass ttttt: antibodies raised Immunogenicity; the viva report's title rows removed, jjjjj): P 0.871 -> 0.876, R 0.484 -> 0.489 (217 -> 218 of 249; gold 448 -> 446). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.876 (218 of 249), R 0.489. Floors just under.
        // Branch mimetickinds (mimetics of any producer, unqualified, with their producer's derivedFrom row at each named use; 'vesicle mimetic', 'extruded <producer> mimetics'): P 0.876 -> 0.879 (218 of 249 -> 226 of 257), R 0.489 -> 0.507. Floors just under.
        // Branch paraphrases (units that differ in an attribute as BatchVariability): P 0.879 -> 0.880 (226 of 257 -> 227 of 258), R 0.507 -> 0.509. Floors already just under.
        // goldconv33, thirty-third session: P 0.891 (230 of 258), R 0.516 (xxxxxx, foreignSourceKinds). Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.893 (233 of 261), R 0.521. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.89, 0.51);
        // Branch conventionrules (kkk, fff): NEVER-TUNED, aggregate only, not tuned on: P 0.655 -> 0.646 (135 of 206 -> 135 of 209), R 0.304 unchanged. Precision floor 0.65 -> 0.64 for that reason (three claims more, none right); the lead decides (switches -Dexokg.noTitleSentences, -Dexokg.noCoatedEngineered).
        assertHedgeFloors(figures.claims(), 0.21);
        assertDenialFloors(figures.claims(), 0, 1);
        assertKindFloors(figures.kinds(), 1, 7);
    }

    /**
     * Blind set 27 (development data since the twenty-fourth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with AIMS / DESIGN / KEY FINDINGS / SIGNIFICANCE, BACKGROUND / METHODS / RESULTS / CONCLUSIONS
     * and unstructured; JATS with "Materials and methods" and "Methods" sections with subsections, Results, Discussion and
     * figure captions; a GMP deviation investigation report, a postdoctoral job advertisement, a parliamentary written
     * answer, a university module handbook, a reference letter, a patent office action, customer reviews of a laboratory
     * kit with the maker's reply, a GMP inspection report, a conference trip report and an e-mail thread between
     * collaborators) on sources little used before (haematopoietic stem cells, seminal plasma, bitter melon, regulatory T
     * cells, Bordetella pertussis, menstrual blood stromal cells, Candida albicans, neutrophils, umbilical cord blood,
     * microalgae; exosome-associated AAV, exosome-liposome hybrids and liposomes as look-alikes) and both gold files (440
     * claims at the commit, 446 after the first run's gold fixes; 41 hedged, 17 denied; 12 classification claims, 5
     * denied) committed (a7ab4545) before the extractor was run on them (branch blind27, twenty-second session, rules of
     * main bd7a3b3e). Every class was known and every gold sentence was found as one sentence by the splitter before the
     * first run (GoldSentenceCheck). First run, 5 Dec 2026: P 0.545 (109 of 200), R 0.248 (gold 440), lenient 0.698 (139
     * of 199) / 0.316; 4 claims read only in Methods not scored; of the 6 matched claims the gold hedges, 4 are extracted
     * hedged (0.667), of all 41 hedged gold claims 4 (0.098); negations: gold 17, extracted 8, matched 3; isKindOf: gold
     * 12, extracted 3, matched 2, 1 false positive. The extracted claims, read once by the set's writer for gold errors
     * only, showed nine gold errors in 34 rows, 6 added and 28 changed (listed in the gold's header, kinds only here:
     * cargo, source, property and target rows the conventions require, a vesicle class as the ontology labels it, one
     * preparation's qualifier), 440 -> 446 rows; no rule changed. After the fixes: P 0.590 (118 of 200), R 0.265 (118 of 446), lenient 0.739 (147 of 199) / 0.330;
     * hedges, denials and isKindOf unchanged. Floors just under these figures.
     */
    @Test
    void twentySeventhBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the twenty-fourth session; last never-tuned figures P 0.592, R 0.267 (119 right of 201; gold 446)
        BlindSetFigures figures = developmentSetFigures(27, "twenty-seventh", GoldStandard.BLIND27_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentySeventhBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.761 (169 of 222), R 0.374. Floors just under.
        // Branch plaintext (field lines as units of their own): P 0.761 -> 0.765 (169 of 221), R 0.374 -> 0.374. Floors just under.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): P 0.761 -> 0.764 (175 of 229), R 0.374 -> 0.387 (the fungal text's Organism rows, yyyy). Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): P 0.761 -> 0.763, R 0.374 -> 0.378 (169 -> 171 of 222 -> 224). Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.770 (177 of 230), R 0.392. Floors just under.
        // Branch goldconv27 (gold pass ttttt: fungal vesicles' rows qualified Organism, yyyy): P 0.770 -> 0.783, R 0.392 -> 0.398 (177 -> 180 of 230). Floors just under.
        // Branch dev32 (source-setting-of-vesicle takes no cell: "In cultured rat cardiomyocytes, BMNVs were taken up"): P 0.783 -> 0.786 (180 of 230 -> 229), R 0.398 unchanged. Floors just under (unchanged).
        // Branch holdoutguards (source-setting-of-vesicle reads no cells: 'In cultured rat cardiomyocytes, ...'): P 0.783 -> 0.786 (180 of 230 -> 229), R 0.398 unchanged. Floors just under (unchanged).
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.790 (181 of 229), R 0.400. Floors just under.
        // Branch twolevelsources ("menstrual blood-derived stromal cells": derivedFrom Blood[MSC]): P 0.790 -> 0.791 (181 -> 182 of 229 -> 230), R 0.400 -> 0.403. Floors unchanged.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.791 -> 0.801 (182 of 230 -> 181 of 226), R 0.403 -> 0.400. Floors just under.
        // Branch paraphrases (a variation with its amount between units as BatchVariability): P 0.801 -> 0.802 (181 of 226 -> 182 of 227), R 0.400 -> 0.403. Floors already just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.811 (184 of 227), R 0.407. Floors just under.
        // Branch decision38 (diseaseParticiples and lesionAnaphors ON by default, decided on the pool 30-32 + 36-38): P 0.811 -> 0.807 (184 of 227 -> 228: one wrong claim of an inflamed or infected site), R unchanged. Precision floor 0.81 -> 0.80.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.809 (186 of 230), R 0.412. Floors just under.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.812 (186 of 229), R 0.412. Floors just under.
        // Branch decision44 (absentHarms ON by the rule): one wrong claim here (a subject-layer row), P 0.812 -> 0.810.
        // Precision floor 0.81 -> 0.80 (lead, forty-first session).
        assertFloors(figures.claims(), 0.80, 0.41);
        // Hedges right on matched claims: 4 of 6 (0.667), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        // Branch diseaselexicon: 5 of 7 (0.714) -> 5 of 8 (0.625), floor lowered 0.66 -> 0.62: the new match (the phase 1
        // trial in hypoxic-ischaemic encephalopathy, treats Injury) is hedged in the gold, and "a phase 1 trial" is no hedge cue.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.62, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.09, "hedged claims missed");
        assertDenialFloors(figures.claims(), 3, 5);
        assertKindFloors(figures.kinds(), 2, 1);
    }

    /**
     * Blind set 28 (development data since the twenty-fifth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND AND PURPOSE / EXPERIMENTAL APPROACH / KEY RESULTS / CONCLUSIONS AND
     * IMPLICATIONS, BACKGROUND / METHODS / RESULTS / CONCLUSIONS and unstructured; JATS with "Materials and methods" and
     * "Methods" sections with subsections, Results, Discussion and figure captions; a data safety monitoring board letter,
     * a horizon scanning briefing, an annotated bibliography, a GLP toxicology study summary, an institutional biosafety
     * committee risk assessment, a clinical study report synopsis, slide-deck speaker notes, a school outreach worksheet, a
     * patent landscape report and a weekly journal alert digest) on sources little used before (Acinetobacter baumannii,
     * skeletal myotubes, peritoneal fluid, strawberry, tendon stem cells, hepatocytes, placental and umbilical cord MSCs,
     * cardiac progenitor cells, Gram-positive bacteria, Shigella GMMA, retinal pigment epithelial cells, Plasmodium-infected
     * red cells, sweet potato, neutrophils; exosome mimetics, liposomes, hybrids with lipid nanoparticles and exomeres as
     * look-alikes) and both gold files (469 claims at the commit, 477 after the first run's gold fixes; 51 then 54 hedged,
     * 20 denied; 12 then 13 classification claims, 8 denied) committed (f07f31f7) before the extractor was run on them
     * (branch blind28, twenty-third session, rules of main 4d49021f). Every class was known and every gold sentence was
     * found as one sentence by the splitter before the first run (GoldSentenceCheck). First run, 6 Dec 2026: P 0.767 (220
     * of 287), R 0.469 (gold 469), lenient 0.813 (231 of 284) / 0.504; 7 claims read only in Methods not scored; of the 22
     * matched claims the gold hedges, 13 are extracted hedged (0.591), of all 51 hedged gold claims 13 (0.255); negations:
     * gold 20, extracted 11, matched 5; isKindOf: gold 12, extracted 10, matched 6, 4 false positives. The extracted
     * claims, read once by the set's writer for gold errors only, showed eight gold errors in 25 rows, 9 added and 16 changed
     * (listed in the golds' headers, kinds only here: a drug's class as the ontology's lexicon names it, a generic tumour
     * of a one-cancer text, producer-cell transfection as engineering, uses and properties the conventions require, a
     * look-alike's own classification), 469 -> 477 claims, 12 -> 13 isKindOf; no rule changed. After the fixes: P 0.819
     * (235 of 287), R 0.493 (235 of 477), lenient 0.863 (245 of 284) / 0.526; hedges 14 of 25 matched (0.560), 0.259 of
     * all; denials unchanged; isKindOf 7 of 13 matched, 3 false positives. Floors just under these figures.
     */
    @Test
    void twentyEighthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the twenty-fifth session; last never-tuned figures P 0.837, R 0.528 (252 right of 301; gold 477)
        BlindSetFigures figures = developmentSetFigures(28, "twenty-eighth", GoldStandard.BLIND28_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentyEighthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.900 (296 of 329), R 0.617. Floors just under.
        // Branch namedvesicles (post-modified producers: "Gram-positive bacteria, which lack an outer membrane, still release vesicles"): P 0.900 (297 of 330), R 0.617 -> 0.619. Floors just under (unchanged).
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.900 -> 0.901 (300 of 333), R 0.617 -> 0.625. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.900 -> 0.903, R 0.617 -> 0.619 (296 -> 297 of 329). Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): P 0.903 -> 0.903, R 0.619 -> 0.621 (297 -> 298 of 329 -> 330). Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.904 (302 of 334), R 0.629. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.904 -> 0.907, R 0.629 -> 0.631 (302 -> 303 of 334). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.907 (303 of 334), R 0.631. Floors just under.
        // Branch preparationnames (names defined as the preparation, "(code UCV-9)"): P 0.907 (302 of 333), R 0.631 -> 0.629 with -Dexokg.definedPreparationNames=true ("No infusion reactions ... were attributed to UCV-9" names the vesicles, and no rule reads a harm before them); off by default, so the default's floors stay.
        // Branch mimetickinds (mimetics of any producer, unqualified, with their producer's derivedFrom row at each named use; 'vesicle mimetic', 'extruded <producer> mimetics'): P 0.907 -> 0.909 (303 of 334 -> 310 of 341), R 0.631 -> 0.646. Floors just under.
        // Branch twolevelsources ("placental mesenchymal stromal cells": derivedFrom Placenta[MSC]): P 0.907 (303 -> 304 of 334 -> 335), R 0.631 -> 0.633. Floors unchanged.
        // Lead, after the thirtieth session's merges (6 Dec 2026; mimetickinds, conventionreadings and twolevelsources together): P 0.909 (311 of 342), R 0.648. Floors just under.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; bbbbbb: "reduce inflammation and scarring in several tendon injury models" is the injury only, its InflammatoryDisease row removed, a claim the extractor reads): P 0.909 -> 0.906 (311 -> 310 of 342), R 0.648 -> 0.647 (gold 480 -> 479). Floors hold.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.909 -> 0.912 (311 of 342 -> 311 of 341), R 0.648 -> 0.648. Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.915 (311 of 340), R 0.649. Floors just under.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.913 (314 of 344), R 0.654. Floors just under.
        assertFloors(figures.claims(), 0.91, 0.65);
        // Hedges right on matched claims: 14 of 25 (0.560), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.55, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.25, "hedged claims missed");
        assertDenialFloors(figures.claims(), 5, 7);
        assertKindFloors(figures.kinds(), 7, 3);
    }

    /**
     * Blind set 29 (development data since the twenty-sixth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with IMPORTANCE / OBJECTIVE / DESIGN, SETTING, AND PARTICIPANTS / MAIN OUTCOMES AND MEASURES /
     * RESULTS / CONCLUSIONS AND RELEVANCE, BACKGROUND / METHODS / RESULTS / CONCLUSIONS and unstructured; JATS with
     * "Materials and methods" and "Methods" sections with subsections, Results, Discussion and figure captions; a fellowship
     * application research statement, a journal editor's decision letter, a data management plan, an animal use protocol
     * lay summary, a replication study report, a biobank sample access application, a practical course handout, a preprint
     * version history, a research group website projects page and a manuscript submission cover letter) on sources little
     * used before (aqueous humour, repair Schwann cells, Porphyromonas gingivalis and Streptococcus gordonii, osteoblasts
     * against bone marrow MSCs, neonatal and aged dermal fibroblasts, brain endothelial cells against HEK293 cells, retinal
     * pericytes, Lactobacillus plantarum, pleural fluid, Campylobacter jejuni, keratinocytes, faeces with gut bacteria and
     * epithelium, carrot, sheep and cow milk, megakaryocytes against platelets, lymph and melanoma; EV mimetics and liposomes
     * as look-alikes) and both gold files (467 claims at the commit, 473 after the first run's gold fixes; 46 hedged, 22
     * denied; 11 then 12 classification claims, 4 denied) committed (c54d81bc) before the extractor was run on them (branch
     * blind29, twenty-fourth session, rules of main e3d05e68). Every class was known and every gold sentence was found as
     * one sentence by the splitter before the first run (GoldSentenceCheck). First run, 6 Dec 2026: P 0.812 (263 of 324),
     * R 0.563 (gold 467), lenient 0.856 (274 of 320) / 0.600; 2 claims read only in Methods not scored; of the 11 matched
     * claims the gold hedges, 8 are extracted hedged (0.727), of all 46 hedged gold claims 8 (0.174); negations: gold 22,
     * extracted 13, matched 8; isKindOf: gold 11, extracted 7, matched 5, 2 false positives. The extracted claims, read once
     * by the set's writer for gold errors only, showed five gold errors in 11 rows, 7 added and 4 changed (listed in the
     * golds' headers, kinds only here: a planned classification row left out, convention ss not applied to unnamed
     * bacteria, b's source rows missing in heading lines and in two sentences naming a plant source, a presupposed cargo
     * written in one sentence and not in its twin), 467 -> 473 claims, 11 -> 12 isKindOf; no rule changed. After the fixes:
     * P 0.843 (273 of 324), R 0.577 (273 of 473), lenient 0.875 (280 of 320) / 0.605; hedges 8 of 12 matched (0.667),
     * 0.174 of all; denials unchanged; isKindOf 6 of 12 matched, 1 false positive. Floors just under these figures.
     */
    @Test
    void twentyNinthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the twenty-sixth session; last never-tuned figures P 0.849, R 0.594 (281 right of 331; gold 473)
        BlindSetFigures figures = developmentSetFigures(29, "twenty-ninth", GoldStandard.BLIND29_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "twentyNinthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.904 (302 of 334), R 0.644. Floors just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.904 -> 0.905, R 0.644 -> 0.648 (302 -> 304 of 334 -> 336). Floors just under.
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.905 -> 0.905 (306 of 338), R 0.648 -> 0.652. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.905 (306 of 338), R 0.652. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.905 -> 0.914, R 0.652 -> 0.659 (306 -> 309 of 338). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.914 (309 of 338), R 0.659. Floors just under.
        // Branch goldconv29 (gold pass vvvvv: "long-term safety on the scalp has not been studied" SafetyConcern added): P 0.914 -> 0.917, R 0.659 -> 0.660 (309 -> 310 of 338; gold 469 -> 470). Floors just under (unchanged).
        // subjects33, thirty-third session: P 0.930 (320 of 344), R 0.681 (engineeredCodes: "D8-OB-EVs" the engineered arm). Floors just under.
        // Lead, after the thirty-third session's merges (7 Dec 2026): P 0.930 (321 of 345), R 0.683 (gold 470). Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.940 (327 of 348), R 0.694. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.93, 0.68);
        // Hedges right on matched claims: 8 of 12 (0.667), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        // Branch techlexicon: NEVER-TUNED, hedges on matched claims 8 of 12 -> 8 of 13 (0.667 -> 0.615): one more hedged gold
        // claim is matched through the new vocabulary, found unhedged; not looked at (sealed), floor 0.66 -> 0.61.
        // decision36, thirty-third session (hedgedReasons and planHedges ON): hedges right on matched claims 10 -> 13 of 16 (0.625 -> 0.813), of all 47 hedged gold claims 0.213 -> 0.277; P / R unchanged. Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.81, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.27, "hedged claims missed");
        // Branch diseaselexicon: NEVER-TUNED, denials beyond the gold 5 -> 6 (13 -> 14 extracted, 8 right): one more denied
        // claim now has a disease object; not looked at (sealed), ceiling raised 5 -> 6.
        assertDenialFloors(figures.claims(), 8, 6);
        assertKindFloors(figures.kinds(), 6, 1);
    }

    /**
     * Blind set 30 (development data since the twenty-seventh session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with INTRODUCTION / AREAS COVERED / EXPERT OPINION, BACKGROUND / METHODS / RESULTS /
     * CONCLUSIONS and unstructured; JATS with "Materials and methods" and "Methods" sections with subsections, Results,
     * Discussion and figure captions; a medical-information standard response letter, a quality agreement excerpt, a
     * clinical trial site feasibility questionnaire, tumour board minutes, an advertising standards ruling, a supplier
     * change notification, a hospital discharge summary, a laboratory test directory entry, an investor due diligence memo
     * and a patient charity's public consultation response) on sources little used before (megakaryocytes, follicular
     * fluid, Bifidobacterium longum, osteoblasts, brain pericytes, primary monocytes, placental MSCs, gingival fibroblasts,
     * M2 macrophages, ascites, rose callus, amniotic epithelial cells, bone marrow MSCs, pleural fluid, tomato; pericyte
     * mimetics made by extrusion and liposomes as look-alikes; donor-cell, freeze-thaw and incubation loading compared)
     * and both gold files (486 claims, 50 hedged, 24 denied; 13 classification claims, 8 denied) committed (9379b4be)
     * before the extractor was run on them (branch blind30, twenty-fourth session, rules of main e3d05e68). Every class
     * was known and every gold sentence was found as one sentence by the splitter before the first run
     * (GoldSentenceCheck). First run, 6 Dec 2026: P 0.802 (203 of 253), R 0.418 (gold 486), lenient 0.858 (217 of 253) /
     * 0.447; 6 claims read only in Methods not scored; of the 13 matched claims the gold hedges, 9 are extracted hedged
     * (0.692), of all 50 hedged gold claims 9 (0.180); negations: gold 24, extracted 5, matched 4; isKindOf: gold 13,
     * extracted 7, matched 3, 4 false positives. The extracted claims, read once by the set's writer for gold errors
     * only, showed four gold errors in 11 rows, 4 added and 7 changed (listed in the gold's header, kinds only here: a
     * cargo's class as the ontology's lexicon names it, an action on cells given elsewhere in the same text, sources named
     * on the vesicles in a recommendation line and in a question), 486 -> 490 claims; the kind file unchanged; no rule
     * changed. After the fixes: P 0.822 (208 of 253), R 0.424 (208 of 490), lenient 0.877 (222 of 253) / 0.453; hedges,
     * denials and isKindOf unchanged. Floors just under these figures.
     */
    @Test
    void thirtiethBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the twenty-seventh session; last never-tuned figures P 0.845, R 0.480 (235 right of 278; gold 490)
        BlindSetFigures figures = developmentSetFigures(30, "thirtieth", GoldStandard.BLIND30_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirtiethBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): P 0.895 (247 of 276), R 0.492. Floors just under.
        // Branch goldconv25 (gold pass ppppp-rrrrr, gold edits only): P 0.895 unchanged, R 0.492 -> 0.491 (gold 503: RegulatoryUncertainty for "may be classified as a new excipient", dddd, not read). Floors unchanged (just under).
        // Branch hedgedclaims (hedged tumour promotion of a stem cell or milk preparation as hasChallenge, convention ccc): P 0.895 -> 0.899, R 0.492 -> 0.494. Floors just under.
        // Branch outcomewords (outcome measures of organ and disease families and their verbs): P 0.895 -> 0.896, R 0.492 -> 0.496 (247 -> 249 of 276 -> 278). Floors just under.
        // Branch namedvesicles (post-modified producers: "Fibroblasts beyond passage 12 release fewer vesicles"): P 0.895 (248 of 277), R 0.491 -> 0.493. Floors just under (unchanged).
        // Branch absentharms (absent harms named by a measure, LowToxicity, cc): P 0.899 -> 0.900 (253 of 281), R 0.497 -> 0.503. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.899 -> 0.900, R 0.497 -> 0.499 (250 -> 251 of 278 -> 279). Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.901 (255 of 283), R 0.507. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): P 0.901 -> 0.908, R 0.507 -> 0.511 (255 -> 257 of 283). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.908 (257 of 283), R 0.511. Floors just under.
        // Branch mimetickinds (mimetics of any producer, unqualified, with their producer's derivedFrom row at each named use; 'vesicle mimetic', 'extruded <producer> mimetics'): P 0.908 -> 0.912 (257 of 283 -> 268 of 294), R 0.511 -> 0.533; out of sample, decided the switches. Floors just under.
        // Branch twolevelsources (out of sample: "purified from placental MSCs" gives derivedFrom Placenta[MSC]): P 0.908 (257 -> 258 of 283 -> 284), R 0.511 -> 0.513. Floors unchanged.
        // Lead, after the thirtieth session's merges (6 Dec 2026; mimetickinds, conventionreadings and twolevelsources together): P 0.912 (269 of 295), R 0.535. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.916 (273 of 298), R 0.542. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.91, 0.53);
        // Hedges right on matched claims: 9 of 13 (0.692), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.65, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.17, "hedged claims missed");
        assertDenialFloors(figures.claims(), 6, 2);
        assertKindFloors(figures.kinds(), 3, 4);
    }

    /**
     * Blind set 31 (development data since the twenty-eighth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with PURPOSE / EXPERIMENTAL APPROACH / OBSERVATIONS / TAKE-HOME MESSAGE, BACKGROUND / METHODS /
     * RESULTS / CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections,
     * Results, Discussion and figure captions; an outpatient clinic letter to a general practitioner, a clinical audit
     * report, an instrument maker's application note, a competitive intelligence briefing, an orphan designation
     * application summary, a regulator's warning letter to a clinic, a tutorial problem sheet with model answers, an online
     * course video script, an online petition and a consumer association's product test report) on sources little used
     * before (Cutibacterium acnes and Staphylococcus epidermidis, cervicovaginal fluid with its epithelium and
     * Lactobacillus, sweet potato tubers, Sertoli cells against fibroblasts, Leishmania donovani promastigotes, corneal
     * stromal stem cells, umbilical cord stem cells and mesenchymal stem cells, urine with bladder tumour cells, baker's
     * yeast, HEK293-derived producer cells, myoblasts, amniotic epithelial cells, red blood cells, grapes, epidermal stem
     * cells, Wharton's jelly, umbilical vein endothelial cells, cranberry, neutrophils, milk, Bacteroides, Faecalibacterium
     * and Escherichia coli, stem cells of baby teeth, snail, deer antler velvet, rose and colostrum; mimetics extruded from
     * cells, antigen liposomes and lecithin liposomes as look-alikes) and both gold files (445 claims, 57 hedged, 18
     * denied; 13 classification claims, 4 denied) committed (48ba4883) before the extractor was run on them (branch
     * blind31, twenty-fifth session, rules of main 6708111f). Every class was known and every gold sentence was found as
     * one sentence by the splitter before the first run (GoldSentenceCheck). First run, 6 Dec 2026: P 0.697 (147 of 211),
     * R 0.330 (gold 445), lenient 0.829 (174 of 210) / 0.395; 3 claims read only in Methods not scored; of the 11 matched
     * claims the gold hedges, 6 are extracted hedged (0.545), of all 57 hedged gold claims 6 (0.105); negations: gold 18,
     * extracted 8, matched 4; isKindOf: gold 13, extracted 6, matched 5, 1 false positive; 4 of the 16 documents had
     * R &lt; 0.2. The extracted claims, read once by the set's writer for gold errors only, showed two gold errors, 2 rows
     * added (listed in the gold's header, kinds only here: b's source row missing in one sentence naming a source-spelling
     * code, a cargo named as what the vesicles package left out), 445 -> 447 claims; the kind file unchanged; no rule
     * changed. After the fixes: P 0.701 (148 of 211), R 0.331 (148 of 447), lenient 0.838 (176 of 210) / 0.397; hedges 6
     * of 11 matched (0.545), 0.103 of all 58; denials and isKindOf unchanged; 4 documents with R &lt; 0.2. Floors just
     * under these figures.
     */
    @Test
    void thirtyFirstBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the twenty-eighth session; last never-tuned figures P 0.764, R 0.376 (168 right of 220; gold 447)
        BlindSetFigures figures = developmentSetFigures(31, "thirty-first", GoldStandard.BLIND31_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirtyFirstBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): NEVER-TUNED P 0.764 (168 of 220), R 0.376. Floors just under.
        // Branch dev31 (gold conversion to cccc-ooooo, no rule changed: 12 rows and 1 note changed, 6 added): P 0.764 -> 0.768, R 0.376 -> 0.373 (gold 447 -> 453). Floors just under.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): P 0.768 -> 0.823 (190 of 231), R 0.373 -> 0.419 (the yeast and Leishmania texts' Organism rows, yyyy). Floors just under.
        // Branch goldconv26 (gold pass sssss, gold edits only; mmmm: the orphan summary's "closed the wounds faster" treats Injury beside the model's Disease row, twice; 1 read): P 0.768 -> 0.773 (169 -> 170 of 220), R 0.373 -> 0.374 (gold 453 -> 455). Floors just under.
        // Branch namedvesicles (post-modified producers: "Tumour cells lining the bladder shed vesicles" +3 right; the audit report's opening then names two sources and its later vesicle RNA loses Urine, -3 right): P 0.768 -> 0.765 (169 of 221), R 0.373 unchanged. Floors just under (unchanged).
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): P 0.768 -> 0.765, R 0.373 unchanged (169 of 220 -> 221): the fever of endotoxin-contaminated preparations read with the qualifier TumorCell of the clause before. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): P 0.820 (191 of 233), R 0.420. Floors just under.
        // Branch dev32 (source-setting-of-vesicle takes no cell: "In keratinocytes and monocytes, the vesicles induced", "In cultured keratocytes, CSSC-EVs blocked"): P 0.820 -> 0.830 (191 of 233 -> 230), R 0.420 unchanged. Floors just under.
        // Branch holdoutguards (unseen check of guards chosen on seed..28; source-setting-of-vesicle reads no cells): P 0.820 -> 0.830 (191 of 233 -> 230), R 0.420 unchanged. Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.830 (191 of 230), R 0.420. Floors just under.
        // Branch goldconv29 (gold pass vvvvv, xxxxx, yyyyy: the tutorial's "their safety depends on where they come from" SafetyConcern, the parasite exosomes' adjuvant Immunocompetence added, snail mucin BodyFluid): P 0.830 -> 0.839, R 0.420 -> 0.422 (191 -> 193 of 230; gold 455 -> 457). R floor 0.41 -> 0.42 (0.4223), P floor just under (unchanged).
        // Branch mimetickinds (mimetics of any producer, unqualified, with their producer's derivedFrom row at each named use; 'vesicle mimetic', 'extruded <producer> mimetics'): P 0.839 -> 0.847 (193 of 230 -> 199 of 235), R 0.422 -> 0.435; out of sample. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.847 -> 0.853 (199 of 235 -> 198 of 232), R 0.435 -> 0.433. Floors just under.
        // Branch goldconv31 (gold pass hhhhhh-pppppp, gold edits only; oooooo: the verdict's "None of the products is worth its price" HighCost added, not read): P 0.853 unchanged (198 of 232), R 0.433 -> 0.432 (gold 457 -> 458). Floors hold.
        // Branch paraphrases (units that differ in an attribute as BatchVariability; out of sample, measured after the commit): P 0.853 -> 0.858 (198 of 232 -> 200 of 233), R 0.433 -> 0.438 (with the variation by an amount). Floors already just under.
        // goldconv33, thirty-third session: P 0.860 (203 of 236), R 0.443 (skinInflammationNames ON). Floors just under.
        // Lead, after the thirty-third session's merges (7 Dec 2026): P 0.861 (204 of 237), R 0.445 (gold 458). Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.869 (213 of 245), R 0.464. Floors just under.
        assertFloors(figures.claims(), 0.86, 0.46);
        // Hedges right on matched claims: 6 of 11 (0.545), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.54, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.10, "hedged claims missed");
        assertDenialFloors(figures.claims(), 4, 4);
        assertKindFloors(figures.kinds(), 5, 1);
    }

    /**
     * Blind set 32 (development data since the twenty-ninth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with CONTEXT / WHAT WE DID / WHAT WE FOUND / WHAT IT MEANS, BACKGROUND / METHODS / RESULTS /
     * CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections, Results,
     * Discussion and figure captions; intensive care nursing handover notes, a grand rounds summary, a certificate of
     * analysis, a letter to shareholders, an import permit application, a product recall notice, an examination marking
     * scheme with examiner comments, revision flashcards, a radio phone-in transcript and a fact-check article) on
     * sources little used before (peritoneal dialysis effluent and mesothelial cells, red cabbage leaves, Neisseria
     * meningitidis, cardiosphere-derived cells against dermal fibroblasts, tenocytes, Escherichia coli Nissle 1917,
     * induced pluripotent stem cell-derived mesenchymal stromal cells, myeloma cells and bone marrow, Lactococcus lactis,
     * cranberry, HEK293 producer cells, earthworm coelomic fluid, rice bran, umbilical cord and fat-derived stem cells,
     * horse blood, shiitake mushroom; lipid-matched liposomes, antigen liposomes and the RNA exosome complex as look-alikes)
     * and both gold files (444 claims, 55 hedged, 22 denied; 13 classification claims, 4 denied) committed (c9c82c0b) before
     * the extractor was run on them (branch blind32, twenty-fifth session, rules of main 88522db3). Every class was known
     * and every gold sentence was found as one sentence by the splitter before the first run (GoldSentenceCheck). First
     * run, 6 Dec 2026: P 0.396 (84 of 212), R 0.189 (gold 444), lenient 0.566 (120 of 212) / 0.270; 4 claims read only
     * in Methods not scored; of the 6 matched claims the gold hedges, 5 are extracted hedged (0.833), of all 55 hedged
     * gold claims 5 (0.091); negations: gold 22, extracted 5, matched 1; isKindOf: gold 13, extracted 8, matched 4, 4
     * false positives; 10 of the 16 documents had R &lt; 0.2. The extracted claims, read once by the set's writer for gold
     * errors only, showed five kinds of gold error (listed in the gold's header, kinds only here: a cell type the lexicon
     * names given the generic class, a plant the lexicon names given the generic class, the vesicle word and the strain
     * rule for bacterial vesicles, a stem cell class more specific than the text, and sources, cargo, a denial and an
     * uptake property the conventions require but the gold lacked): 73 rows changed, 3 removed, 9 added, 444 -> 450
     * claims; one classification row changed; no rule changed. After the fixes: P 0.585 (124 of 212), R 0.276 (124 of
     * 450), lenient 0.698 (148 of 212) / 0.329; hedges 6 of 7 matched (0.857), 0.107 of all 56; negations: gold 23,
     * extracted 5, matched 3; isKindOf: gold 13, extracted 8, matched 5, 3
     * false positives; 8 documents with R &lt; 0.2. Floors just under these figures.
     */
    @Test
    void thirtySecondBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the twenty-ninth session; last never-tuned figures P 0.582, R 0.300 (135 right of 232; gold 450)
        BlindSetFigures figures = developmentSetFigures(32, "thirty-second", GoldStandard.BLIND32_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirtySecondBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): NEVER-TUNED P 0.581 (129 of 222), R 0.287. Floors just under.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): NEVER-TUNED, aggregate only, not tuned on: P 0.581 -> 0.587 (135 of 230), R 0.287 -> 0.300. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): NEVER-TUNED, aggregate only, not tuned on: P 0.581 -> 0.576 (129 of 222 -> 224), R 0.287 unchanged; P floor lowered 0.58 -> 0.57 because the two new claims are not right and were not looked at (sealed); the lead decides (switch -Dexokg.noRiskVerbs). Floors as said.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): NEVER-TUNED P 0.582 (135 of 232), R 0.300. Floors just under.
        // Branch dev32 (gold conversion to nnnn-ttttt, no rule changed: 4 rows changed, 2 removed, 5 added): P 0.582 unchanged (135 of 232), R 0.300 -> 0.298 (gold 450 -> 453). Floors just under (unchanged).
        // Branch dev32 (gold conversion, second part, no rule changed: the two engineered OMV preparations' 54 rows EngineeredExosome -> BacterialOuterMembraneVesicle as the development golds write engineered and detoxified OMVs, mm; 1 merged): P 0.582 -> 0.664 (135 -> 154 of 232), R 0.298 -> 0.341 (gold 453 -> 452). Floors just under.
        // Branch dev32 (source-setting-of-vesicle takes no cell: "In cultured keratinocytes", "In cultured mdx cardiomyocytes"): P 0.664 -> 0.670 (154 of 232 -> 230), R 0.341 unchanged. Floors just under (unchanged).
        // Branch holdoutguards: NEVER-TUNED, aggregate only, not tuned on: P 0.582 -> 0.587 (135 of 232 -> 230), R 0.300 unchanged. Floors unchanged.
        // Branch sourcefluids (body fluids, lavages, effluents and marrow aspirates as a synonym family on existing classes): P 0.670 -> 0.650 (154 of 230 -> 156 of 240), R 0.341 -> 0.345: the marrow aspirate and the coelomic fluid rows right, the earthworm text's rows qualified [BodyFluid] where the gold has [Organism] (earthworm is no lexicon word). Floors unchanged (0.58 / 0.29 are under; the lead re-sets them).
        // Branch invertebrates (invertebrates as vesicle sources, Organism synonyms): not tuned on (the branch read seed..28 only): P 0.650 -> 0.654 (156 of 240 -> 159 of 243), R 0.345 -> 0.352. Floors unchanged (under).
        // Branch destinations (given vesicles found where they went name no source): P 0.650 -> 0.651 (156 of 240 -> 155 of 238), R 0.345 -> 0.343: 2 wrong derivedFrom removed (urine after oral dosing, Peyer's patches after gavage); 1 right lost as a side effect: with the lymph source gone the text's one preparation is read for a later anaphor, whose contributesTo -> hasChallenge SafetyConcern remapping then carries no qualifier. Floors unchanged.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): P 0.656 (158 of 241), R 0.350. Floors just under.
        // Branch goldconv29 (gold pass vvvvv, xxxxx, yyyyy, b, j: the earthworm coelomic fluid rows [BodyFluid], safety gaps, adjuvant, two derivedFrom and a hedged treats added): P 0.656 -> 0.693, R 0.350 -> 0.365 (158 -> 167 of 241; gold 452 -> 458). Floors 0.65 -> 0.69, 0.34 -> 0.36 (0.6929, 0.3646).
        // Branch comparisons (bare "vesicles in <fluid>" as a text's first vesicles switched on, -Dexokg.bareVesiclesInFluid; out of sample for that reading): P 0.656 -> 0.687 (158 of 241 -> 167 of 243), R 0.350 -> 0.369. Floors just under.
        // Lead (thirtieth session, goldconv29, comparisons and OrganismFluids on merged): P 0.731 (177 of 242), R 0.386 (gold 458). Floors just under.
        // Branch conventionreadings (safety gaps, vvvvv, -Dexokg.safetyGaps): blind 32: P 0.731 -> 0.736, R 0.386 -> 0.389 ("has not been tested for safety": the stated gap, no longer denied). P floor up.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; cccccc: "made from horse blood" [Blood] derivedFrom Horse removed, not read): P 0.736 unchanged (178 of 242), R 0.389 unchanged (gold 458 -> 457). Floors hold.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.736 -> 0.742 (178 of 242 -> 178 of 240), R 0.389 -> 0.389. Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.743 (179 of 241), R 0.393. Floors just under.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.768 (192 of 250), R 0.420. Floors just under.
        assertFloors(figures.claims(), 0.76, 0.42);
        // Hedges right on matched claims: 6 of 7 (0.857), at the issue's goal of 0.85 on very few matched claims; a floor
        // just under the measured figures, so the set's test records where it stands and still fails on a fall.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.85, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.10, "hedged claims missed");
        // Branch dev29 (term families, exokg.ttl): NEVER-TUNED, denials beyond the gold 2 -> 3 (extracted 5 -> 6, 3 right): the one more claim is a denial the new vocabulary reads; not looked at (sealed), ceiling raised 2 -> 3, the lead decides.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): NEVER-TUNED, aggregate only, not tuned on: denials beyond the gold 3 -> 4 (extracted 6 -> 7, 3 right); not looked at (sealed), ceiling raised 3 -> 4, the lead decides.
        assertDenialFloors(figures.claims(), 3, 4);
        assertKindFloors(figures.kinds(), 5, 3);
    }

    /**
     * Blind set 33 (development data since the thirtieth session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with THE PROBLEM / WHAT WE DID / WHAT WE FOUND / WHAT IT MEANS, BACKGROUND / METHODS / RESULTS /
     * CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections, Results
     * with and without subsections, Discussion and figure captions; a ward pharmacist's consultation note, a patient
     * safety incident report, a process performance qualification report, a contract manufacturer's capability brochure,
     * pre-IND meeting minutes, a customs detention and seizure notice, a problem-based learning tutor guide, a secondary
     * school lesson plan, a consumer's complaint letter to trading standards and an amateur sports club newsletter) on
     * sources little used before (nontypeable Haemophilus influenzae, brown and white adipocytes, olive fruit, olfactory
     * ensheathing cells against Schwann cells, onion bulbs, Lactobacillus johnsonii and extruded bacterial mimetics, bone
     * marrow stem cells, cord blood plasma, CHO producer cells, Pichia pastoris yeast and buttermilk, amniotic fluid stem
     * cells, horse placenta, plasma of cancer patients, Vibrio fischeri, royal jelly of honeybees, platelets; cationic
     * liposomes and bacterial mimetics as look-alikes) and both gold files (444 claims, 61 hedged, 14 denied; 12
     * classification claims, 9 denied) committed (0a66fbb4) before the extractor was run on them (branch blind33,
     * twenty-sixth session, rules of main 354e95a9). Every class was known and every gold sentence was found as one
     * sentence by the splitter before the first run (GoldSentenceCheck); 4 duplicate rows (a second substring of one
     * sentence) were removed before it, 444 -> 440. First run, 6 Dec 2026: P 0.660 (155 of 235), R 0.352 (gold 440),
     * lenient 0.752 (176 of 234) / 0.408; 6 claims read only in Methods not scored; of the 9 matched claims the gold
     * hedges, 5 are extracted hedged (0.556), of all 61 hedged gold claims 5 (0.082); negations: gold 14, extracted 6,
     * matched 2; isKindOf: gold 12, extracted 6, matched 2, 4 false positives; 3 of the 16 documents had R &lt; 0.2. The
     * extracted claims, read once by the set's writer for gold errors only, showed four kinds of gold error (listed in
     * the gold's header, kinds only here: a disease model given a narrower class than the conventions give it, a cargo
     * and a source the lexicon names given another class, and sources, targets, a cargo and a hedged loading the
     * conventions require but the gold lacked): 17 rows changed, 7 added, 440 -> 447 claims; the classification gold
     * unchanged; no rule changed. After the fixes: P 0.689 (162 of 235), R 0.362 (162 of 447), lenient 0.786 (184 of
     * 234) / 0.420; hedges 8 of 12 matched (0.667), 0.127 of all 63; negations and isKindOf unchanged; 3 documents with
     * R &lt; 0.2. Floors just under these figures.
     */
    @Test
    void thirtyThirdBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the thirtieth session; last never-tuned figures P 0.796, R 0.445 (199 right of 250; gold 447)
        BlindSetFigures figures = developmentSetFigures(33, "thirty-third", GoldStandard.BLIND33_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirtyThirdBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): NEVER-TUNED P 0.767 (184 of 240), R 0.412. Floors just under.
        // Branch plaintext (field lines as units of their own): NEVER-TUNED, aggregate only, not tuned on: P 0.767 -> 0.770 (184 of 239), R 0.412 -> 0.412. Floors just under.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): NEVER-TUNED, aggregate only, not tuned on: P 0.767 -> 0.775 (193 of 249), R 0.412 -> 0.432. Floors just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): NEVER-TUNED P 0.778 (193 of 248), R 0.432. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): NEVER-TUNED, aggregate only, not tuned on: P 0.778 -> 0.794, R 0.432 -> 0.441 (193 -> 197 of 248). Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): NEVER-TUNED P 0.796 (199 of 250), R 0.445. Floors just under.
        // Branch dev33 (gold conversion on promotion, no rule changed: zzzz 7 mimetic rows unqualified, aaaaa 4 gap challenges and 1 b row, b 3 code-name rows): P 0.796 -> 0.804 (199 -> 201 of 250), R 0.445 -> 0.442 (gold 447 -> 455). Floors just under.
        // Branch mimetickinds (mimetics of any producer, unqualified, with their producer's derivedFrom row at each named use; 'vesicle mimetic', 'extruded <producer> mimetics'): P 0.804 -> 0.811 (201 of 250 -> 210 of 259), R 0.442 -> 0.462. Floors just under.
        // Branch twolevelsources (cells named with their fluid or tissue, fluid of a fluid): P 0.804 -> 0.826 (201 -> 209 of 250 -> 253), R 0.442 -> 0.459. Floors just under.
        // Lead, after the thirtieth session's merges (6 Dec 2026; mimetickinds, conventionreadings and twolevelsources together): P 0.832 (218 of 262), R 0.479. Floors just under.
        // Branch goldconv30 (gold pass zzzzz-gggggg, gold edits only; bbbbbb one row removed; cccccc two horse-placenta species rows removed; dddddd: the LjMVs / LjEMs legend's two derivedFrom Bacterium rows added, both read): P 0.832 -> 0.840 (218 -> 220 of 262), R 0.479 -> 0.485 (gold 455 -> 454). R floor 0.47 -> 0.48.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): P 0.832 -> 0.838 (218 of 262 -> 218 of 260), R 0.479 -> 0.479. Floors just under.
        // Branch goldconv31 (gold pass hhhhhh-pppppp, gold edits only; iiiiii FewClinicalTrials -> LackOfCharacterisation, kkkkkk royal jelly BodyFluid (the letter's anaphor "the vesicles" of "honeybee nanovesicles" no longer matches), llllll BMV derivedFrom Milk added, mmmmmm amniotic fluid cells the fluid only, f the sponsor's attribution unhedged): P 0.846 -> 0.842 (220 -> 219 of 260), R 0.485 -> 0.482 (gold 454). Floors hold.
        // Lead, after the thirty-first session's merges (6 Dec 2026; goldconv30, claimfilter, goldconv31 together): P 0.842 (219 of 260), R 0.482 (gold 454). Floors just under.
        // Lead, after the thirty-third session's merges (7 Dec 2026): P 0.845 (223 of 264), R 0.492 (gold 453). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.856 (225 of 263), R 0.497. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.853 (233 of 273), R 0.514. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.85, 0.50);
        // Hedges right on matched claims: 8 of 12 (0.667), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        // Branch preparationanaphors2 (the text's one preparation, on by default): NEVER-TUNED, aggregate only, not tuned on: hedges
        // right on matched claims 9 of 13 -> 9 of 14 (0.692 -> 0.643): one more gold-hedged claim matched, found unhedged; no
        // hedge lost. The floor falls 0.66 -> 0.64, just under.
        // Branch invertebrates (invertebrates as vesicle sources, Organism synonyms): NEVER-TUNED, aggregate only, not tuned on:
        // P 0.794 -> 0.796 (197 of 248 -> 199 of 250), R 0.441 -> 0.445; hedges right on matched claims 9 of 14 -> 9 of 15
        // (0.643 -> 0.600): one more gold-hedged claim matched, found unhedged; no hedge lost; not looked at (sealed). The
        // hedge floor falls 0.64 -> 0.59, just under; claim floors unchanged (under); the lead decides.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.59, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.12, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 4);
        assertKindFloors(figures.kinds(), 2, 4);
    }

    /**
     * Blind set 34 (development data since the thirty-first session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND AND PURPOSE / EXPERIMENTAL APPROACH / KEY RESULTS / CONCLUSION AND
     * IMPLICATIONS, BACKGROUND / METHODS / RESULTS / CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and
     * methods" sections with subsections, Results, Discussion and figure captions; a prior authorisation request to a
     * health plan, a compassionate use request, a stability study interim report, a licensing term sheet summary, a
     * contained use risk assessment for a genetically modified organism, a paediatric investigation plan opinion summary,
     * a student lab report with a tutor's comments, a science fair project board, a patient support forum thread and a
     * newspaper health advice column) on sources little used before (Mycobacterium bovis BCG, podocytes in urine,
     * cucumber fruit, regulatory and conventional T cells, monocytes, oligodendrocyte precursor cells with a
     * lipid-anchored aptamer, adipose stem cells, decidual stromal cells of the placenta, sea buckthorn berries,
     * Bifidobacterium longum, a genetically modified Escherichia coli Nissle strain, neural stem cells, spinach leaves,
     * kombucha bacteria and yeast, umbilical cord stem cells, centella; liposomes and HEK293 vesicles as look-alikes and
     * controls) and both gold files (459 claims, 63 hedged, 30 denied; 12 classification claims, 4 denied) committed
     * (05057fc0) before the extractor was run on them (branch blind34, twenty-seventh session, rules of main cd74631a).
     * Every class was known and every gold sentence was found as one sentence by the splitter before the first run
     * (GoldSentenceCheck, 471 rows, 0 problems). First run, 6 Dec 2026: P 0.702 (170 of 242), R 0.370 (gold 459),
     * lenient 0.759 (183 of 241) / 0.399; 7 claims read only in Methods not scored; of the 9 matched claims the gold
     * hedges, 5 are extracted hedged (0.556), of all 63 hedged gold claims 5 (0.079); negations: gold 30, extracted 8,
     * matched 3; isKindOf: gold 12, extracted 7, matched 6, 1 false positive; 3 of the 16 documents had R &lt; 0.2. The
     * extracted claims, read once by the set's writer for gold errors only, showed five kinds of gold error (listed in the
     * gold's header, kinds only here: an application word and a prediction word given other classes than the development
     * golds give them, a source with no lexicon term given a class beyond its head noun, anaphors given another kind than
     * their antecedent, and denied effects on cells, sources and a label the conventions require but the gold lacked): 13
     * rows changed, 7 added, 459 -&gt; 466 claims; the classification gold unchanged; no rule changed. After the fixes: P
     * 0.756 (183 of 242), R 0.393 (183 of 466), lenient 0.805 (194 of 241) / 0.416; hedges unchanged (5 of 9 matched,
     * 0.079 of all 63); negations: gold 32, extracted 8, matched 5; isKindOf unchanged; 2 documents with R &lt; 0.2.
     * Floors just under these figures.
     */
    @Test
    void thirtyFourthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the thirty-first session; last never-tuned figures P 0.739, R 0.388 (181 right of 245; gold 466)
        BlindSetFigures figures = developmentSetFigures(34, "thirty-fourth", GoldStandard.BLIND34_TEXTS);
        // Earlier floors of this set and why they moved: docs/floor-history.md, "thirtyFourthBlindSetAgainstExpectedClaims".
        // Lead, after the twenty-seventh session's merges (6 Dec 2026): NEVER-TUNED P 0.739 (181 of 245), R 0.388. Floors just
        // under; the precision floor falls 0.75 -> 0.73 because this session's heading and first-line readings took 2 right
        // claims of this set (found by the aggregate line only: the set is sealed, so the cause was not looked into).
        // Branch outcomewords (NEVER-TUNED, aggregate only, not tuned on; changed by the commit of the verb families of outcome measures): P 0.739 -> 0.740, R 0.388 -> 0.391 (181 -> 182 of 245 -> 246). Floors just under.
        // Branch plaintext (field lines as units of their own): NEVER-TUNED, aggregate only, not tuned on: P 0.739 -> 0.740 (182 of 246), R 0.388 -> 0.391. Floors just under.
        // Branch riskverbs (antibodies the vesicles raise, Immunogenicity): NEVER-TUNED, aggregate only, not tuned on: P 0.740 -> 0.741, R 0.391 -> 0.393 (182 -> 183 of 246 -> 247). Floors unchanged, just under.
        // Lead, after the twenty-eighth session's merges (6 Dec 2026): NEVER-TUNED P 0.747 (183 of 245), R 0.393. Floors just under.
        // Branch preparationanaphors2 (the text's one preparation for anaphors, by source term, on by default): NEVER-TUNED, aggregate only, not tuned on: P 0.747 -> 0.739, R 0.393 -> 0.388 (183 -> 181 of 245). Floors just under. The precision floor falls 0.74 -> 0.73 and the recall floor 0.39 -> 0.38: two right claims lost, not looked into (sealed); kept on by the out-of-sample sets 30-31 and the development sets, nothing chosen by this line.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): NEVER-TUNED P 0.739 (181 of 245), R 0.388. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): never-tuned, aggregate only, not tuned on: P 0.739 -> 0.748 (181 of 245 -> 181 of 242), R 0.388 -> 0.388. Floors just under.
        // Branch dev34 (gold conversion on promotion, no rule changed: mmmmm 1 loadedBy removed, kkkkk 1 and vvvvv 1 hedged LowToxicity removed, ss 4 rows unqualified): P 0.739 -> 0.747 (181 -> 183 of 245), R 0.388 -> 0.395 (gold 466 -> 463). Floors just under.
        // Branch paraphrases (units that differ in an attribute as BatchVariability): P 0.756 -> 0.754 (183 of 242 -> 184 of 244; the variation by an amount adds one claim right but for the code's kind, fffff), R 0.395 -> 0.397. Floors already just under.
        // Lead, after the thirty-first session's merges (6 Dec 2026; dev34, claimfilter, goldconv31 and paraphrases together): P 0.754 (184 of 244), R 0.397 (gold 463). Floors just under.
        // goldconv32, thirty-second session: P 0.783 (191 of 244), R 0.413 (gold 463). Gold rrrrrr alone took 2 right claims (P 0.746, 182 of 244: the prior authorisation request's "The exosomes act on fibroblasts" is now [MesenchymalStemCell], the extractor reads [StemCell]); codeVesicleWords ON by default gave 9 (the paediatric investigation plan's NSC-EV uses and anaphors, read as their code's word, hhhhhh). Floors just under.
        // subjects33, thirty-third session: P 0.814 (197 of 242), R 0.425 (engineeredCodes: "Apt-OPC-sEVs" the engineered arm). Floors just under.
        // decision36, thirty-third session (headingQualifiers ON: a "Methods (...)" heading's sentences no findings): P 0.789 -> 0.799 (191 of 242 -> 191 of 239), R 0.413 unchanged. Floors just under.
        // Lead, after the thirty-third session's merges (7 Dec 2026): P 0.824 (201 of 244), R 0.433 (gold 464). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.840 (204 of 243), R 0.440. Floors just under.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.841 (206 of 245), R 0.444. Floors just under.
        assertFloors(figures.claims(), 0.84, 0.44);
        // Hedges right on matched claims: 5 of 9 (0.556), under the issue's goal of 0.85 that assertHedgeFloors asserts; a
        // floor just under the measured figure, so the set's test records where it stands and still fails on a fall.
        // Branch organismsources (organisms as vesicle sources: Organism less vertebrates in derivedFrom's range; fungi, yeasts, microalgae, protozoan and helminth parasites as its synonyms): NEVER-TUNED, aggregate only, not tuned on: P 0.739 -> 0.744 (180 of 242), R 0.388 -> 0.386 (P/R floors hold); hedges
        // right on matched claims 5 of 9 -> 3 of 7 (0.556 -> 0.429), of all gold-hedged 0.079 -> 0.048, isKindOf matched 6 -> 5:
        // two hedged matches and one isKindOf match lost to a new source reading; not looked at (sealed), floors lowered to just
        // under the new figures, the lead decides.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.42, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.04, "hedged claims missed");
        assertDenialFloors(figures.claims(), 5, 3);
        assertKindFloors(figures.kinds(), 5, 1);
    }

    /**
     * Blind set 35 (development data since the thirty-second session; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with PURPOSE / PATIENTS AND METHODS / FINDINGS / INTERPRETATION, BACKGROUND / METHODS /
     * RESULTS / CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections,
     * Results, Discussion and figure captions; a pre-operative anaesthetic assessment, an inquest's findings, a temperature
     * excursion investigation report, a trademark opposition decision, a clinical commissioning policy statement, a change
     * control record, a laboratory safety induction sheet, a university module syllabus, a letter to the editor of a local
     * newspaper and science cafe notes of an audience discussion) on sources little used before (induced sputum,
     * lotus root rhizomes, Listeria monocytogenes, articular chondrocytes, activated neutrophils and vesicles extruded
     * from their membranes, engineered Expi293F cells, iPSC-derived cardiomyocytes, donor plasma, endothelial
     * colony-forming cells, hemp leaves, reticulocytes, Pseudomonas aeruginosa, foreskin fibroblasts, coconut water,
     * urine, cerebrospinal fluid, amniotic, placental and stem cell products; liposomes, lipid nanoparticles and extruded
     * mimetics as look-alikes and controls) and both gold files (449 claims, 45 hedged, 20 denied; 12 classification
     * claims, 5 denied) committed (2f432a8c) before the extractor was run on them (branch blind35, twenty-eighth session,
     * rules of main 6ba5eab6). Every class was known and every gold sentence was found as one sentence by the splitter
     * before the first run (GoldSentenceCheck, 461 rows, 0 problems). First run, 6 Dec 2026: P 0.706 (190 of 269), R
     * 0.423 (gold 449), lenient 0.765 (205 of 268) / 0.459; 5 claims read only in Methods not scored; of the 18 matched
     * claims the gold hedges, 18 are extracted hedged (1.000), of all 45 hedged gold claims 18 (0.400); negations: gold
     * 20, extracted 13, matched 5; isKindOf: gold 12, extracted 6, matched 2, 4 false positives; 3 of the 16 documents
     * had R &lt; 0.2. The extracted claims, read once by the set's writer for gold errors only, showed six kinds of gold
     * error (listed in the gold's header, kinds only here: cell types with no lexicon term given a class beyond their
     * head noun, a molecule given another class than the lexicon's, generic plant vesicles given a qualifier, a cytokine
     * not raised without its LowImmunogenicity row, and a lot's source row missing): 33 rows changed, 2 added, 449 -&gt;
     * 451 claims; one classification row's qualifier changed; no rule changed. After the fixes: P 0.729 (196 of 269), R
     * 0.435 (196 of 451), lenient 0.776 (208 of 268) / 0.463; hedges 20 of 20 matched (1.000), 0.444 of all 45;
     * negations and isKindOf unchanged; 2 documents with R &lt; 0.2. Floors just under these figures.
     */
    @Test
    void thirtyFifthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data in the thirty-second session; last never-tuned figures P 0.729, R 0.435 (196 right of 269; gold 451)
        BlindSetFigures figures = developmentSetFigures(35, "thirty-fifth", GoldStandard.BLIND35_TEXTS);
        // Branch blind35 (new set, NEVER-TUNED, aggregate only, not tuned on): first run P 0.706 (190 of 269), R 0.423; after
        // the writer's gold-error fixes P 0.729 (196 of 269), R 0.435. Floors just under.
        // Branch riskverbs (harms of the body the vesicles are said to cause, SafetyConcern): NEVER-TUNED, aggregate only, not tuned on: P 0.729 -> 0.726 (196 of 269 -> 270), R 0.435 unchanged. Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): NEVER-TUNED P 0.726 (196 of 270), R 0.435. Floors just under.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): never-tuned, aggregate only, not tuned on: P 0.726 -> 0.729 (196 of 270 -> 196 of 269), R 0.435 -> 0.435. Floors just under.
        // dev35, thirty-second session: P 0.777 (209 of 269), R 0.461 (gold 453), after the promotion conversion (pppp, wwww's
        // lotus root, dddddd's field line; no rule changed). Floors just under.
        // Lead, after the thirty-second session's merges (7 Dec 2026): P 0.806 (216 of 268), R 0.477 (closingAnaphorNames ON). Floors just under.
        // goldconv33, thirty-third session: P 0.814 (219 of 269), R 0.483 (aaaaaaa lotus root Rhizome with lotusRootRhizome ON; xxxxxx hemp). Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.822 (221 of 269), R 0.488. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.81, 0.48);
        // Hedges right on matched claims: 20 of 20 (1.000); of all 45 hedged gold claims 20 (0.444). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        // Lead, merging decision39 (thirty-sixth session): the readings the stricter rule turned off include two hedge readings; hedged claims found 0.435 of all gold-hedged. Floor 0.44 -> 0.43.
        assertTrue(figures.claims().hedgeRecallAll() >= 0.43, "hedged claims missed");
        assertDenialFloors(figures.claims(), 5, 8);
        assertKindFloors(figures.kinds(), 2, 4);
    }

    /**
     * Blind set 36 (development data since the thirty-third session, branch decision36, and a DECISION set with blind
     * 30-32: its figures decide whether a reading is on by default, so no reading is designed from its false positives or
     * negatives; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with WHY WE ASKED / WHAT WE DID / WHAT WE SAW / WHAT IT MEANS, BACKGROUND / METHODS / RESULTS
     * / CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections, Results,
     * Discussion and figure captions; a second opinion report, a serious adverse event narrative, a request for proposal
     * for contract manufacture, a technical support ticket thread, a regulator's freedom of information response, the
     * comments and responses of a pharmacopoeia consultation, a dissertation proposal feedback form, a business school
     * teaching case, a patient's diary and a citizens' assembly's recommendations) on sources little used before (Borrelia
     * burgdorferi, Moringa oleifera leaves, pleural effusions, notochordal cells against bone marrow stromal cells, the
     * microalga Chlamydomonas reinhardtii, megakaryocytes grown from cord blood against platelets, neural stem cells,
     * menstrual blood stem cells, an engineered amniocyte cell line, seminal plasma and prostasomes, tears, Lactobacillus
     * paracasei, goat milk, placenta and amnion cells; liposomes and "exosome" products without vesicles as look-alikes
     * and controls) and both gold files (437 claims, 57 hedged, 21 denied; 12 classification claims, 4 denied) committed
     * (92cd2d31) before the extractor was run on them (branch blind36, twenty-ninth session, rules of main 05b1cd05).
     * Every class was known and every gold sentence was found as one sentence by the splitter before the first run
     * (GoldSentenceCheck, 449 rows, 0 problems). First run, 6 Dec 2026: P 0.737 (171 of 232), R 0.391 (gold 437), lenient
     * 0.848 (196 of 231) / 0.460; 18 claims read only in Methods not scored; of the 12 matched claims the gold hedges, 6
     * are extracted hedged (0.500), of all 57 hedged gold claims 6 (0.105); negations: gold 21, extracted 10, matched 3;
     * isKindOf: gold 12, extracted 4, matched 2, 2 false positives; 3 of the 16 documents had R &lt; 0.2. The extracted
     * claims, read once by the set's writer for gold errors only, showed seven gold errors (listed in the gold's header,
     * kinds only here: a source named on the vesicles without its row, a presupposed cargo, a named dye in a caption, two
     * denied copies of an elliptic compared arm, two cargo classes other than the lexicon's or the most specific the text names, and
     * the cells that release the vesicles without their row): 2 rows changed to another class, 7 rows added, 437
     * -&gt; 444 claims; the classification gold unchanged; no rule changed. After the fixes: P 0.759 (176 of 232), R 0.396
     * (176 of 444), lenient 0.870 (201 of 231) / 0.465; hedges 6 of 12 matched (0.500), 0.105 of all 57; negations: gold
     * 23, extracted 10, matched 4; isKindOf unchanged; 3 documents with R &lt; 0.2. Floors just under these figures.
     * Promoted in the thirty-third session (branch decision36; docs/extraction.md, "Blind 36 as a decision set and readings
     * re-decided"): its gold brought to the conventions to vvvvvv (444 -&gt; 447 rows), and since then a decision set.
     */
    @Test
    void thirtySixthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-third session; last never-tuned figures (main 8a56ab4b)
        // P 0.773, R 0.392 (174 right of 225; gold 444)
        BlindSetFigures figures = developmentSetFigures(36, "thirty-sixth", GoldStandard.BLIND36_TEXTS);
        // Branch blind36 (new set, NEVER-TUNED, aggregate only, not tuned on): first run P 0.737 (171 of 232), R 0.391; after
        // the writer's gold-error fixes P 0.759 (176 of 232), R 0.396. Floors just under.
        // Lead, after the twenty-ninth session's merges (6 Dec 2026): NEVER-TUNED P 0.758 (175 of 231), R 0.394. Floors just under.
        // Branch twolevelsources (two-level sources, ON): NEVER-TUNED, aggregate only, not tuned on: P 0.758 (175 of 231), R 0.394 unchanged (a first version's +1 wrong went with the "plasma cells" guard). Floors hold.
        // Branch claimfilter (learned confidence for claims, on by default, -Dexokg.claimConfidence): never-tuned, aggregate only, not tuned on: P 0.758 -> 0.773 (175 of 231 -> 174 of 225), R 0.394 -> 0.392. Floors just under.
        // decision36, thirty-third session: development data (a decision set with blind 30-32); after the promotion conversion
        // (zzzzz, aaaaa: 3 rows added, 1 changed, 444 -> 447; no rule changed) P 0.778 (175 of 225), R 0.391 (gold 447). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.792 (179 of 226), R 0.398. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.794 (181 of 228), R 0.403. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; readings the stricter rule turned off): floor lowered by 0.01.
        assertFloors(figures.claims(), 0.79, 0.39);
        // Hedges right on matched claims: 6 of 12 (0.500); of all 57 hedged gold claims 6 (0.105). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.49, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.10, "hedged claims missed");
        assertDenialFloors(figures.claims(), 4, 6);
        assertKindFloors(figures.kinds(), 2, 2);
    }

    /**
     * Blind set 37 (development data since the thirty-fourth session, branch decision37, and a DECISION set with blind
     * 30-32 and 36: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or convention
     * is designed from its false positives or negatives; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with CONTEXT / WHO AND WHAT WAS SAMPLED / FINDINGS / TAKE-HOME MESSAGE, BACKGROUND / METHODS /
     * RESULTS / CONCLUSIONS and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections,
     * Results, Discussion and figure captions, each comparing two preparations; an expert witness statement, an anti-doping
     * advisory notice, an aquaculture field trial report, an exported lab group chat log, a hackathon data challenge brief, a
     * completed EV reporting checklist, a travel health advisory, a trade magazine interview, a project risk register and a
     * veterinary referral letter) on sources little used before (oligodendrocytes in cerebrospinal fluid, Mycobacterium
     * tuberculosis in urine, neutrophils against HEK293 cells, dental pulp stem cells against gingival fibroblasts, lemon
     * juice against liposomes, Akkermansia muciniphila against Escherichia coli Nissle OMVs, Vibrio anguillarum OMVs,
     * blueberries, nasal lavage fluid, sweat, CAR-T cells, iPSC-derived cardiomyocytes, platelet-rich plasma, red cells in
     * urine, canine adipose stem cells; "exosome" products without vesicles as look-alikes) and both gold files (460 claims,
     * 57 hedged, 23 denied; 9 classification claims, 3 denied) committed (0d4c84e4) before the extractor was run on them
     * (branch blind37, thirtieth session, rules of main fee33425). Every class was known and every gold sentence was found
     * as one sentence by the splitter before the first run (GoldSentenceCheck, 469 rows, 0 problems). First run, 6 Dec 2026:
     * P 0.796 (199 of 250), R 0.433 (gold 460), lenient 0.847 (210 of 248) / 0.464; 6 claims read only in Methods not
     * scored; of the 15 matched claims the gold hedges, 14 are extracted hedged (0.933), of all 57 hedged gold claims 14
     * (0.246); negations: gold 23, extracted 5, matched 3; isKindOf: gold 9, extracted 5, matched 2, 3 false positives; 2 of
     * the 16 documents had R &lt; 0.2. The extracted claims, read once by the set's writer for gold errors only, showed ten
     * gold errors (listed in the gold's header, kinds only here: a new noun phrase with a source of its own written as the
     * text's preparation, a cargo class less specific than the text names, generic plant vesicles qualified where the
     * development golds leave them unqualified, a source named on the vesicles without its row, a presupposed cargo and a
     * claimed effect without their rows): 7 rows changed, 3 added, 460 -&gt; 463 claims; the classification gold unchanged;
     * no rule changed. After the fixes: P 0.820 (205 of 250), R 0.443 (205 of 463), lenient 0.867 (215 of 248) / 0.471;
     * hedges 16 of 17 matched (0.941), 0.276 of all 58; negations: gold 23, extracted 5, matched 3; isKindOf unchanged.
     * Floors just under these figures.
     */
    @Test
    void thirtySeventhBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-fourth session; last never-tuned figures (main e6aef178,
        // the lead's start log) P 0.855, R 0.473 (219 right of 256; gold 463)
        BlindSetFigures figures = developmentSetFigures(37, "thirty-seventh", GoldStandard.BLIND37_TEXTS);
        // Branch blind37 (new set, NEVER-TUNED, aggregate only, not tuned on): first run P 0.796 (199 of 250), R 0.433; after
        // the writer's gold-error fixes P 0.820 (205 of 250), R 0.443. Floors just under.
        // goldconv32, thirty-second session (codeVesicleWords ON by default; NEVER-TUNED, aggregate only, not tuned on): P 0.855 (218 of 255), R 0.471. Floors just under.
        // decision37, thirty-fourth session (promoted to development data as a decision set; gold brought to the conventions
        // to bbbbbbb, 13 rows changed, 2 added, 463 -> 465; no rule changed): P 0.875 (224 of 256), R 0.482. Floors just under
        // (development floors from here on).
        assertFloors(figures.claims(), 0.87, 0.48);
        // Hedges right on matched claims: 16 of 17 (0.941); of all 58 hedged gold claims 16 (0.276). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.94, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.27, "hedged claims missed");
        // goldconv39, thirty-ninth session (gold only, convention bbbbbbbb): the denials of two same-source arms ("Empty LNVs
        // did not slow tumour growth", "The exosomes of unmodified T cells had no effect") removed, one of which the extractor
        // reads: true denials found 3 -> 2, beyond the gold +1. Denial floors moved for that row only.
        assertDenialFloors(figures.claims(), 2, 3);
        assertKindFloors(figures.kinds(), 2, 3);
    }

    /**
     * Blind set 38 (development data since the thirty-fifth session, branch decision38, and a DECISION set with blind
     * 30-32, 36 and 37: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or
     * convention is designed from its false positives or negatives; never tuned on before): prints the full report.
     * <p>
     * Sixteen texts (PubMed with BACKGROUND / METHODS / RESULTS / CONCLUSIONS, AIMS / METHODS / RESULTS / INTERPRETATION
     * and unstructured; JATS with "Methods" and "Materials and methods" sections with subsections, Results, Discussion and
     * figure captions, each comparing two preparations; a veterinary necropsy report, a dietitian's counselling note, an
     * occupational health assessment, a journal's call for papers, a conference session programme, an in vitro
     * diagnostic's instructions for use, an online shop product listing with seller answers and reviews, an ethnobotany
     * field notebook, a letter of intent and a core facility sample submission form) on sources little used before
     * (exhaled breath condensate with plasma as comparison, the liver fluke Fasciola hepatica, mare milk, astrocytes
     * against microglia, pomegranate against liposomes, Lactobacillus rhamnosus GG membrane vesicles against Bacteroides
     * fragilis OMVs, equine amniotic fluid, cow colostrum, Neisseria meningitidis OMVs, oral bacteria, oviductal and
     * uterine fluid, ovine trophoblast, sow milk, peritoneal dialysis effluent, acerola, neem leaves, Trypanosoma cruzi,
     * canine urine; loading by saponin permeabilisation and incubation) and both gold files (450 claims, 60 hedged, 16
     * denied; 10 classification claims, 4 denied, 2 hedged) committed (bf5c8cc1) before the extractor was run on them
     * (branch blind38, thirty-first session, rules of main 149f417e). Every class was known and every gold sentence was
     * found as one sentence by the splitter before the first run (GoldSentenceCheck, 460 rows, 0 problems); the first
     * GoldStandardTest run stopped before scoring on a duplicate gold key (a talk title without a full stop is one sentence
     * with the next line), removed (1e9579bd), 449 rows. First run, 6 Dec 2026: P 0.863 (240 of 278), R 0.535 (gold 449),
     * lenient 0.916 (251 of 274) / 0.567; 12 claims read only in Methods not scored; of the 16 matched claims the gold
     * hedges, 16 are extracted hedged (1.000), of all 60 hedged gold claims 16 (0.267); negations: gold 16, extracted 2,
     * matched 2; isKindOf: gold 10, extracted 3, matched 1, 2 false positives; 1 of the 16 documents had R &lt; 0.2. The
     * extracted claims, read once by the set's writer for gold errors only, showed one (listed in the gold's header: a
     * missed use named by "OMV vaccine", j): 1 row added, 449 -&gt; 450 claims; the classification gold unchanged; no rule
     * changed. After the fix: P 0.867 (241 of 278), R 0.536 (241 of 450), lenient 0.920 (252 of 274) / 0.568; hedges 16
     * of 16 matched (1.000), 0.267 of all 60; negations and isKindOf unchanged. Floors just under these figures.
     */
    @Test
    void thirtyEighthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-fifth session; last never-tuned figures (main f1506d8d,
        // the lead's start log) P 0.878, R 0.544 (245 right of 279; gold 450)
        BlindSetFigures figures = developmentSetFigures(38, "thirty-eighth", GoldStandard.BLIND38_TEXTS);
        // Branch blind38 (new set, NEVER-TUNED, aggregate only, not tuned on): first run P 0.863 (240 of 278), R 0.535; after
        // the writer's gold-error fix P 0.867 (241 of 278), R 0.536. Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.878 (245 of 279), R 0.544. Floors just under.
        // decision38, thirty-fifth session (promoted to development data as a decision set; gold brought to the conventions
        // to hhhhhhh, 0 rows changed, 1 added, 450 -> 451; no rule changed): P 0.878 (245 of 279), R 0.543. Floors just under
        // (development floors from here on).
        assertFloors(figures.claims(), 0.87, 0.54);
        // Hedges right on matched claims: 16 of 16 (1.000); of all 60 hedged gold claims 16 (0.267). Floors just under.
        // decision38: 17 of 17 (1.000); of all 60, 17 (0.283).
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.28, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 0);
        assertKindFloors(figures.kinds(), 1, 2);
    }

    /**
     * Blind set 39 (development data since the thirty-sixth session, branch decision39, and a DECISION set with blind
     * 30-32 and 36-38: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or
     * convention is designed from its false positives or negatives; never tuned on before): prints the full report. Sixteen invented texts (three PubMed records: structured BACKGROUND /
     * METHODS / RESULTS / CONCLUSIONS, structured OBJECTIVE / STUDY DESIGN / MAIN OUTCOMES / CONCLUSION, and unstructured;
     * three JATS articles with Methods subsections, Results, Discussion and figure captions, each comparing two
     * preparations in a disease model; a sports team physician's memo, a poisons centre call record, an analytical method
     * validation report, town council planning committee minutes, a recipe blog post, a hiring committee's candidate
     * evaluation, a hospital infection prevention alert, PhD supervisory meeting minutes, a winery newsletter and a material
     * transfer agreement annex) and both gold files committed (7cf3799f) before the extractor was run on them (branch
     * blind39, thirty-second session, rules of main 696c7aec). Every class was known and every gold sentence was
     * found as one sentence by the splitter before the first run (GoldSentenceCheck, 513 rows, 0 problems). First run, 7 Dec
     * 2026: P 0.798 (193 of 242), R 0.381 (gold 506), lenient 0.913 (220 of 241) / 0.449; 5 claims read only in Methods not
     * scored; of the 10 matched claims the gold hedges, 10 are extracted hedged (1.000), of all 59 hedged gold claims 10
     * (0.169); negations: gold 24, extracted 5, matched 4; isKindOf: gold 7, extracted 3, matched 1, 2 false positives; 2
     * of the 16 documents had R &lt; 0.2. The extracted claims, read once by the set's writer for gold errors only, showed
     * rows against conventions hhhh, rrrr, eee, aa, b and the anaphor convention, and one missed denial (listed in the
     * gold's header): 12 rows changed, 8 added, 506 -&gt; 514 claims; the classification gold unchanged; no rule changed.
     * After the fixes: P 0.847 (205 of 242), R 0.399 (205 of 514), lenient 0.954 (230 of 241) / 0.462; hedges 11 of 12
     * matched (0.917), 0.186 of all 59; negations gold 25, extracted 5, matched 5; isKindOf unchanged. Floors just under
     * these figures.
     */
    @Test
    void thirtyNinthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-sixth session; last never-tuned figures (main 270ab7cf,
        // the lead's start log) P 0.829, R 0.395 (203 right of 245; gold 514)
        BlindSetFigures figures = developmentSetFigures(39, "thirty-ninth", GoldStandard.BLIND39_TEXTS);
        // Branch blind39 (new set, NEVER-TUNED, aggregate only, not tuned on): first run P 0.798 (193 of 242), R 0.381; after
        // the writer's gold-error fixes P 0.847 (205 of 242), R 0.399. Floors just under.
        // Branch decision38 (diseaseParticiples and lesionAnaphors ON by default, decided on the decision pool 30-32 + 36-38 by
        // the brief's rule; never-tuned, aggregate only, not tuned on): precision floor 0.84 -> 0.82 (the figure is the lead's
        // to report).
        // decision39, thirty-sixth session (promoted to development data as a decision set; gold brought to the conventions
        // to mmmmmmm, 0 rows changed, 1 removed, 514 -> 513; no rule changed): P 0.829 (203 of 245), R 0.396. After the
        // stricter rule turned eleven readings off: P 0.844 (205 of 243), R 0.400. Floors as they were (development floors
        // from here on).
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.844 (205 of 243), R 0.400. Floors just under.
        // lead, thirty-seventh session: raised just under the figures after the merges: P 0.844 (206 of 244), R 0.401. Floors just under.
        assertFloors(figures.claims(), 0.84, 0.40);
        // Hedges right on matched claims: 11 of 12 (0.917); of all 59 hedged gold claims 11 (0.186). Floors just under.
        // decision39: 11 of 12 (0.917); of all 58, 11 (0.190).
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.91, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.18, "hedged claims missed");
        assertDenialFloors(figures.claims(), 5, 0);
        assertKindFloors(figures.kinds(), 1, 2);
    }

    /**
     * Blind set 40 (development data since the thirty-seventh session, branch decision40, and a DECISION set with blind
     * 30-32 and 36-39: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or
     * convention is designed from its false positives or negatives; never tuned on before): prints the full report. Sixteen invented texts (three PubMed records: structured BACKGROUND /
     * METHODS / RESULTS / CONCLUSIONS, structured BACKGROUND AND PURPOSE / EXPERIMENTAL APPROACH / KEY RESULTS / CONCLUSIONS
     * AND IMPLICATIONS, and unstructured; three JATS articles with Methods subsections, Results, Discussion and figure
     * captions, each comparing two preparations in a disease model; a health ombudsman's decision, a grant budget
     * justification, a biobank freezer inventory reconciliation note, a laboratory toolbox talk, a whistleblower's protected
     * disclosure, a beekeepers' association bulletin, a space station flight experiment proposal, a defence medical field care
     * technology briefing, a student poster prize judges' scoring sheet and an alumni magazine profile) and both gold files
     * committed (2f274806) before the extractor was run on them (branch blind40, thirty-third session, rules of main
     * 8a56ab4b). Every class was known and every gold sentence was found as one sentence by the splitter before the first
     * run (GoldSentenceCheck, 495 rows, 0 problems). First run, 7 Dec 2026: P 0.892 (239 of 268), R 0.489 (gold 489),
     * lenient 0.933 (250 of 268) / 0.530; 11 claims read only in Methods not scored; of the 16 matched claims the gold
     * hedges, 8 are extracted hedged (0.500), of all 42 hedged gold claims 8 (0.190); negations: gold 22, extracted 6,
     * matched 5; isKindOf: gold 6, extracted 4, matched 2, 2 false positives; 2 of the 16 documents had R &lt; 0.2. The
     * extracted claims, read once by the set's writer for gold errors only, showed rows against conventions hhhh, iiiii and
     * b, and one missed category (listed in the gold's header): 1 row changed, 2 added, 489 -&gt; 491 claims; 1 isKindOf row
     * added, 6 -&gt; 7; no rule changed. After the fixes: P 0.899 (241 of 268), R 0.491 (241 of 491), lenient 0.944 (253 of
     * 268) / 0.534; hedges and negations unchanged; isKindOf gold 7, extracted 4, matched 3, 1 false positive. Floors just
     * under these figures.
     */
    @Test
    void fortiethBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-seventh session; last never-tuned figures (main b8cd08d2,
        // the lead's start log /tmp/lead/s37/gst-start.log) P 0.907, R 0.495 (243 right of 268; gold 491)
        BlindSetFigures figures = developmentSetFigures(40, "fortieth", GoldStandard.BLIND40_TEXTS);
        // blind40, thirty-third session: P 0.899 (241 of 268), R 0.491 (gold 491; first run 0.892 / 0.489 before the
        // writer's gold-error fixes). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.907 (243 of 268), R 0.495. Floors just under.
        // decision40, thirty-seventh session (promoted to development data as a decision set; gold brought to the
        // conventions to nnnnnnn, 0 rows changed, 1 added, 491 -> 492; no rule changed): P 0.907 (243 of 268), R 0.494.
        // Floors as they were (development floors from here on).
        assertFloors(figures.claims(), 0.90, 0.49);
        // Hedges right on matched claims: 8 of 16 (0.500); of all 42 hedged gold claims 8 (0.190). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.49, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.18, "hedged claims missed");
        assertDenialFloors(figures.claims(), 5, 1);
        // goldconv37b, thirty-seventh session: sssssss removed the own-class row ("RVG-Exos are engineered exosomes":
        // EngineeredExosome isKindOf EngineeredExosome), which the extractor reads: isKindOf gold 7 -> 6, matched 3 -> 2,
        // false positives 1 -> 2 (as blind 23's and 26's own-class claims). Kind floors lowered for that row only.
        assertKindFloors(figures.kinds(), 2, 2);
    }

    /**
     * Blind set 41 (development data since the thirty-eighth session, branch decision41, and a DECISION set with blind
     * 30-32 and 36-40: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or
     * convention is designed from its false positives or negatives; never tuned on before): prints the full report. Sixteen invented texts (three PubMed records: structured BACKGROUND /
     * METHODS / RESULTS / CONCLUSIONS, structured IMPORTANCE / OBJECTIVE / DESIGN, SETTING, AND PARTICIPANTS / INTERVENTIONS /
     * MAIN OUTCOMES AND MEASURES / RESULTS / CONCLUSIONS AND RELEVANCE, and unstructured; three JATS articles with Methods
     * subsections, Results, Discussion and figure captions, each comparing two preparations in a disease model; an
     * environmental risk assessment, a morbidity and mortality conference summary, a racing stewards' inquiry report, a zoo
     * veterinary treatment log, an accelerator demo day pitch script, a technology transfer invention report, a fitness to
     * practise panel determination, a laboratory open day tour guide script, a supplier catalogue section and a dairy herd
     * health plan) and both gold files committed (886229eb, 8f1ecb13) before the extractor was run on them (branch blind41,
     * thirty-fourth session, rules of main e6aef178). Every class was known and every gold sentence was found as one sentence
     * by the splitter before the first run (GoldSentenceCheck, 483 rows, 0 problems). First run, 7 Dec 2026: P 0.902 (220 of 244), R 0.462 (gold 476),
     * lenient 0.943 (230 of 244) / 0.485; 8 claims read only in Methods not scored; of the 12 matched claims the gold
     * hedges, 9 are extracted hedged (0.750), of all 44 hedged gold claims 9 (0.205); negations: gold 24, extracted 3,
     * matched 2; isKindOf: gold 6, extracted 4, matched 2, 2 false positives. The extracted claims, read once by the set's
     * writer for gold errors only, showed rows against conventions b, dddddd, x / ooooo and xxxxx and an objective's
     * embedded question written without its hedged content (listed in the gold's header): 7 rows added, 476 -&gt; 483
     * claims; the classification gold unchanged; no rule changed. After the fixes: P 0.930 (227 of 244), R 0.470 (227 of
     * 483), lenient 0.971 (237 of 244) / 0.493; hedges 11 of 14 matched (0.786), 0.239 of all 46; negations and isKindOf unchanged. Floors just under
     * these figures.
     */
    @Test
    void fortyFirstBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-eighth session; last never-tuned figures (main b43c484d,
        // the lead's start log /work/brief/gst-start.log) P 0.930, R 0.470 (227 right of 244; gold 483)
        BlindSetFigures figures = developmentSetFigures(41, "forty-first", GoldStandard.BLIND41_TEXTS);
        // blind41, thirty-fourth session: P 0.930 (227 of 244), R 0.470 (gold 483; first run 0.902 / 0.462 before the
        // writer's gold-error fixes). Floors just under.
        // Lead, after the thirty-fourth session's merges (7 Dec 2026): P 0.930 (227 of 244), R 0.470. Floors just under.
        // Lead, after the thirty-fifth session's merges (7 Dec 2026): P 0.931 (228 of 245), R 0.472. Floors just under.
        // Branch decision39 (the stricter decision rule turned eleven readings off by default; never-tuned, figure not read for any decision): floor lowered by 0.01.
        // decision41, thirty-eighth session (promoted to development data as a decision set; gold brought to the
        // conventions to wwwwwww, 0 rows changed, 1 removed (kkkkkkk), 1 added (fffffff), 483 -> 483; no rule changed):
        // P 0.930 (227 of 244), R 0.470; hedges 11 of 14 matched, 0.239 of all 46; negations gold 23 (24 before),
        // extracted 3, matched 2. Floors as they were, just under these figures (development floors from here on).
        assertFloors(figures.claims(), 0.93, 0.46);
        // Hedges right on matched claims: 11 of 14 (0.786); of all 46 hedged gold claims 11 (0.239). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.78, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.23, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 1);
        assertKindFloors(figures.kinds(), 2, 2);
    }

    /**
     * Blind set 42 (development data since the thirty-ninth session, branch decision42, and a DECISION set with blind
     * 30-32 and 36-41: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or
     * convention is designed from its false positives or negatives; never tuned on before): prints the full report. Sixteen invented texts (three PubMed records: structured OBJECTIVE /
     * PATIENTS AND METHODS / RESULTS / CONCLUSION, structured AIMS / MATERIALS AND METHODS / KEY FINDINGS / SIGNIFICANCE, and
     * unstructured; three JATS articles with Methods subsections, Results, Discussion and figure captions, each comparing two
     * preparations in a disease model; a clinical trial monitoring visit report, an insurance claim appeal letter, a kennel
     * club breed health bulletin, a pig unit veterinary visit report, a television documentary narration script, a webinar
     * chat Q&amp;A log, a tender evaluation report, a crisis communication holding statement, a personal statement for a
     * medical school application and an arbitration award excerpt) and both gold files committed (328e27d9, eece7ea8) before
     * the extractor was run on them (branch blind42, thirty-fifth session, rules of main f1506d8d). Every class was known and
     * every gold sentence was found as one sentence by the splitter before the first run (GoldSentenceCheck, 472 rows, 0
     * problems; 473 rows after the fixes, 0 problems). First run, 7 Dec 2026: P 0.744 (160 of 215), R 0.343 (gold 467), lenient 0.874 (188 of 215) / 0.408; 6
     * claims read only in Methods not scored; of the 6 matched claims the gold hedges, 5 are extracted hedged (0.833), of all
     * 41 hedged gold claims 5 (0.122); negations: gold 21, extracted 3, matched 3; isKindOf: gold 5, extracted 1, matched 0,
     * 1 false positive. The extracted claims, read once by the set's writer for gold errors only, showed rows against
     * conventions hhhh (two lexicon entries: a cell type and "cells lining"), ccc and b (listed in the gold's header): 13
     * rows changed, 1 added, 467 -&gt; 468 claims; the classification gold unchanged; no rule changed. After the fixes:
     * P 0.772 (166 of 215), R 0.355 (166 of 468), lenient 0.893 (192 of 215) / 0.416; hedges 6 of 7 matched (0.857), 0.146
     * of all 41; negations and isKindOf unchanged. Floors just under these figures.
     */
    @Test
    void fortySecondBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the thirty-ninth session; last never-tuned figures (main c78d931f,
        // the lead's start log /work/brief/gst-start.log) P 0.773, R 0.357 (167 right of 216; gold 468); hedged gold 41,
        // matched 7, found hedged 6
        BlindSetFigures figures = developmentSetFigures(42, "forty-second", GoldStandard.BLIND42_TEXTS);
        // blind42, thirty-fifth session: P 0.772 (166 of 215), R 0.355 (gold 468; first run 0.744 / 0.343 before the
        // writer's gold-error fixes). Floors just under.
        // Lead, after the thirty-fifth session's merges: P 0.770 (167 of 217), R 0.357 (one more claim extracted, wrong, by a
        // reading decided ON on the deciding pool; never-tuned sets do not decide). Precision floor lowered to just under.
        // Lead, after the thirty-sixth session's merges (7 Dec 2026): P 0.773 (167 of 216), R 0.357. Floors just under.
        // decision42, thirty-ninth session (promoted to development data as a decision set; gold brought to the
        // conventions to cccccccc, 1 row changed (xxxxxxx), 5 removed (bbbbbbbb), 3 added (ppppppp, yyyyyyy), 468 -> 466;
        // no rule changed): P 0.773 (167 of 216), R 0.358; hedges 6 of 7 matched, 0.146 of all 41; negations gold 16 (21
        // before), extracted 3, matched 3; isKindOf unchanged. With preparationFindings ON by default (the rule on the pool
        // 30-32 + 36-42): P 0.796 (172 of 216), R 0.369. Floors as they were, just under the converted figures
        // (development floors from here on).
        assertFloors(figures.claims(), 0.77, 0.35);
        // Hedges right on matched claims: 6 of 7 (0.857); of all 41 hedged gold claims 6 (0.146). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.85, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.14, "hedged claims missed");
        assertDenialFloors(figures.claims(), 3, 0);
        assertKindFloors(figures.kinds(), 0, 1);
    }

    /**
     * Blind set 43 (development data since the fortieth session, branch decision43, and a DECISION set with blind 30-32
     * and 36-42: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or convention
     * is designed from its false positives or negatives; never tuned on before): prints the full report. Sixteen invented texts (three PubMed records: structured STUDY
     * QUESTION / SUMMARY ANSWER / WHAT IS KNOWN ALREADY / ... / WIDER IMPLICATIONS, a structured review abstract
     * INTRODUCTION / AREAS COVERED / EXPERT OPINION, and unstructured; three JATS articles with Methods subsections, Results,
     * Discussion and figure captions, each comparing two preparations in a disease model; an umbrella review abstract, a
     * review's future-directions section, a funded-project database record, a late-breaking conference abstract, a GEO
     * series record summary, Delphi consensus statements, a news-and-views commentary, a registered report's Stage 1
     * abstract, an expression of concern notice and an analysis pipeline README) and both gold files committed (bdbd2855,
     * e7deab4d, d2efba1c) before the extractor was run on them (branch blind43, thirty-sixth session, rules of main
     * 270ab7cf). Every class was known and every gold sentence was found as one sentence by the splitter before the first
     * run (GoldSentenceCheck, 515 rows, 0 problems; 520 rows after the fixes, 0 problems). First run, 7 Dec 2026: P 0.876
     * (255 of 291), R 0.502 (gold 508), lenient 0.903 / 0.537; 4 claims read only in Methods not scored; of the 15 matched
     * claims the gold hedges, 9 are extracted hedged (0.600), of all 45 hedged gold claims 9 (0.200); negations: gold 12,
     * extracted 3, matched 1; isKindOf: gold 7, extracted 5, matched 2, 3 false positives. The extracted claims, read once
     * by the set's writer for gold errors only, showed rows against conventions b and ee (a tissue source and the plasma
     * it is found in), gg (the compared white adipocyte arm's real denials) and the anaphor convention (an antecedent with
     * two sources) (listed in the gold's header): 3 rows changed, 5 added, 508 -&gt; 513 claims; the classification gold
     * unchanged; no rule changed. After the fixes: P 0.887 (258 of 291), R 0.503 (258 of 513), lenient 0.910 / 0.536;
     * hedges 9 of 15 matched (0.600), 0.200 of all 45; negations gold 16, extracted 3, matched 2; isKindOf unchanged.
     * Floors just under these figures.
     */
    @Test
    void fortyThirdBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the fortieth session; last never-tuned figures (main 3d504659,
        // the lead's start log /work/brief/gst-start.log) P 0.882, R 0.497 (255 right of 289; gold 513); hedged gold 45,
        // matched 14, found hedged 8
        BlindSetFigures figures = developmentSetFigures(43, "forty-third", GoldStandard.BLIND43_TEXTS);
        // blind43, thirty-sixth session: P 0.887 (258 of 291), R 0.503 (gold 513; first run 0.876 / 0.502 before the
        // writer's gold-error fixes). Floors just under.
        // Lead, merging decision39 (the stricter rule turned eleven readings off, written before this set was scored): R 0.503 -> 0.497 (255 of 513), P 0.885. R floor 0.50 -> 0.49.
        // decision43, fortieth session (promoted to development data as a decision set; gold brought to the conventions
        // to eeeeeeee, 1 row changed (nnnnnnn), 1 removed (bbbbbbbb), 1 added (yyyyyyy), 513 -> 513; no rule changed):
        // P 0.882 (255 of 289), R 0.497 (no changed, removed or added row was matched or extracted); hedges 8 of 14
        // matched, 0.178 of all 45; negations gold 15 (16 before), extracted 3, matched 2; isKindOf unchanged (gold 7,
        // extracted 5, matched 2). No default changed by the rule on the pool 30-32 + 36-43. Floors as they were, just
        // under these figures (development floors from here on).
        assertFloors(figures.claims(), 0.88, 0.49);
        // Hedges right on matched claims: 9 of 15 (0.600), below the issue's goal; of all 45 hedged gold claims 9 (0.200).
        // Floors just under.
        // Lead, merging decision39: hedges 8 of 14 matched (0.571), 8 of 45 (0.178) with the readings it turned off.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.57, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.17, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 1);
        assertKindFloors(figures.kinds(), 2, 3);
    }

    /**
     * Blind set 44 (development data since the forty-first session, branch decision44, and a DECISION set with blind
     * 30-32 and 36-43: its figures decide whether a reading is on by default, so no reading, rule, lexicon entry or
     * convention is designed from its false positives or negatives; never tuned on before): prints the full report. Sixteen invented texts (four PubMed records, three JATS articles,
     * nine plain-text genres new to the file names) and their golds, committed (f3a96d02 texts, 740c68d7 gold) before the
     * extractor was run on them (branch blind44, thirty-seventh session, rules of main b8cd08d2). Every class was known and
     * every gold sentence was found as one sentence by the splitter before the first run (GoldSentenceCheck, 491 rows, 0
     * problems; 495 rows after the fixes, 0 problems). First run, 7 Dec 2026: P 0.801 (209 of 261), R 0.427 (gold 490),
     * lenient 0.876 / 0.483; 8 claims read only in Methods not scored; of the 14 matched claims the gold hedges, 14 are
     * extracted hedged (1.000), of all 46 hedged gold claims 14 (0.304); negations: gold 13, extracted 4, matched 2;
     * isKindOf: gold 1, extracted 0, matched 0, no false positive. The extracted claims, read once by the set's writer for
     * gold errors only, showed rows against conventions vvv, b, hhhh, dd, fff's example and the anaphor convention (listed
     * in the gold's header): 14 rows changed, 4 added, 490 -&gt; 494 claims; the classification gold unchanged; no rule
     * changed. After the fixes: P 0.831 (217 of 261), R 0.439 (217 of 494), lenient 0.892 / 0.487; hedges 16 of 17
     * matched (0.941), 0.340 of all 47; negations gold 13, extracted 4, matched 2; isKindOf unchanged. Floors just under.
     */
    @Test
    void fortyFourthBlindSetAgainstExpectedClaims() throws Exception {
        // promoted to development data (a decision set) in the forty-first session; last never-tuned figures (main e50cb8cd,
        // the lead's start log /work/brief/gst-start.log) P 0.831, R 0.439 (217 right of 261; gold 494); hedged gold 47,
        // matched 17, found hedged 16
        BlindSetFigures figures = developmentSetFigures(44, "forty-fourth", GoldStandard.BLIND44_TEXTS);
        // blind44, thirty-seventh session: P 0.831 (217 of 261), R 0.439 (gold 494; first run 0.801 / 0.427 before the
        // writer's gold-error fixes). Floors just under.
        // decision44, forty-first session (promoted to development data as a decision set; gold brought to the conventions
        // to gggggggg, 1 row changed (xxxxxxx), 14 removed (zzzzzzz 13, bbbbbbbb 1), 2 added (xxxxxxx, wwwwwww), 494 -> 482;
        // no rule changed): P 0.831 (217 of 261), R 0.439 -> 0.450 (no changed, removed or added row was matched or
        // extracted); hedges 16 of 17 matched, 0.340 of all 47; negations gold 12 (13 before), extracted 4, matched 2;
        // isKindOf unchanged (gold 1, extracted 0). R floor 0.43 -> 0.44, just under (development floors from here on).
        assertFloors(figures.claims(), 0.83, 0.44);
        // Hedges right on matched claims: 16 of 17 (0.941); of all 47 hedged gold claims 16 (0.340). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.94, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.33, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 2);
        assertKindFloors(figures.kinds(), 0, 0);
    }

    /**
     * Design set 45 (a DESIGN set from the start, branch verbdesign37, thirty-seventh session; its rows, false positives and
     * misses may be read by everyone and designed from): prints the full report.
     * <p>
     * Sixteen invented texts in the ordinary prose of primary studies, where vesicles are the subject of many ordinary verbs
     * with an object of a class the ontology knows, beside the near neighbours that are not such claims (the vesicles as
     * the object, methods verbs, cells taking up the vesicles, outcomes measured on cells after treatment, compared arms,
     * negation, hedging, purposes, non-significance, effects on molecules): eight PubMed records (BACKGROUND / OBJECTIVE /
     * METHODS / RESULTS / CONCLUSIONS), four JATS articles with Introduction, Methods subsections, Results, a figure caption
     * and Discussion, each comparing two preparations, and four plain-text preprint or conference abstracts. Both gold files
     * (491 claims; 4 classification claims) were committed (15a92f94) before the extractor was run on them (rules of main
     * b8cd08d2); GoldSentenceCheck, 495 rows, 0 problems. First run: P 0.875 (280 of 320), R 0.570; the writer's one reading
     * for gold errors changed 8 rows and added 5 (491 -&gt; 496; af190692 before it fixed 2 qualifiers the convention check
     * found): P 0.897 (287 of 320), R 0.579, lenient 0.940 / 0.621; hedges 19 of 19 matched, 19 of 40 hedged; denials gold
     * 16, extracted 6, matched 3; isKindOf gold 4, extracted 3, matched 1, 2 false positives. Floors just under.
     */
    @Test
    void fortyFifthDesignSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = developmentSetFigures(45, "forty-fifth", GoldStandard.BLIND45_TEXTS);
        // verbdesign37, thirty-seventh session (rules of main b8cd08d2): first run P 0.875 (280 of 320), R 0.570 (gold 491);
        // after the writer's one reading for gold errors P 0.897 (287 of 320), R 0.579 (gold 496). Floors just under.
        assertFloors(figures.claims(), 0.89, 0.57);
        // Hedges right on matched claims: 19 of 19 (1.000); of all 40 hedged gold claims 19 (0.475). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.47, "hedged claims missed");
        // Denials: gold 16, extracted 6, matched 3.
        assertDenialFloors(figures.claims(), 3, 3);
        // isKindOf: gold 4, extracted 3, matched 1, false positives 2.
        assertKindFloors(figures.kinds(), 1, 2);
    }

    /**
     * Blind set 46 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen invented texts (branch blind46, thirty-eighth session): four PubMed records (a structured diagnostic cohort,
     * a structured mouse study, an unstructured abstract, a randomised phase 2 trial), three JATS articles comparing two
     * preparations each, and nine plain-text genres new to the file names. Both gold files (457 claims; 4 classification
     * claims) were committed (65a83dd8) before the extractor was run on them (rules of main b43c484d); GoldSentenceCheck,
     * 461 rows, 0 problems. First run: P 0.870 (180 of 207), R 0.394 (gold 457). The writer read the extracted claims once,
     * for gold errors only (listed in the gold's header): 7 rows changed, 457 claims; the classification gold unchanged; no
     * rule changed. After the fixes: P 0.879 (182 of 207), R 0.398 (182 of 457), lenient 0.912 / 0.410; hedges 11 of 11
     * matched (1.000), 0.224 of all 49; negations gold 19, extracted 1, matched 0; isKindOf gold 4, extracted 1, matched 0,
     * 1 false positive. Floors just under.
     */
    @Test
    void fortySixthBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = blindSetFigures(46, "forty-sixth", GoldStandard.BLIND46_TEXTS);
        // blind46, thirty-eighth session: P 0.879 (182 of 207), R 0.398 (gold 457; first run 0.870 / 0.394 before the
        // writer's gold-error fixes). Floors just under.
        assertSealedFloors(figures.claims(), 0.87, 0.39);
        // Hedges right on matched claims: 11 of 11 (1.000); of all 49 hedged gold claims 11 (0.224). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.99, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.22, "hedged claims missed");
        assertDenialFloors(figures.claims(), 0, 1);
        assertKindFloors(figures.kinds(), 0, 1);
    }

    /**
     * Blind set 47 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen invented texts (branch blind47, thirty-ninth session): four PubMed records (two structured, one unstructured,
     * a randomised split-mouth trial), three JATS articles comparing two preparations each, and nine plain-text genres new
     * to the file names (veterinary, dental, bone, muscle, ophthalmic, dermal, insect and fish sources, manufacturing and
     * regulatory prose, a review's table as text). Both gold files (441 claims; 7 classification claims) were committed
     * (7475b20a; a convention-check fix 5a0ed4e2 and a splitter-join fix a2b786da came before any figure) before
     * the extractor's claims were scored (rules of main c78d931f); GoldSentenceCheck, 448 rows, 0 problems. First run:
     * P 0.798 (170 of 213), R 0.385 (gold 441). The writer read the extracted claims once, for gold errors only (listed in
     * the gold's header): 16 rows changed, 441 claims; the classification gold unchanged; no rule changed. After the fixes:
     * P 0.831 (177 of 213), R 0.401 (177 of 441), lenient 0.910 / 0.446; hedges 7 of 8 matched (0.875), 0.179 of all 39;
     * negations gold 16, extracted 2, matched 1; isKindOf gold 7, extracted 2, matched 2, 0 false positives. Floors just
     * under.
     */
    @Test
    void fortySeventhBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = blindSetFigures(47, "forty-seventh", GoldStandard.BLIND47_TEXTS);
        // blind47, thirty-ninth session: P 0.831 (177 of 213), R 0.401 (gold 441; first run 0.798 / 0.385 before the
        // writer's gold-error fixes). Floors just under.
        assertSealedFloors(figures.claims(), 0.82, 0.39);
        // Hedges right on matched claims: 7 of 8 (0.875); of all 39 hedged gold claims 7 (0.179). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.87, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.17, "hedged claims missed");
        assertDenialFloors(figures.claims(), 1, 1);
        assertKindFloors(figures.kinds(), 2, 0);
    }

    /**
     * Blind set 48 (never tuned on): prints aggregate figures only (no false positive or negative is listed), so the set
     * stays blind to the engineers who change the rules.
     * <p>
     * Sixteen invented texts (branch blind48, fortieth session): four PubMed records (two structured, one unstructured,
     * a randomised phase 1 trial), three JATS articles comparing two preparations each (one a look-alike, exosome
     * mimetics), and nine plain-text genres (a grant abstract, patent claims, a conference abstract, a lab notebook, a
     * press release, a review's extraction table, a referee report, an SOP excerpt, a GMP deviation report) on
     * reproductive, pulmonary, fungal, parasite, hearing, renal, liver and nervous-system injury sources and topics. Both
     * gold files (455 claims; 2 classification claims) were committed (ff8247b7; a convention-check fix 20e9d3dc came
     * before any figure) before the extractor's claims were scored (rules of main 3d504659); GoldSentenceCheck, 460 rows,
     * 0 problems. First run: P 0.855 (188 of 220), R 0.413 (gold 455). The writer read the extracted claims once, for
     * gold errors only (listed in the gold's header): 3 rows added, 1 changed, 458 claims; the classification gold
     * unchanged; no rule changed. After the fixes: P 0.864 (190 of 220), R 0.415 (190 of 458), lenient 0.936 / 0.451;
     * hedges 17 of 20 matched (0.850), 0.362 of all 47; negations gold 17, extracted 4, matched 2; isKindOf gold 2,
     * extracted 2, matched 1, 1 false positive. Floors just under.
     */
    @Test
    void fortyEighthBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = blindSetFigures(48, "forty-eighth", GoldStandard.BLIND48_TEXTS);
        // blind48, fortieth session: P 0.864 (190 of 220), R 0.415 (gold 458; first run 0.855 / 0.413 before the
        // writer's gold-error fixes). Floors just under.
        assertSealedFloors(figures.claims(), 0.85, 0.40);
        // Hedges right on matched claims: 17 of 20 (0.850); of all 47 hedged gold claims 17 (0.362). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.84, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.35, "hedged claims missed");
        assertDenialFloors(figures.claims(), 2, 2);
        assertKindFloors(figures.kinds(), 1, 1);
    }

    /**
     * Blind set 49 (never tuned on; branch blind49, forty-first session): prints aggregate figures only (written to
     * target/never-tuned-figures/, no false positive or negative listed), so the set stays blind to the engineers who
     * change the rules.
     * <p>
     * Sixteen invented texts: four PubMed records (two structured, one unstructured, a systematic review with
     * meta-analysis), three JATS articles comparing two preparations each (one against liposomes, one against the same
     * cells' normoxic exosomes), and nine plain-text genres (a trial registry record, a retraction notice, a thesis
     * chapter, a preprint's response to reviewers, a regulatory briefing note, a veterinary clinical study, a brief
     * communication, a CME article excerpt, an encyclopedia section) on dermatology, musculoskeletal, ophthalmic, dental,
     * endocrine and veterinary sources and topics. Both gold files (463 claims; 4 classification claims) were committed
     * (2e690c92; a convention-check fix b00b928f came before any figure) before the extractor's claims were scored (rules
     * of main b3e1d033); GoldSentenceCheck, 467 rows, 0 problems. First run: P 0.877 (249 of 284), R 0.538 (gold 463).
     * The writer read the extracted claims once, for gold errors only (listed in the gold's header): 5 rows added, 2
     * changed, 4 removed (jjjjj, found on re-reading the conventions), 464 claims; the classification gold unchanged; no
     * rule changed. After the fixes: P 0.884 (251 of 284), R 0.541 (251 of 464), lenient 0.904 / 0.558; hedges 16 of 25 matched (0.640), 0.314 of all 51; negations gold 13,
     * extracted 5, matched 3; isKindOf gold 4, extracted 3, matched 0, 3 false positives. Floors just under.
     */
    @Test
    void fortyNinthBlindSetAgainstExpectedClaims() throws Exception {
        BlindSetFigures figures = blindSetFigures(49, "forty-ninth", GoldStandard.BLIND49_TEXTS);
        // blind49, forty-first session: P 0.884 (251 of 284), R 0.541 (gold 464; first run 0.877 / 0.538 before the
        // writer's gold-error fixes). Floors just under.
        assertSealedFloors(figures.claims(), 0.88, 0.53);
        // Hedges right on matched claims: 16 of 25 (0.640); of all 51 hedged gold claims 16 (0.314). Floors just under.
        assertTrue(figures.claims().hedgeRecallMatched() >= 0.63, "hedges missed on matched claims");
        assertTrue(figures.claims().hedgeRecallAll() >= 0.30, "hedged claims missed");
        assertDenialFloors(figures.claims(), 3, 2);
        assertKindFloors(figures.kinds(), 0, 3);
    }

    /** At least {@code right} of the gold's denials found, and at most {@code beyond} denials the gold does not have. */
    private static void assertDenialFloors(GoldStandard.Evaluation ev, int right, int beyond) {
        assertTrue(ev.negatedMatched() >= right, "true denials are found");
        assertTrue(ev.negatedExtracted() - ev.negatedMatched() <= beyond, "denials beyond the gold");
    }

    /** At least {@code matched} isKindOf claims of the gold found, at most {@code falsePositives} beyond it. */
    private static void assertKindFloors(GoldStandard.Evaluation kinds, int matched, int falsePositives) {
        assertTrue(kinds.overall().matched() >= matched, "isKindOf claims of the gold found");
        assertTrue(kinds.falsePositives().size() <= falsePositives,
                "isKindOf claims beyond the gold (a category read from a modifier)");
    }

    /**
     * Classification claims (isKindOf), scored apart from the ten relations: gold/corpus-kind-claims.tsv was
     * written from the corpus text and committed before the isKindOf rules existed; the held-out text
     * documents/kinds/vesicle-classification.txt (denials, a hedge, look-alikes) likewise.
     */
    @Test
    void classificationClaimsAgainstGold() throws Exception {
        GoldStandard.Evaluation corpus = GoldStandard.evaluateKinds(GoldStandard.readRows(GOLD.resolve("corpus-kind-claims.tsv")),
                extract(Path.of("corpus/exosome-drug-carriers-cancer-review.txt"),
                        Path.of("corpus/exosome-nanocarriers-summary.txt")));
        System.out.println(corpus.report("seed corpus, classification claims vs gold/corpus-kind-claims.tsv"));
        GoldStandard.Evaluation heldOut = GoldStandard.evaluateKinds(GoldStandard.readRows(GOLD.resolve("heldout-kind-claims.tsv")),
                extract(Path.of("src/test/resources/documents/kinds/vesicle-classification.txt")));
        System.out.println(heldOut.report("held-out text, classification claims vs gold/heldout-kind-claims.tsv"));
        // First run of the rules: corpus P 1.000 R 0.500, held-out P 1.000 R 0.800; after letting the vesicle root
        // ("extracellular vesicles") be a kind, as the corpus misses showed: 1.000 / 0.750 and 1.000 / 0.900. The
        // misses left are paraphrases ("tiny vesicles", "small membrane vesicles") and an apposition ended by an
        // irregular participle ("found in"). Floors keep a margin.
        assertFloors(corpus, 0.85, 0.70);
        assertFloors(heldOut, 0.85, 0.80);
        assertEquals(heldOut.negatedExtracted(), heldOut.negatedMatched(), "every denied kind must be a denial the text makes");
    }

    @Test
    void sentenceIdentityIgnoresCitationsListMarkersAndFinalPunctuation() {
        assertEquals(GoldStandard.sentenceIdentity("Exosomes carry lipids to the target cells."),
                GoldStandard.sentenceIdentity("Exosomes carry  lipids to the target cells [10]."));
        assertEquals(GoldStandard.sentenceIdentity("2.  Exosomes can cross the BBB."),
                GoldStandard.sentenceIdentity("Exosomes can cross the BBB"));
        assertTrue(!GoldStandard.sentenceIdentity("Exosomes can cross the BBB.")
                .equals(GoldStandard.sentenceIdentity("Exosomes cannot cross the BBB.")));
    }
}
