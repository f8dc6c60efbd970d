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
    RNA_EXOSOME_COMPLEX("RnaExosomeComplex"),
    /**
     * Any other material entity (organelle, liposome, multivesicular body, organism ...): assigned only to terms
     * under no other branch. Such terms are never objects of the ten relations; they can be what a vesicle is
     * said to be a kind of ("exosomes are organelles").
     */
    MATERIAL_ENTITY("MaterialEntity");

    private final String localName;

    MentionType(String localName) {
        this.localName = localName;
    }

    /** IRI of the branch's root class. */
    public String branchIri() {
        return ExoKg.NS + localName;
    }
}
