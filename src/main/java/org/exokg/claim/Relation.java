package org.exokg.claim;

import org.exokg.ExoKg;

/** The ontology's claim relations (object properties with domain exokg:ExtracellularVesicle). */
public enum Relation {
    DERIVED_FROM("derivedFrom"),
    CARRIES("carries"),
    LOADED_BY("loadedBy"),
    HAS_PROPERTY("hasProperty"),
    CROSSES("crosses"),
    TARGETS("targets"),
    USED_FOR("usedFor"),
    TREATS("treats"),
    HAS_CHALLENGE("hasChallenge"),
    CONTRIBUTES_TO("contributesTo"),
    /** What a document says a vesicle is ("exosomes are small extracellular vesicles"); see {@link ClassificationReader}. */
    IS_KIND_OF("isKindOf");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public String iri() {
        return ExoKg.NS + localName;
    }
}
