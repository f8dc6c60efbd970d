package org.exokg.ontology;

/** The ontology cannot be loaded or reasoned over; the message is one line. */
public class OntologyException extends Exception {
    public OntologyException(String message) {
        super(message);
    }

    public OntologyException(String message, Throwable cause) {
        super(message, cause);
    }
}
