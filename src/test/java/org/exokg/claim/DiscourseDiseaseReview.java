package org.exokg.claim;

import java.util.List;
import java.util.stream.Collectors;
import org.exokg.document.Sentence;
import org.exokg.mention.Mention;
import org.exokg.mention.MentionType;
import org.exokg.rdf.DocumentExtraction;

/**
 * Developer tool (not a test; issue 15, branch discoursedisease38): the missed treats / contributesTo rows of the sets
 * named by {@code -Dreview.sets} (design sets only) whose sentence names no disease, each with the disease classes named
 * earlier in the document (in order), the document's first sentence and the two sentences before it. Usage:
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.DiscourseDiseaseReview -Dreview.sets=...}
 */
public final class DiscourseDiseaseReview {

    private DiscourseDiseaseReview() {}

    static String diseases(DocumentExtraction e, Sentence s) {
        return e.mentions().stream().filter(x -> x.is(MentionType.DISEASE) && x.start() >= s.start() && x.end() <= s.end())
                .map(x -> GoldStandard.local(x.iri())).distinct().collect(Collectors.joining(","));
    }

    public static void main(String[] args) throws Exception {
        MissedShapeReview.forEachMiss(m -> {
            String rel = m.key().relation();
            if (!rel.equals("treats") && !rel.equals("contributesTo")) {
                return;
            }
            boolean disease = m.mentions().stream().anyMatch(x -> x.is(MentionType.DISEASE));
            DocumentExtraction e = m.extraction();
            Sentence s = m.sentence();
            StringBuilder b = new StringBuilder();
            b.append("=== ").append(m.set()).append(" | ").append(m.key().document()).append(" | ").append(m.cause())
                    .append(" | ").append(m.claim()).append(" | diseaseInSentence=").append(disease).append('\n');
            if (e != null && s != null) {
                List<DocumentExtraction.DistinctSentence> ss = e.sentences();
                int at = -1;
                for (int i = 0; i < ss.size(); i++) {
                    if (ss.get(i).first() == s) {
                        at = i;
                    }
                }
                String earlier = e.mentions().stream().filter(x -> x.is(MentionType.DISEASE) && x.end() <= s.start())
                        .map(x -> GoldStandard.local(x.iri()) + "(" + x.surface() + ")").distinct()
                        .collect(Collectors.joining(", "));
                b.append("  earlier: ").append(earlier).append('\n');
                Sentence first = ss.isEmpty() ? null : ss.get(0).first();
                Sentence prev = at > 0 ? ss.get(at - 1).first() : null;
                b.append("  firstD: ").append(first == null ? "" : diseases(e, first)).append('\n');
                b.append("  prevD: ").append(prev == null ? "" : diseases(e, prev)).append('\n');
                if (!ss.isEmpty()) {
                    b.append("  first: ").append(ss.get(0).first().text().replace('\n', ' ')).append('\n');
                }
                for (int i = Math.max(1, at - 2); i < at; i++) {
                    b.append("  prev: ").append(ss.get(i).first().text().replace('\n', ' ')).append('\n');
                }
            }
            b.append("  >> ").append(m.text().replace('\n', ' '));
            System.out.println(b);
        });
    }
}
