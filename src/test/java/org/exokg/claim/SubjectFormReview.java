package org.exokg.claim;

/**
 * Developer tool (not a test; issue 15, branch subjects5: MissedShapeReview with, for the misses whose subject was not
 * read or was read with another qualifier, the claims extracted from the same sentence, so that a subject the anaphora
 * layer read can be told from one it did not). From MissedShapeReview (branch triggers8): over the development gold sets of
 * {@link RecallReview#developmentSets()} (never sealed/) prints one tab-separated line per missed gold claim: set,
 * document, genre (pubmed, jats, plain), a first cause read mechanically from the extraction (polarity: the claim was
 * extracted with the other polarity; subject: the relation and object were extracted with another subject or
 * qualifier; relation: subject and object were linked by another relation; object-unknown: the object term is not a
 * mention of the sentence; subject-unknown: nor is the subject; trigger: both terms are mentions and nothing links
 * them), the claim, the surface of the object mention, the sentence with its mentions bracketed. The lines are then
 * grouped into phrase shapes by hand or by script. Usage (from the project root):
 * {@code mvn -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.exokg.claim.SubjectFormReview > misses.tsv}
 */
public final class SubjectFormReview {

    private SubjectFormReview() {}

    public static void main(String[] args) throws Exception {
        MissedShapeReview.forEachMiss(m -> {
            if (!m.cause().equals("trigger-nosubject") && !m.cause().equals("subject")) {
                return;
            }
            GoldStandard.Key k = m.key();
            StringBuilder same = new StringBuilder();
            for (GoldStandard.Key x : m.ev().extracted().keySet()) {
                if (x.document().equals(k.document()) && x.sentence().equals(k.sentence())) {
                    same.append(x.subject()).append(x.qualifier().equals("-") ? "" : "[" + x.qualifier() + "]").append(' ')
                            .append(x.relation()).append(' ').append(x.object()).append("; ");
                }
            }
            System.out.println(String.join("\t", m.set(), k.document(), m.genre(), m.cause(), m.claim(), same.toString(),
                    m.objectSurface(), m.text().replace('\t', ' ').replace('\n', ' ')));
        });
    }
}
