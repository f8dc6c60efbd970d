package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exokg.mention.Lexicon;

/**
 * (issue 15, branch antecedents36) Switches of the subject layer's antecedent readings, read at each use (so that a
 * test may set them either way; each read is one property look-up per claim, no feature is rebuilt).
 */
public final class AntecedentReadings {

    private AntecedentReadings() {}

    /**
     * {@code -Dexokg.antecedentSecondSource}: a derivedFrom claim whose vesicles are an anaphor ("Their cargo probably
     * comes from dysplastic cholangiocytes" after "Bile EVs ...") or the discourse's vesicles names a second source of the
     * preparation its antecedent was named with: the claim keeps the antecedent's kind and source as its subject and
     * qualifier (convention ee: "a derivedFrom row naming a second source of one preparation carries the subject's
     * qualifier"); not when the object is that source or one of its kinds or genera (the own source row stays
     * unqualified, b).
     */
    static boolean secondSource() {
        return Boolean.parseBoolean(System.getProperty("exokg.antecedentSecondSource", "false"));
    }

    /**
     * {@code -Dexokg.antecedentSpecificSource}: an anaphor's source that is a genus of the one source of that genus the
     * document named its vesicles with before ("Breast milk EVs carried CD63 ... Milk EVs also carried lactoferrin. The
     * vesicles resisted digestion": the preparation is human milk's, not milk's at large) is that specific source.
     */
    static boolean specificSource() {
        return Boolean.parseBoolean(System.getProperty("exokg.antecedentSpecificSource", "false"));
    }

    /** A claim's subject was read through an anaphor or the discourse, not named in its sentence. */
    static boolean referredBack(Claim c) {
        return c.rule() != null && (c.rule().contains("+anaphor") || c.rule().contains("+previous-sentence-subject"));
    }

    /**
     * (switch {@link #specificSource()}) Claims whose subject refers back with a qualifier Q take the one source Q' below
     * Q (Q' a kind of Q, never Q itself) that the document's claims named in their own sentence before it, for a vesicle
     * of the same kind or lineage; with two or more such sources, or none, the claim stays. derivedFrom claims stay (their
     * object is a source of its own). One pass over the claims in text order: no feature is rebuilt.
     */
    public static List<Claim> withSpecificSources(List<Claim> claims, Lexicon lexicon) {
        if (!specificSource()) {
            return claims;
        }
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(java.util.Comparator.comparingInt(c -> c.sentence().start()));
        record Named(int at, String subject, String qualifier) {}
        List<Named> named = new ArrayList<>();
        for (Claim c : ordered) {
            if (c.qualifierIri() != null && !referredBack(c) && c.relation() != Relation.DERIVED_FROM) {
                named.add(new Named(c.sentence().start(), c.subjectIri(), c.qualifierIri()));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        List<Claim> result = new ArrayList<>();
        boolean changed = false;
        for (Claim c : claims) {
            Claim out = c;
            if (referredBack(c) && c.qualifierIri() != null && c.relation() != Relation.DERIVED_FROM) {
                Set<String> below = new LinkedHashSet<>();
                for (Named n : named) {
                    if (n.at() < c.sentence().start() && !n.qualifier().equals(c.qualifierIri())
                            && lexicon.isA(n.qualifier(), c.qualifierIri())
                            && (n.subject().equals(c.subjectIri()) || lexicon.isA(n.subject(), c.subjectIri())
                                    || lexicon.isA(c.subjectIri(), n.subject()))) {
                        below.add(n.qualifier());
                    }
                }
                if (below.size() == 1) {
                    out = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(),
                            SubjectScope.SPECIFIC, below.iterator().next(), c.rule() + "+specific-antecedent-source",
                            c.sentence(), c.preparationName());
                    changed = true;
                }
            }
            if (seen.add(out.identity())) {
                result.add(out);
            }
        }
        return changed ? result : claims;
    }
}
