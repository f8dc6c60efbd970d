package org.exokg.mention;

import org.exokg.ExoKg;

import java.util.List;

/**
 * The ontology's top-level branches (docs/graph-model.md). A term's type is decided by the
 * class hierarchy: the branch it falls under. Vesicles are of two branches (released by cells, or
 * artificial). Cargo and vesicle source are roles, not kinds: the kinds that can play them are the range
 * of the relation named here ({@code carries}, {@code derivedFrom}), read from the ontology.
 */
public enum MentionType {
    VESICLE(null, "ExtracellularVesicle", "ArtificialVesicle"),
    SOURCE("derivedFrom", "VesicleSource"),
    CARGO("carries", "Cargo"),
    LOADING_TECHNIQUE(null, "LoadingTechnique"),
    PROPERTY(null, "VesicleProperty"),
    BARRIER(null, "BiologicalBarrier"),
    APPLICATION(null, "Application"),
    DISEASE(null, "Disease"),
    CHALLENGE(null, "ClinicalChallenge"),
    RNA_EXOSOME_COMPLEX(null, "RnaExosomeComplex"),
    /**
     * Any other material entity (organelle, liposome, multivesicular body, organism ...): assigned only to terms
     * under no other branch. Such terms are never objects of the ten relations; they can be what a vesicle is
     * said to be a kind of ("exosomes are organelles").
     */
    MATERIAL_ENTITY(null, "MaterialEntity");

    private final String kindsRelation;
    private final List<String> localNames;

    MentionType(String kindsRelation, String... localNames) {
        this.kindsRelation = kindsRelation;
        this.localNames = List.of(localNames);
    }

    /** IRI of the branch's (first) root class. */
    public String branchIri() {
        return ExoKg.NS + localNames.get(0);
    }

    /** IRIs of the branch's root classes: the terms that name the branch itself. */
    public List<String> rootIris() {
        return localNames.stream().map(n -> ExoKg.NS + n).toList();
    }

    /** IRI of the relation whose range lists the kinds in this branch besides the roots' subclasses, or null. */
    public String kindsRelationIri() {
        return kindsRelation == null ? null : ExoKg.NS + kindsRelation;
    }
}
