package org.exokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ontology axiom as the reasoning stage records it (Manchester syntax with local names, e.g.
 * "hasProperty some ImmuneEvasion DisjointWith hasProperty some Immunocompetence") put in words with the
 * terms' labels: "Nothing is both something that has property immune evasion and something that has
 * property immunocompetence." Forms it does not know keep their syntax, with labels for names.
 */
final class AxiomInWords {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern SOME = Pattern.compile("^(\\w+) (some|only) (\\w+)$");
    private static final Pattern NAMED = Pattern.compile("^\\w+$");

    private final Map<String, String> labels;

    /** @param labels local name of an ontology term to its label */
    AxiomInWords(Map<String, String> labels) {
        this.labels = labels;
    }

    String words(String axiom) {
        String a = axiom.strip();
        if (a.startsWith("DisjointClasses:")) {
            List<String> parts = new ArrayList<>();
            for (String p : a.substring("DisjointClasses:".length()).split(",")) {
                parts.add(plural(p.strip()));
            }
            return "Nothing is more than one of: " + String.join(", ", parts) + ".";
        }
        String[] sub = a.split(" SubClassOf ", 2);
        if (sub.length == 2 && simple(sub[0]) && simple(sub[1])) {
            return ClaimPhrasing.capitalise("every " + phrase(sub[0], false) + " is " + phrase(sub[1], true) + ".");
        }
        String[] disjoint = a.split(" DisjointWith ", 2);
        if (disjoint.length == 2 && simple(disjoint[0]) && simple(disjoint[1])) {
            return "Nothing is both " + phrase(disjoint[0], true) + " and " + phrase(disjoint[1], true) + ".";
        }
        String[] equivalent = a.split(" EquivalentTo ", 2);
        if (equivalent.length == 2 && simple(equivalent[0]) && simple(equivalent[1])) {
            return ClaimPhrasing.capitalise(phrase(equivalent[0], true) + " is the same as " + phrase(equivalent[1], true) + ".");
        }
        String[] domain = a.split(" Domain ", 2);
        if (domain.length == 2 && NAMED.matcher(domain[0]).matches() && NAMED.matcher(domain[1]).matches()) {
            return "Only " + plural(domain[1]) + " can " + base(domain[0]) + " something.";
        }
        String[] range = a.split(" Range ", 2);
        if (range.length == 2 && NAMED.matcher(range[0]).matches() && NAMED.matcher(range[1]).matches()) {
            return "Whatever something " + singular(label(range[0])) + " is " + article(label(range[1])) + ".";
        }
        return names(a);
    }

    /** A label for every known name in a text, other words unchanged. */
    String names(String text) {
        Matcher m = NAME.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(labels.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static boolean simple(String e) {
        return NAMED.matcher(e.strip()).matches() || SOME.matcher(e.strip()).matches();
    }

    /** A named class ("exosome", or "an exosome" with an article) or "something that has property X". */
    private String phrase(String e, boolean withArticle) {
        Matcher some = SOME.matcher(e.strip());
        if (some.matches()) {
            String verb = singular(label(some.group(1)));
            return "something that " + verb + (some.group(2).equals("only") ? " only " : " ") + label(some.group(3));
        }
        String l = label(e.strip());
        return withArticle ? article(l) : l;
    }

    private String plural(String name) {
        return ClaimPhrasing.plural(label(name));
    }

    /** "has property" stays; a participle ("derived from") takes "is". */
    private static String singular(String relation) {
        String first = relation.split("\\s+")[0];
        return first.endsWith("ed") ? "is " + relation : relation;
    }

    private String base(String property) {
        String plural = ClaimPhrasing.verb(label(property), false);
        return plural.startsWith("are ") ? "be " + plural.substring(4) : plural;
    }

    private String label(String name) {
        return labels.getOrDefault(name, name);
    }

    static String article(String noun) {
        return (!noun.isEmpty() && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
