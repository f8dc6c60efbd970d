package org.exokg.mention;

import org.exokg.ExoKg;

/**
 * The ontology's top-level branches (docs/graph-model.md). A term's type is decided by the
 * class hierarchy: the branch it falls under.
 */
public enum MentionType {
    VESICLE("ExtracellularVesicle"),
    SOURCE("VesicleSource"),
    CARGO("Cargo"),
    LOADING_TECHNIQUE("LoadingTechnique"),
    PROPERTY("VesicleProperty"),
    BARRIER("BiologicalBarrier"),
    APPLICATION("Application"),
    DISEASE("Disease"),
    CHALLENGE("ClinicalChallenge"),
    RNA_EXOSOME_COMPLEX("RnaExosomeComplex");

    private final String localName;

    MentionType(String localName) {
        this.localName = localName;
    }

    /** IRI of the branch's root class. */
    public String branchIri() {
        return ExoKg.NS + localName;
    }
}
