package org.exokg.claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exokg.ExoKg;
import org.exokg.TestSupport;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test, issue 15, branch challengemisses38): over the design sets of {@link RecallReview} only (the
 * deciding pool's sets are dropped before anything is extracted), every missed hasChallenge gold row as one tab-separated
 * line: set, document, gold key, the full sentence, the vesicle and challenge mentions the mention layer read in it, the
 * claims read there (relation object) and the hasChallenge objects read for the sentence alone after "Exosomes were
 * studied." (the isolation probe), so that the misses can be counted by cause.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ChallengeMissCensus > out.tsv}
 */
public final class ChallengeMissCensus {

    private ChallengeMissCensus() {}

    /** The deciding pool (blind 30-32, 36-44 since branch decision44): one list, so a promoted set is never read here. */
    private static final Set<String> POOL = ClaimConfidenceTraining.KEPT_OUT;

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Path tmp = Files.createTempDirectory("census");
        List<HedgeReview.GoldSet> sets = new ArrayList<>(RecallReview.developmentSets());
        sets.removeIf(s -> POOL.contains(s.name()));
        for (HedgeReview.GoldSet set : sets) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            for (GoldStandard.Key k : ev.falseNegatives()) {
                if (!k.relation().equals("hasChallenge")) {
                    continue;
                }
                String text = "";
                Set<String> vesicles = new LinkedHashSet<>();
                Set<String> challenges = new LinkedHashSet<>();
                Set<String> claims = new LinkedHashSet<>();
                Set<String> others = new LinkedHashSet<>();
                for (DocumentExtraction e : extractions) {
                    if (!e.document().id().equals(k.document())) {
                        continue;
                    }
                    for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                        if (!GoldStandard.sentenceIdentity(ds.first().text()).equals(k.sentence())) {
                            continue;
                        }
                        text = ds.first().text().replaceAll("\\s+", " ").strip();
                        for (Mention m : e.mentions()) {
                            if (m.start() >= ds.first().start() && m.end() <= ds.first().end()) {
                                if (m.is(MentionType.VESICLE)) {
                                    vesicles.add(TestSupport.local(m.iri()) + "(" + m.surface() + ")");
                                }
                                if (m.is(MentionType.CHALLENGE)) {
                                    challenges.add(TestSupport.local(m.iri()) + "(" + m.surface() + ")");
                                }
                                if (!m.is(MentionType.VESICLE) && !m.is(MentionType.CHALLENGE)) {
                                    others.add(m.term().types() + ":" + TestSupport.local(m.iri()) + "(" + m.surface() + ")");
                                }
                            }
                        }
                        for (Claim c : e.claims()) {
                            if (c.sentence().start() == ds.first().start()) {
                                claims.add(TestSupport.local(c.subjectIri())
                                        + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " " + TestSupport.local(c.objectIri()));
                            }
                        }
                    }
                }
                Set<String> alone = new LinkedHashSet<>();
                if (!text.isEmpty()) {
                    DocumentExtraction p = TestSupport.extractText(tmp, "Exosomes were studied. " + text + "\n", ".txt");
                    for (Claim c : p.claims()) {
                        if (c.relation().localName().equals("hasChallenge") && !c.sentence().text().startsWith("Exosomes were studied")) {
                            alone.add((c.negated() ? "NOT " : "") + TestSupport.local(c.objectIri()));
                        }
                    }
                }
                System.out.println(set.name() + "\t" + k.document() + "\t" + k.subject() + "\t" + k.qualifier() + "\t"
                        + k.polarity() + "\t" + k.object() + "\t" + text + "\t" + String.join(" ", vesicles) + "\t"
                        + String.join(" ", challenges) + "\t" + String.join("; ", claims) + "\t" + String.join(" ", alone) + "\t" + String.join(" ", others));
            }
        }
    }
}
