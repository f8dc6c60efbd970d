package org.exokg.mention;

import java.util.Set;

/**
 * An ontology term the extractor can recognise.
 *
 * @param types the branches it falls under (usually one)
 * @param branchRoot true for the branch classes themselves ("cargo", "disease"): recognised,
 *     but too general to be the object of a claim
 */
public record Term(String iri, String label, Set<MentionType> types, boolean branchRoot) {
    public Term {
        types = Set.copyOf(types);
    }

    public boolean is(MentionType type) {
        return types.contains(type);
    }
}
