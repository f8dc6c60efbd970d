package org.exokg.claim;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exokg.mention.Lexicon;
import org.exokg.mention.MentionType;
import org.exokg.mention.Term;

/**
 * The vesicle kinds that the ontology names after a source, or defines by one ("plant-derived nanovesicle":
 * an extracellular vesicle derived from a plant or a plant structure). Claims and reported values about
 * "ginger-derived nanovesicles" are about that kind, narrowed by ginger.
 */
final class SourceNamedKinds {

    private final Lexicon lexicon;
    /** Vesicle class to the sources its label opens with or its definition names. */
    private final Map<String, Set<String>> kinds = new LinkedHashMap<>();

    /**
     * Made once per lexicon: a claim extractor is made per document, the kinds depend on the lexicon alone. Softly
     * held (the kinds hold their lexicon, which a weak key alone would then never let go).
     */
    private static final Map<Lexicon, java.lang.ref.SoftReference<SourceNamedKinds>> BY_LEXICON = new java.util.WeakHashMap<>();

    /** The kinds of {@code lexicon} (shared: read only after construction). */
    static SourceNamedKinds of(Lexicon lexicon) {
        synchronized (BY_LEXICON) {
            java.lang.ref.SoftReference<SourceNamedKinds> held = BY_LEXICON.get(lexicon);
            SourceNamedKinds kinds = held == null ? null : held.get();
            if (kinds == null) {
                kinds = new SourceNamedKinds(lexicon);
                BY_LEXICON.put(lexicon, new java.lang.ref.SoftReference<>(kinds));
            }
            return kinds;
        }
    }

    SourceNamedKinds(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (Term t : lexicon.terms()) {
            if (!t.is(MentionType.VESICLE)) {
                continue;
            }
            String firstWord = t.label().toLowerCase(Locale.ROOT).split("[\\s\\-‐–]+")[0];
            for (Term source : lexicon.terms()) {
                if (source.is(MentionType.SOURCE) && !source.branchRoot() && source.label().equalsIgnoreCase(firstWord)) {
                    kinds.computeIfAbsent(t.iri(), k -> new LinkedHashSet<>()).add(source.iri());
                }
            }
            if (!lexicon.definingSources(t.iri()).isEmpty()) {
                kinds.computeIfAbsent(t.iri(), k -> new LinkedHashSet<>()).addAll(lexicon.definingSources(t.iri()));
            }
        }
    }

    /**
     * The one vesicle subclass of {@code subjectIri} named after or defined by a source that {@code qualifierIri}
     * falls under; the subject itself when there is none or more than one.
     */
    String narrow(String subjectIri, String qualifierIri) {
        String found = null;
        for (Map.Entry<String, Set<String>> kind : kinds.entrySet()) {
            if (!kind.getKey().equals(subjectIri) && lexicon.isA(kind.getKey(), subjectIri)
                    && kind.getValue().stream().anyMatch(source -> lexicon.isA(qualifierIri, source))) {
                if (found != null) {
                    return subjectIri;
                }
                found = kind.getKey();
            }
        }
        return found != null ? found : subjectIri;
    }
}
