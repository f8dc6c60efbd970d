package org.exokg.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * (branch dev22b) A shorter restatement of a source the document has already named more specifically keeps the specific
 * source as the qualifier: "exosomes isolated from bovine milk ... the milk exosomes carry CD63" qualifies the later
 * claims BovineMilk (the most specific source the text gives those vesicles), as the golds do. Only when exactly one
 * narrower source was named in an earlier sentence; two ("human milk", "bovine milk") leave the general word as read.
 * The derivedFrom row's object stays the word the sentence uses (convention b). Read once the document's claims are
 * known. -Dexokg.noNarrowerDocumentSource turns the reading off.
 */
public final class NarrowerDocumentSource {

    /** Measurement switch: -Dexokg.noNarrowerDocumentSource keeps every qualifier as its sentence reads it. */
    public static final boolean ON = !Boolean.getBoolean("exokg.noNarrowerDocumentSource");

    private NarrowerDocumentSource() {}

    /**
     * The claims with each qualifier narrowed to the one narrower source named in an earlier sentence of the document.
     *
     * @param claims the document's claims in text order
     * @param isA    whether the first class is (transitively) a subclass of the second
     */
    public static List<Claim> resolve(List<Claim> claims, BiPredicate<String, String> isA) {
        Set<String> earlier = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        int currentStart = Integer.MIN_VALUE;
        Map<String, Claim> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Claim c : claims) {
            int start = c.sentence().start();
            if (start != currentStart) {
                if (start < currentStart) {
                    return claims; // not in text order: read nothing
                }
                earlier.addAll(current);
                current.clear();
                currentStart = start;
            }
            if (c.qualifierIri() != null) {
                current.add(c.qualifierIri());
            }
            if (c.relation() == Relation.DERIVED_FROM && !c.negated()) {
                current.add(c.objectIri());
            }
            Claim r = c;
            String q = c.qualifierIri();
            if (q != null) {
                List<String> narrower = new ArrayList<>();
                for (String s : earlier) {
                    if (!s.equals(q) && isA.test(s, q)) {
                        narrower.add(s);
                    }
                }
                if (narrower.size() == 1) {
                    r = new Claim(c.subjectIri(), c.relation(), c.objectIri(), c.negationCue(), c.hedgeCue(), c.scope(),
                            narrower.get(0), c.rule() + "+narrower-document-source", c.sentence(), c.preparationName());
                    changed = true;
                }
            }
            out.putIfAbsent(r.identity(), r);
        }
        return changed ? new ArrayList<>(out.values()) : claims;
    }
}
