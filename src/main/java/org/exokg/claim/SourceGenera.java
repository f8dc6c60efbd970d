package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.exokg.mention.Lexicon;
import org.exokg.mention.Mention;

/**
 * (branch objects2, issue 15) A derivedFrom row whose object is a broader class of the subject's own qualifier names the
 * same source less specifically: "iPSC-EVs produced from one master cell bank" come from iPS cells, not from a second
 * source "cells"; "plasma vesicles" are not also vesicles of a body fluid. The qualifier already names the source (the
 * most specific class, conventions b and ee: a second source row is one the qualifier does not name), so the row is
 * dropped. Read once per document, on the final qualifiers. -Dexokg.noQualifierGenusSource keeps such rows.
 */
public final class SourceGenera {

    /** Measurement switch: -Dexokg.noQualifierGenusSource keeps derivedFrom rows that name a genus of the qualifier. */
    public static final boolean ON = !Boolean.getBoolean("exokg.noQualifierGenusSource");

    private SourceGenera() {}

    /** The claims without derivedFrom rows (affirmed or denied) whose object the subject's qualifier falls under. */
    public static List<Claim> withoutQualifierGenera(List<Claim> claims, Lexicon lexicon) {
        List<Claim> kept = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.relation() == Relation.DERIVED_FROM && c.qualifierIri() != null && !c.qualifierIri().equals(c.objectIri())
                    && lexicon.isA(c.qualifierIri(), c.objectIri())) {
                continue;
            }
            kept.add(c);
        }
        return kept.size() == claims.size() ? claims : kept;
    }

    /**
     * Measurement switch: -Dexokg.noDemonstrativeSources leaves "these stem cells" as the generic class it names.
     */
    public static final boolean DEMONSTRATIVES = !Boolean.getBoolean("exokg.noDemonstrativeSources");

    /** A demonstrative right before the source noun: "vesicles from these stem cells", "such cells". */
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?i)\\b(?:these|those|such|the\\s+same)\\s+\\z");

    /**
     * (branch objects2; "the most specific class" of the golds, convention c read for sources) A source class named with a
     * demonstrative ("vesicles from these stem cells") refers back to the cells the text named before: the qualifier or
     * derivedFrom object it gives is the most recent earlier mention of a narrower class ("mesenchymal stem cells"). A
     * sentence that also names the class without a demonstrative, or a text with no narrower class before it, keeps it.
     */
    public static List<Claim> withDemonstrativeSources(String text, List<Mention> documentMentions, List<Claim> claims,
            Function<Claim, List<Mention>> sentenceMentions, Lexicon lexicon) {
        Map<String, Claim> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Claim c : claims) {
            Claim r = c;
            if (c.qualifierIri() != null) {
                String q = antecedent(text, documentMentions, sentenceMentions.apply(c), c.qualifierIri(), lexicon);
                if (q != null) {
                    r = new Claim(r.subjectIri(), r.relation(), r.objectIri(), r.negationCue(), r.hedgeCue(), r.scope(), q,
                            r.rule() + "+demonstrative-source", r.sentence(), r.preparationName());
                }
            }
            if (c.relation() == Relation.DERIVED_FROM) {
                String o = antecedent(text, documentMentions, sentenceMentions.apply(c), c.objectIri(), lexicon);
                if (o != null) {
                    r = new Claim(r.subjectIri(), r.relation(), o, r.negationCue(), r.hedgeCue(), r.scope(), r.qualifierIri(),
                            r.rule() + "+demonstrative-source", r.sentence(), r.preparationName());
                }
            }
            changed |= r != c;
            out.putIfAbsent(r.identity(), r);
        }
        return changed ? new ArrayList<>(out.values()) : claims;
    }

    /** The narrower class a demonstrative mention of {@code iri} in the sentence refers back to, or null. */
    private static String antecedent(String text, List<Mention> documentMentions, List<Mention> sentence, String iri, Lexicon lexicon) {
        Mention demonstrative = null;
        for (Mention m : sentence) {
            if (!m.iri().equals(iri)) {
                continue;
            }
            if (!DEMONSTRATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return null;
            }
            demonstrative = demonstrative == null ? m : demonstrative;
        }
        if (demonstrative == null) {
            return null;
        }
        Mention found = null;
        for (Mention m : documentMentions) {
            if (m.start() < demonstrative.start() && (found == null || m.start() > found.start()) && !m.iri().equals(iri)
                    && lexicon.isA(m.iri(), iri)) {
                found = m;
            }
        }
        return found == null ? null : found.iri();
    }
}
