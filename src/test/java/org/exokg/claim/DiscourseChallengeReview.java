package org.exokg.claim;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exokg.ExoKg;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test, issue 15, branch challenges5): over the development sets of {@link RecallReview} (or the
 * one named), every missed hasChallenge gold row whose sentence has no vesicle word, with the subject and qualifier the
 * gold wants, the challenge mentions the mention layer read in the sentence (CHALLENGE ones marked) and the terms of
 * other types, so the misses can be grouped by subject (the document's preparation or not) and by wording.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.DiscourseChallengeReview}
 */
public final class DiscourseChallengeReview {

    private DiscourseChallengeReview() {}

    private static final Pattern VESICLE_WORD = Pattern.compile("\\b(?:vesicles?|exosomes?|evs?|nanovesicles?|microvesicles?|particles)\\b");

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (args.length > 0 && !set.name().equals(String.join(" ", args))) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            int missed = 0;
            int labelled = 0;
            System.out.println("==== " + set.name());
            for (GoldStandard.Key k : ev.falseNegatives()) {
                if (!k.relation().equals("hasChallenge") || VESICLE_WORD.matcher(k.sentence().toLowerCase(Locale.ROOT)).find()) {
                    continue;
                }
                missed++;
                StringBuilder terms = new StringBuilder();
                boolean label = false;
                for (DocumentExtraction e : extractions) {
                    if (!e.document().id().equals(k.document())) {
                        continue;
                    }
                    for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                        if (!GoldStandard.sentenceIdentity(ds.first().text()).equals(k.sentence())) {
                            continue;
                        }
                        for (Mention m : e.mentions()) {
                            if (m.start() >= ds.first().start() && m.end() <= ds.first().end()) {
                                String local = m.iri().substring(m.iri().lastIndexOf('#') + 1);
                                boolean challenge = m.is(MentionType.CHALLENGE);
                                label |= challenge && m.iri().endsWith("#" + k.object());
                                terms.append(challenge ? " *" : " ").append(local).append("(\"").append(m.surface()).append("\")");
                            }
                        }
                    }
                }
                labelled += label ? 1 : 0;
                System.out.println((label ? "LABEL " : "NOLABEL ") + k.subject() + "[" + k.qualifier() + "] " + k.object()
                        + " (" + k.document() + ") \"" + k.sentence() + "\" terms:" + terms);
            }
            System.out.println("---- " + set.name() + ": missed without a vesicle word " + missed + ", with the gold's label read " + labelled);
        }
    }
}
