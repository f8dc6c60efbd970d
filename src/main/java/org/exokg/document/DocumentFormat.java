package org.exokg.document;

/** The input formats the readers understand; the name is what the graph records. */
public enum DocumentFormat {
    TEXT("text"),
    JATS("jats"),
    PUBMED("pubmed");

    private final String label;

    DocumentFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
