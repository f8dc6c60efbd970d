package org.exokg.claim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test; issue 15, branch hedgedclaims): does the hedge wording itself keep hedged gold claims from
 * being read? For every development set of {@link RecallReview#developmentSets()} (never sealed/) each document is
 * extracted as written and again with its hedge words removed mechanically (modal verbs, hedge adverbs, "potential /
 * possible / promising" before a noun, "appear to", "are thought to", "it is possible that"); a gold-hedged row missed
 * as written whose claim (document, subject, qualifier, relation, object, polarity) the stripped text gives is counted
 * as blocked by the hedge wording, and printed with its sentence. Also prints, per set, gold-hedged and unhedged recall
 * and how many claims stripping adds in all (a stripped text asserts what the original only suggests: the added claims
 * say how far a reading that sets hedge words aside would reach). Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.HedgeStripReview}
 * ({@code -Dreview.sets=blind 28} reads only the sets named; {@code -Dstrip.dir=DIR} keeps the stripped copies there,
 * by default in a new temporary directory)
 */
public final class HedgeStripReview {

    /** Hedge wording removed, in order (lower and upper case first letters both). */
    private static final String[][] STRIPS = {
            {"(?i)\\bit is (?:possible|conceivable|likely|thought|believed|hypothesi[sz]ed|proposed) that\\b", "it is shown that"},
            {"(?i)\\b(?:are|is|were|was) (?:thought|believed|assumed|presumed|expected|predicted|hypothesi[sz]ed|proposed|postulated|suggested|said|likely|considered) to\\b", ""},
            {"(?i)\\b(?:appears?|appeared|seems?|seemed) to\\b", ""},
            {"(?i)\\b(?:may|might|could|would|should) (?:also |therefore |thus |potentially |possibly |perhaps |one day |further |ultimately |even |likewise |still |well |then )*(?=[a-z])", ""},
            {"(?i)\\b(?:potentially|possibly|perhaps|presumably|putatively|probably|likely|conceivably|theoretically|hypothetically) (?=[a-z])", ""},
            {"(?i)\\b(?:potential|possible|promising|putative|candidate|attractive) (?=[a-z])", ""},
    };

    private HedgeStripReview() {}

    static String strip(String text) {
        String s = text;
        for (String[] r : STRIPS) {
            s = Pattern.compile(r[0]).matcher(s).replaceAll(r[1]);
        }
        return s;
    }

    private record Claimed(String document, String subject, String qualifier, String relation, String object, String polarity) {
        static Claimed of(GoldStandard.Key k) {
            return new Claimed(k.document(), k.subject(), k.qualifier(), k.relation(), k.object(), k.polarity());
        }
    }

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        String dirProperty = System.getProperty("strip.dir", "");
        Path out = dirProperty.isBlank() ? Files.createTempDirectory("hedge-strip") : Path.of(dirProperty);
        long[] all = new long[8];
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (!HedgeReview.selected(set.name())) {
                continue;
            }
            List<DocumentExtraction> original = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(original);
            Set<Claimed> originalClaims = new HashSet<>();
            ev.extracted().keySet().forEach(k -> originalClaims.add(Claimed.of(k)));
            Path dir = out.resolve(set.name().replace(' ', '-'));
            Files.createDirectories(dir);
            List<DocumentExtraction> stripped = new ArrayList<>();
            for (Path p : set.texts()) {
                Path copy = dir.resolve(p.getFileName());
                Files.writeString(copy, strip(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                Path meta = p.resolveSibling(p.getFileName() + org.exokg.document.DocumentLoader.SIDECAR_SUFFIX);
                if (Files.exists(meta)) {
                    Files.copy(meta, dir.resolve(meta.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                stripped.addAll(builder.extract(copy));
            }
            Set<Claimed> strippedClaims = new HashSet<>();
            for (DocumentExtraction e : stripped) {
                for (Claim c : e.claims()) {
                    strippedClaims.add(new Claimed(e.document().id(), org.exokg.TestSupport.local(c.subjectIri()),
                            c.qualifierIri() == null ? "-" : org.exokg.TestSupport.local(c.qualifierIri()), c.relation().localName(),
                            org.exokg.TestSupport.local(c.objectIri()), c.negated() ? "negative" : "positive"));
                }
            }
            Set<Claimed> goldClaims = new HashSet<>();
            ev.gold().keySet().forEach(k -> goldClaims.add(Claimed.of(k)));
            long hedged = 0, hedgedMatched = 0, plain = 0, plainMatched = 0, blocked = 0;
            for (Map.Entry<GoldStandard.Key, Boolean> g : ev.gold().entrySet()) {
                boolean matched = ev.extracted().containsKey(g.getKey());
                if (g.getValue()) {
                    hedged++;
                    hedgedMatched += matched ? 1 : 0;
                    Claimed c = Claimed.of(g.getKey());
                    if (!matched && !originalClaims.contains(c) && strippedClaims.contains(c)) {
                        blocked++;
                        System.out.println("BLOCKED\t" + set.name() + "\t" + g.getKey());
                    }
                } else {
                    plain++;
                    plainMatched += matched ? 1 : 0;
                }
            }
            long added = strippedClaims.stream().filter(c -> !originalClaims.contains(c)).count();
            long addedGold = strippedClaims.stream().filter(c -> !originalClaims.contains(c) && goldClaims.contains(c)).count();
            System.out.printf(Locale.ROOT, "SET\t%s\thedged %d/%d (%.3f)\tplain %d/%d (%.3f)\tblocked-by-wording %d\tstripping adds %d claims, %d of them gold%n",
                    set.name(), hedgedMatched, hedged, hedged == 0 ? 0.0 : (double) hedgedMatched / hedged, plainMatched, plain,
                    plain == 0 ? 0.0 : (double) plainMatched / plain, blocked, added, addedGold);
            long[] add = {hedgedMatched, hedged, plainMatched, plain, blocked, added, addedGold, 0};
            for (int i = 0; i < all.length; i++) {
                all[i] += add[i];
            }
        }
        System.out.printf(Locale.ROOT, "ALL\thedged %d/%d (%.3f)\tplain %d/%d (%.3f)\tblocked-by-wording %d\tstripping adds %d claims, %d of them gold%n",
                all[0], all[1], (double) all[0] / all[1], all[2], all[3], (double) all[2] / all[3], all[4], all[5], all[6]);
    }
}
