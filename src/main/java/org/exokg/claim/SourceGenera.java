package org.exokg.claim;

import java.util.ArrayList;
import java.util.List;
import org.exokg.mention.Lexicon;

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
}
