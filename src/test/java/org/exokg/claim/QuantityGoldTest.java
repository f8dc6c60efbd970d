package org.exokg.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link QuantityReader} against hand-written gold: the blind set 5 (gold/heldout-blind5-quantities.tsv,
 * written before the reader existed) and the seed corpus (gold/corpus-quantities.tsv). Precision and recall at three
 * levels — the property a sentence reports a value of; property and unit; property, unit and normalised value — and
 * for shares said in words (property, source, word). Floors sit below the measured figures so that a change that
 * makes reading systematically worse fails.
 */
class QuantityGoldTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static DocumentGraphBuilder builder;
    private static QuantityReader reader;

    @BeforeAll
    static void load() {
        builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        reader = new QuantityReader(builder.lexicon());
    }

    /** One value: the gold row's or the reader's, reduced to what is compared. */
    record Row(String document, String sentence, String property, String unit, String low, String high, String subject,
            String qualifier, String object, String method, String word, String stage) {}

    record Score(int tp, int extracted, int gold) {
        double p() {
            return extracted == 0 ? 0 : (double) tp / extracted;
        }

        double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f (%d/%d) R %.3f (%d/%d)", p(), tp, extracted, r(), tp, gold);
        }
    }

    record Evaluation(Score property, Score unit, Score value, Score full, Score words, Score stage, String misses) {}

    @Test
    void blindSetFive() throws Exception {
        Evaluation e = evaluate("heldout-blind5-quantities.tsv", "blind5 quantities",
                GoldStandard.BLIND5_TEXTS);
        // first run of the reader on the set: values P 0.917 R 0.733; after general fixes that its errors showed (so no
        // longer a blind figure): values 1.000 / 0.889, shares in words 1.000 / 0.625 (docs/extraction.md)
        assertTrue(e.value().p() >= 0.90 && e.value().r() >= 0.80, "blind5 values: " + e.value());
        assertTrue(e.words().p() >= 0.80 && e.words().r() >= 0.50, "blind5 shares in words: " + e.words());
        assertTrue(e.property().p() >= 0.80, "blind5 properties: " + e.property());
    }

    @Test
    void seedCorpus() throws Exception {
        Evaluation e = evaluate("corpus-quantities.tsv", "seed corpus quantities",
                Path.of("corpus/exosome-drug-carriers-cancer-review.txt"), Path.of("corpus/exosome-nanocarriers-summary.txt"));
        assertTrue(e.value().p() >= 0.99 && e.value().r() >= 0.99, "seed values: " + e.value());
        // "endothelium" is no term of the lexicon: one of the three sources said in words is missed
        assertTrue(e.words().p() >= 0.99 && e.words().r() >= 0.60, "seed shares in words: " + e.words());
    }

    private Evaluation evaluate(String goldFile, String title, Path... files) throws Exception {
        List<DocumentExtraction> extractions = new ArrayList<>();
        for (Path f : files) {
            extractions.addAll(builder.extract(f));
        }
        List<Row> gold = new ArrayList<>();
        for (String[] f : GoldStandard.readRows(GOLD.resolve(goldFile))) {
            DocumentExtraction e = extractions.stream().filter(x -> x.document().id().equals(f[0])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no document " + f[0]));
            String sentence = e.sentences().stream().map(ds -> ds.first().text()).filter(t -> t.contains(f[1]))
                    .map(GoldStandard::sentenceIdentity).findFirst().orElse("(unsplit) " + f[1]);
            gold.add(new Row(f[0], sentence, f[4], unit(dash(f[10])), number(f[8]), number(f[9]), f[2], dash(f[3]), dash(f[5]),
                    method(dash(f[6])), f[4].equals("predominance") ? QuantityReader.normalise(f[7]) : "-", stage(f[13])));
        }
        List<Row> got = new ArrayList<>();
        for (DocumentExtraction e : extractions) {
            QuantityReader.Reading reading = reader.read(e.document().text(), e.document().metadata().type(),
                    e.sentences().stream().map(DocumentExtraction.DistinctSentence::first).toList(), e.mentions(), e.claims());
            for (QuantityStatement q : reading.statements()) {
                Quantity v = q.quantity();
                got.add(new Row(e.document().id(), GoldStandard.sentenceIdentity(q.sentence().text()), q.property().key(),
                        v == null ? "-" : v.unit().label(), v == null ? "-" : number(v.low()), v == null ? "-" : number(v.high()),
                        local(q.subjectIri()), local(q.qualifierIri()), local(q.objectIri()), method(local(q.methodIri())),
                        q.predominance() == null || q.property() != QuantityStatement.Property.PREDOMINANCE ? "-" : q.predominance(),
                        q.context().stage().label()));
            }
            for (var ds : e.sentences()) {
                StudyContext c = reading.contextOf(ds.first());
                if (c != null && c.stated()) {
                    got.add(new Row(e.document().id(), GoldStandard.sentenceIdentity(ds.first().text()), "studyContext", "-", "-", "-",
                            "-", "-", "-", "-", "-", c.stage().label()));
                }
            }
        }
        List<Row> goldValues = gold.stream().filter(r -> !r.property().equals("predominance") && !r.property().equals("studyContext")).toList();
        List<Row> gotValues = got.stream().filter(r -> !r.property().equals("predominance") && !r.property().equals("studyContext")).toList();
        Score property = score(goldValues, gotValues, r -> r.document() + "|" + r.sentence() + "|" + r.property());
        Score unit = score(goldValues, gotValues, r -> r.document() + "|" + r.sentence() + "|" + r.property() + "|" + r.unit());
        Function<Row, String> valueKey = r -> r.document() + "|" + r.sentence() + "|" + r.property() + "|" + r.unit() + "|" + r.low() + "|" + r.high();
        Score value = score(goldValues, gotValues, valueKey);
        Function<Row, String> fullKey = r -> valueKey.apply(r) + "|" + r.subject() + "|" + r.qualifier() + "|" + r.object() + "|" + r.method();
        Score full = score(goldValues, gotValues, fullKey);
        Function<Row, String> wordKey = r -> r.document() + "|" + r.sentence() + "|" + r.object() + "|" + r.word();
        Score words = score(gold.stream().filter(r -> r.property().equals("predominance")).toList(),
                got.stream().filter(r -> r.property().equals("predominance")).toList(), wordKey);
        Function<Row, String> stageKey = r -> r.document() + "|" + r.sentence() + "|" + r.stage();
        Score stage = score(gold.stream().filter(r -> r.property().equals("studyContext")).toList(),
                got.stream().filter(r -> r.property().equals("studyContext")).toList(), stageKey);
        // study stage of the values whose value was matched
        Set<String> goldStages = keys(goldValues, r -> valueKey.apply(r) + "|" + r.stage());
        long stageRight = gotValues.stream().filter(r -> keys(goldValues, valueKey).contains(valueKey.apply(r)))
                .filter(r -> goldStages.contains(valueKey.apply(r) + "|" + r.stage())).map(valueKey).distinct().count();
        StringBuilder misses = new StringBuilder();
        Set<String> gk = keys(goldValues, fullKey);
        Set<String> ek = keys(gotValues, fullKey);
        gk.stream().filter(k -> !ek.contains(k)).forEach(k -> misses.append("  missed (full key): ").append(k).append('\n'));
        ek.stream().filter(k -> !gk.contains(k)).forEach(k -> misses.append("  extra  (full key): ").append(k).append('\n'));
        Set<String> gw = keys(gold.stream().filter(r -> r.property().equals("predominance")).toList(), wordKey);
        Set<String> ew = keys(got.stream().filter(r -> r.property().equals("predominance")).toList(), wordKey);
        gw.stream().filter(k -> !ew.contains(k)).forEach(k -> misses.append("  missed word: ").append(k).append('\n'));
        ew.stream().filter(k -> !gw.contains(k)).forEach(k -> misses.append("  extra word: ").append(k).append('\n'));
        Evaluation e = new Evaluation(property, unit, value, full, words, stage, misses.toString());
        System.out.printf(Locale.ROOT, "%s%n  property          %s%n  property+unit     %s%n  value (+unit)     %s%n"
                        + "  value+subject+qualifier+object+method %s%n  shares in words   %s%n  stated study stage of sentences %s%n"
                        + "  study stage right on matched values: %d of %d%n%s",
                title, property, unit, value, full, words, stage, stageRight, value.tp(), misses);
        return e;
    }

    private static Score score(List<Row> gold, List<Row> got, Function<Row, String> key) {
        Set<String> g = keys(gold, key);
        Set<String> e = keys(got, key);
        int tp = (int) e.stream().filter(g::contains).count();
        return new Score(tp, e.size(), g.size());
    }

    private static Set<String> keys(List<Row> rows, Function<Row, String> key) {
        Set<String> s = new LinkedHashSet<>();
        rows.forEach(r -> s.add(key.apply(r)));
        return s;
    }

    private static String stage(String context) {
        String c = context.toLowerCase(Locale.ROOT);
        return c.startsWith("clinical") ? "clinical" : c.startsWith("in vivo") ? "in vivo" : c.startsWith("in vitro") ? "in vitro"
                : c.startsWith("review") ? "review" : c;
    }

    /** The gold writes the yield unit "mg protein/L"; the reader's unit is UO's milligram per litre, "mg/L". */
    private static String unit(String u) {
        return u.equals("mg protein/L") ? "mg/L" : u;
    }

    /**
     * Routes and assays are classes (IntravenousAdministration, DynamicLightScattering); the gold writes "intravenous",
     * "dynamic light scattering" (and "electrophoretic light scattering" for the ontology's zeta potential measurement).
     */
    private static String method(String m) {
        String words = m.replaceFirst("(?:Administration|Injection)$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .toLowerCase(Locale.ROOT);
        return words.equals("zeta potential measurement") ? "electrophoretic light scattering" : words;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String number(String s) {
        return s == null || s.equals("-") ? "-" : number(Double.parseDouble(s));
    }

    private static String number(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.4g", d);
    }

    private static String local(String iri) {
        return iri == null ? "-" : iri.substring(iri.lastIndexOf('/') + 1);
    }
}
