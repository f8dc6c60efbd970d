package org.exokg.claim;

import java.util.Comparator;
import java.util.List;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;

/**
 * Developer tool (not a test; issue 15, branch implicitsubjects, twenty-sixth session): over the development gold sets
 * of {@link RecallReview#developmentSets()} (never sealed/; the misses of {@link MissedShapeReview#forEachMiss}) prints one tab-separated line per missed gold claim whose
 * sentence has the object mention but no mention of the gold subject (MissedShapeReview's "trigger-nosubject"), with
 * what stands before it: set, document, genre, section, the claim, whether the previous sentence is in the same section
 * and paragraph (no line break between them), how many sentences back the last vesicle mention of the section stands
 * (-1: none), how many claims the extractor read in the previous sentence, whether this sentence has a vesicle mention
 * of another kind than the gold's ("vesicle") or none ("novesicle"), the claims it read in this sentence, the sentence and the previous one with their mentions bracketed. Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.ImplicitSubjectReview > nosubject.tsv}
 * ({@code -Dreview.sets=blind 28} reads only the sets named).
 */
public final class ImplicitSubjectReview {

    private ImplicitSubjectReview() {}

    public static void main(String[] args) throws Exception {
        // A miss whose sentence has the object but no subject mention, and nothing extracted links the object.
        MissedShapeReview.forEachMiss(m -> {
            if (!m.cause().equals("trigger-nosubject") || m.sentence() == null) {
                return;
            }
            GoldStandard.Key k = m.key();
            DocumentExtraction e = m.extraction();
            Sentence s = m.sentence();
            List<Sentence> sentences = e.sentences().stream().map(DocumentExtraction.DistinctSentence::first)
                    .sorted(Comparator.comparingInt(Sentence::start)).toList();
            int i = sentences.indexOf(s);
            Sentence prev = i > 0 ? sentences.get(i - 1) : null;
            boolean sameSection = prev != null && java.util.Objects.equals(prev.section(), s.section());
            boolean samePara = prev != null && sameSection && prev.end() <= s.start()
                    && !e.document().text().substring(prev.end(), s.start()).contains("\n");
            int back = -1;
            for (int j = i - 1; j >= 0 && java.util.Objects.equals(sentences.get(j).section(), s.section()); j--) {
                if (mentionsOf(e, sentences.get(j)).stream().anyMatch(x -> x.is(MentionType.VESICLE))) {
                    back = i - j;
                    break;
                }
            }
            GoldStandard.Evaluation ev = m.ev();
            long prevClaims = prev == null ? 0 : ev.extracted().keySet().stream()
                    .filter(x -> x.document().equals(k.document())
                            && x.sentence().equals(GoldStandard.sentenceIdentity(prev.text()))).count();
            List<String> here = ev.extracted().keySet().stream().filter(x -> x.document().equals(k.document())
                    && x.sentence().equals(k.sentence())).map(x -> x.subject() + " " + x.relation() + " " + x.object()).toList();
            System.out.println(String.join("\t", m.set(), k.document(), m.genre(),
                    String.valueOf(s.section()).replace('\t', ' ').replace('\n', ' '), m.claim(),
                    sameSection ? "samesec" : "othersec", samePara ? "samepara" : "otherpara",
                    String.valueOf(back), String.valueOf(prevClaims),
                    m.mentions().stream().anyMatch(x -> x.is(MentionType.VESICLE)) ? "vesicle" : "novesicle",
                    String.join("; ", here), bracketed(s, m.mentions()),
                    prev == null ? "" : bracketed(prev, mentionsOf(e, prev))));
        });
    }

    private static List<Mention> mentionsOf(DocumentExtraction e, Sentence s) {
        return e.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end())
                .sorted(Comparator.comparingInt(Mention::start)).toList();
    }

    private static String bracketed(Sentence s, List<Mention> mentions) {
        StringBuilder b = new StringBuilder(s.text());
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            b.insert(m.end() - s.start(), "]{" + GoldStandard.local(m.iri()) + "}");
            b.insert(m.start() - s.start(), "[");
        }
        return b.toString().replace('\t', ' ').replace('\n', ' ');
    }
}
