package org.exokg.mention;

/** A recognised term occurrence: text.substring(start, end) is the surface form. */
public record Mention(Term term, int start, int end, String surface) {

    public boolean is(MentionType type) {
        return term.is(type);
    }

    public String iri() {
        return term.iri();
    }

    public Mention withTerm(Term other) {
        return new Mention(other, start, end, surface);
    }
}
