package org.exokg.claim;

import org.exokg.document.Sentence;

/**
 * One extracted statement (subject, relation, object) with how it is qualified in its sentence.
 *
 * @param subjectIri the vesicle term (may be more specific than the mention that triggered it,
 *     e.g. "vesicles" in a sentence about exosomes)
 * @param negationCue the cue that negates it, or null (positive polarity)
 * @param hedgeCue the cue that hedges it, or null
 * @param qualifierIri for {@link SubjectScope#SPECIFIC}: the source/kind narrowing the subject (may be null if unknown)
 * @param rule the pattern that produced it, for provenance and error analysis
 * @param preparationName the name the text gives the one preparation the claim is about ("GDN-7"), or null
 */
public record Claim(String subjectIri, Relation relation, String objectIri, String negationCue, String hedgeCue,
        SubjectScope scope, String qualifierIri, String rule, Sentence sentence, String preparationName) {

    /** A claim about vesicles of a kind, not about one named preparation. */
    public Claim(String subjectIri, Relation relation, String objectIri, String negationCue, String hedgeCue,
            SubjectScope scope, String qualifierIri, String rule, Sentence sentence) {
        this(subjectIri, relation, objectIri, negationCue, hedgeCue, scope, qualifierIri, rule, sentence, null);
    }

    public boolean negated() {
        return negationCue != null;
    }

    public boolean hedged() {
        return hedgeCue != null;
    }

    /** What makes two claims from the same sentence the same claim. */
    public String identity() {
        return String.join("|", subjectIri, relation.iri(), objectIri, String.valueOf(negated()),
                String.valueOf(hedged()), String.valueOf(qualifierIri), sentence.normalizedText());
    }
}
