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
 * Developer tool (not a test, issue 15, branch usedfor39), after {@link ChallengeMissCensus}: over the design sets of
 * {@link RecallReview} only (the deciding pool's sets, blind 30-32 and 36-44 (ClaimConfidenceTraining.KEPT_OUT), are dropped before anything is extracted;
 * the never-tuned sets are in no list it reads), every missed usedFor and hasProperty gold row as one tab-separated line:
 * set, document, subject, qualifier, polarity, relation, object, gold-hedged, the full sentence, the vesicle mentions,
 * the application and property mentions the mention layer read in it, the claims read there (relation object), the
 * objects of the same relation read for the sentence alone after "Exosomes were studied." (the isolation probe) and the
 * other mentions, so that the misses can be counted by cause.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.UseAndPropertyMissCensus > out.tsv}
 */
public final class UseAndPropertyMissCensus {

    private UseAndPropertyMissCensus() {}

    /** The deciding pool (blind 30-32, 36-44 since branch decision44): one list, so a promoted set is never read here. */
    private static final Set<String> POOL = ClaimConfidenceTraining.KEPT_OUT;

    private static final Set<String> RELATIONS = Set.of("usedFor", "hasProperty");

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Path tmp = Files.createTempDirectory("census");
        List<HedgeReview.GoldSet> sets = new ArrayList<>(RecallReview.developmentSets());
        sets.removeIf(s -> POOL.contains(s.name()));
        for (HedgeReview.GoldSet set : sets) {
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            for (GoldStandard.Key k : ev.falseNegatives()) {
                if (!RELATIONS.contains(k.relation())) {
                    continue;
                }
                String text = "";
                Set<String> vesicles = new LinkedHashSet<>();
                Set<String> objects = new LinkedHashSet<>();
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
                                } else if (m.is(MentionType.APPLICATION) || m.is(MentionType.PROPERTY)) {
                                    objects.add(TestSupport.local(m.iri()) + "(" + m.surface() + ")");
                                } else {
                                    others.add(m.term().types() + ":" + TestSupport.local(m.iri()) + "(" + m.surface() + ")");
                                }
                            }
                        }
                        for (Claim c : e.claims()) {
                            if (c.sentence().start() == ds.first().start()) {
                                claims.add(TestSupport.local(c.subjectIri())
                                        + (c.qualifierIri() == null ? "" : "[" + TestSupport.local(c.qualifierIri()) + "]")
                                        + (c.negated() ? " NOT " : " ") + c.relation().localName() + " "
                                        + TestSupport.local(c.objectIri()) + (c.hedged() ? "?" : ""));
                            }
                        }
                    }
                }
                Set<String> alone = new LinkedHashSet<>();
                if (!text.isEmpty()) {
                    DocumentExtraction p = TestSupport.extractText(tmp, "Exosomes were studied. " + text + "\n", ".txt");
                    for (Claim c : p.claims()) {
                        if (c.relation().localName().equals(k.relation())
                                && !c.sentence().text().startsWith("Exosomes were studied")) {
                            alone.add((c.negated() ? "NOT " : "") + TestSupport.local(c.objectIri()));
                        }
                    }
                }
                System.out.println(set.name() + "\t" + k.document() + "\t" + k.subject() + "\t" + k.qualifier() + "\t"
                        + k.polarity() + "\t" + k.relation() + "\t" + k.object() + "\t" + ev.gold().get(k) + "\t" + text
                        + "\t" + String.join(" ", vesicles) + "\t" + String.join(" ", objects) + "\t"
                        + String.join("; ", claims) + "\t" + String.join(" ", alone) + "\t" + String.join(" ", others));
            }
        }
    }
}
