package org.exokg.ontology;

/** One problem found in the ontology, in the spirit of a ROBOT report row. */
public record Finding(Level level, String rule, String subject, String message) {

    public enum Level { ERROR, WARN, INFO }

    @Override
    public String toString() {
        return level + "\t" + rule + "\t" + subject + "\t" + message;
    }
}
