package org.exokg.claim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exokg.ExoKg;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;
import org.exokg.rdf.DocumentExtraction;
import org.exokg.rdf.DocumentGraphBuilder;

/**
 * Developer tool (not a test, issue 15, branch recall3): over the development sets of {@link RecallReview}, the missed
 * gold rows whose subject is a vesicle class while the mention layer read no vesicle in that sentence and no claim about a
 * vesicle came from it (neither an anaphor nor a named preparation was read there); each with the sentence as written, so the subjects can be grouped by shape (defined abbreviation, undefined source + short form,
 * bare "vesicles"/"particles", product name, spelling, anaphor). Prints the count per set at the end.
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.VesicleSubjectReview}
 */
public final class VesicleSubjectReview {

    private VesicleSubjectReview() {}

    public static void main(String[] args) throws Exception {
        DocumentGraphBuilder builder = DocumentGraphBuilder.fromOntology(Path.of(ExoKg.ONTOLOGY_FILE));
        Lexicon lexicon = builder.lexicon();
        List<String> totals = new ArrayList<>();
        for (HedgeReview.GoldSet set : RecallReview.developmentSets()) {
            if (args.length > 0 && !set.name().equals(String.join(" ", args))) {
                continue;
            }
            List<DocumentExtraction> extractions = set.extract(builder);
            GoldStandard.Evaluation ev = set.evaluate(extractions);
            int vesicleSubject = 0;
            int unread = 0;
            int otherSubject = 0;
            System.out.println("==== " + set.name());
            for (GoldStandard.Key k : ev.falseNegatives()) {
                Term subject = lexicon.term(ExoKg.NS + k.subject());
                if (subject == null || !subject.is(MentionType.VESICLE)) {
                    continue;
                }
                vesicleSubject++;
                for (DocumentExtraction e : extractions) {
                    if (!e.document().id().equals(k.document())) {
                        continue;
                    }
                    for (DocumentExtraction.DistinctSentence ds : e.sentences()) {
                        if (!GoldStandard.sentenceIdentity(ds.first().text()).equals(k.sentence())) {
                            continue;
                        }
                        boolean vesicle = false;
                        for (Mention m : e.mentions()) {
                            if (m.start() >= ds.first().start() && m.end() <= ds.first().end() && m.is(MentionType.VESICLE)) {
                                vesicle = true;
                            }
                        }
                        boolean vesicleClaim = false;
                        boolean sameSubject = false;
                        java.util.Set<String> subjects = new java.util.TreeSet<>();
                        for (GoldStandard.Key x : ev.extracted().keySet()) {
                            Term t = lexicon.term(ExoKg.NS + x.subject());
                            if (x.document().equals(k.document()) && x.sentence().equals(k.sentence()) && t != null
                                    && t.is(MentionType.VESICLE)) {
                                vesicleClaim = true;
                                sameSubject |= x.subject().equals(k.subject()) && x.qualifier().equals(k.qualifier());
                                subjects.add(x.subject() + (x.qualifier().equals("-") ? "" : "[" + x.qualifier() + "]"));
                            }
                        }
                        if (vesicleClaim && !sameSubject) {
                            otherSubject++;
                            System.out.println("OTHER SUBJECT: " + k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                                    + " " + k.relation() + " " + k.object() + "   (" + k.document() + ") read as " + subjects);
                            System.out.println("   \"" + ds.first().text().replaceAll("\\s+", " ") + "\"");
                        }
                        // no vesicle mention and no claim about any vesicle from the sentence: its subject went unread
                        if (!vesicle && !vesicleClaim) {
                            unread++;
                            System.out.println("UNREAD: " + k.subject() + (k.qualifier().equals("-") ? "" : "[" + k.qualifier() + "]")
                                    + (k.polarity().equals("negative") ? " NOT " : " ") + k.relation() + " " + k.object()
                                    + "   (" + k.document() + ")");
                            System.out.println("   \"" + ds.first().text().replaceAll("\\s+", " ") + "\"");
                        }
                    }
                }
            }
            totals.add(String.format("%-12s missed %4d, vesicle subject %4d, no vesicle mention %4d, other subject read %4d",
                    set.name(), ev.falseNegatives().size(), vesicleSubject, unread, otherSubject));
        }
        totals.forEach(System.out::println);
    }
}
