package org.exokg.server;

import java.util.Locale;
import org.apache.jena.rdf.model.RDFNode;
import org.exokg.server.ResourceDescriber.Row;

/**
 * A claim as a sentence a biologist reads: "milk-derived exosomes do not cross the blood-brain barrier".
 * The subject is put in the plural, narrowed by the claim's qualifier in words ("milk-derived" when the
 * qualifier is a source, the narrower kind itself when it is one, "in cancer" otherwise), and the
 * relation's label is conjugated to agree with it, negated when the claim is.
 */
final class ClaimPhrasing {

    private ClaimPhrasing() {
    }

    /** The subject as a claim scopes it, from a row with subject/qualifier variables and their labels. */
    static String scope(Row r) {
        String subject = label(r, "subject");
        if (!r.has("qualifier")) {
            return plural(subject);
        }
        String qualifier = label(r, "qualifier");
        if (bool(r, "qualifierIsKind")) {
            return plural(qualifier);
        }
        if (bool(r, "qualifierIsSource")) {
            return qualifier + "-derived " + plural(subject);
        }
        return plural(subject) + " in " + qualifier;
    }

    /** The relation, conjugated for a plural subject: "carry", "are derived from", "do not cross". */
    static String verb(String relationLabel, boolean negated) {
        String[] words = relationLabel.trim().split("\\s+", 2);
        String first = words[0];
        String rest = words.length > 1 ? " " + words[1] : "";
        if (first.equals("is") || first.equals("are")) {
            return (negated ? "are not" : "are") + rest;
        }
        if (first.equals("has") || first.equals("have")) {
            return (negated ? "do not have" : "have") + rest;
        }
        if (first.endsWith("ed") || first.equals("found") || first.equals("known")) {
            return (negated ? "are not " : "are ") + first + rest; // a participle: "derived from", "loaded by"
        }
        String base = baseForm(first);
        return (negated ? "do not " + base : base) + rest;
    }

    /** The whole statement of a claim row (subject, predicate, object, polarity, qualifier with labels). */
    static String statement(Row r) {
        boolean negated = r.text("polarity").endsWith("NegativePolarity");
        String s = scope(r) + " " + verb(label(r, "predicate"), negated) + " " + label(r, "object");
        return capitalise(s);
    }

    static String plural(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return lower.endsWith("ss") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")
                    ? noun + "es" : noun; // "exosomes" is already plural
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    private static String baseForm(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.endsWith("ies") && v.length() > 3) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (v.endsWith("sses") || v.endsWith("shes") || v.endsWith("ches") || v.endsWith("xes") || v.endsWith("zes")) {
            return verb.substring(0, verb.length() - 2);
        }
        if (v.endsWith("s") && !v.endsWith("ss")) {
            return verb.substring(0, verb.length() - 1);
        }
        return verb;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The label of {@code var} ({@code var}Label), else a short form of its IRI. */
    static String label(Row r, String var) {
        if (r.has(var + "Label") && !r.text(var + "Label").isBlank()) {
            return r.text(var + "Label");
        }
        RDFNode n = r.get(var);
        return n == null ? "" : n.isURIResource() ? HtmlDescription.curie(n) : r.text(var);
    }

    static boolean bool(Row r, String var) {
        return "true".equals(r.text(var));
    }
}
