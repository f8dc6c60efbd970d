package org.exokg.claim;

import org.exokg.ExoKg;

/** Whether a claim is about vesicles in general or about a kind narrowed by source ("milk-derived exosomes"). */
public enum SubjectScope {
    GENERAL("GeneralScope"),
    SPECIFIC("SpecificScope");

    private final String localName;

    SubjectScope(String localName) {
        this.localName = localName;
    }

    public String iri() {
        return ExoKg.NS + localName;
    }
}
