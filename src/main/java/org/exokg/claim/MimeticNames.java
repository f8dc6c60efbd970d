package org.exokg.claim;

import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that say vesicles were made from whole cells by extrusion, sonication or cavitation ({@code
 * mimetic-words.yaml}, data): a name defined for such vesicles ("nanovesicles extruded from macrophages (M2-NVs)")
 * stands for extracellular vesicle mimetics (issue 15, branch mimeticnames). {@link NamedPreparations#mimeticName}
 * reads the definition.
 *
 * @param making the making words as one group of alternatives
 * @param producers the source classes (local names) whose members may be broken into mimetics (branch mimetickinds)
 * @param notProducers the subclasses of a producer that are none (plants, mammals)
 */
record MimeticNames(String making, java.util.List<String> producers, java.util.List<String> notProducers) {

    static final String RESOURCE = "mimetic-words.yaml";

    /**
     * Switch (branch mimeticnames; on by default): -Dexokg.noMimeticNames leaves a name defined for extruded or sonicated
     * cells' vesicles, or for mimetics, as it was read before (the vesicle noun's kind; no name for mimetics).
     */
    static final boolean MIMETIC_NAMES = !Boolean.getBoolean("exokg.noMimeticNames");

    /**
     * Switch (issue 15, branch mimetickinds; see docs/extraction.md for its default): -Dexokg.mimeticProducers lets the
     * vesicles of any producer of {@code producers} be mimetics after a making word ("vesicle mimetics produced by
     * extruding the same bacteria (LjEMs)"), not only cells'. Without it a cell must follow the word, as before.
     */
    static final boolean ANY_PRODUCER = Boolean.parseBoolean(System.getProperty("exokg.mimeticProducers", "true"));

    /**
     * Switch (issue 15, branch mimetickinds; see docs/extraction.md for its default): -Dexokg.unqualifiedMimetics writes
     * claims about mimetics without a qualifier (convention zzzz), whatever source their phrase or antecedent names.
     */
    static final boolean UNQUALIFIED = Boolean.parseBoolean(System.getProperty("exokg.unqualifiedMimetics", "true"));

    /**
     * Switch (issue 15, branch mimetickinds; see docs/extraction.md for its default): -Dexokg.mimeticSourceRows gives each
     * use of a mimetic name the derivedFrom row of the producer its defining sentence broke ("LjEMs did not reduce ...":
     * ExtracellularVesicleMimetic derivedFrom Bacterium; conventions zzzz, nnn, ll).
     */
    static final boolean SOURCE_ROWS = Boolean.parseBoolean(System.getProperty("exokg.mimeticSourceRows", "true"));

    private static final MimeticNames DEFAULT = RuleFile.read(RESOURCE, MimeticNames::parse);

    /** The shipped words. */
    static MimeticNames defaults() {
        return DEFAULT;
    }

    /** Reads a mimetic-word file; a missing or empty section, or a word that is no regular expression, is an error naming it. */
    static MimeticNames parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "word lists");
        return new MimeticNames(RuleFile.words(root, "making", name), names(RuleFile.optionalSection(root, "producers", name)),
                names(RuleFile.optionalSection(root, "notProducers", name)));
    }

    private static java.util.List<String> names(java.util.List<?> items) {
        return items.stream().map(String::valueOf).map(String::strip).toList();
    }

    /**
     * Whether a source of class {@code iri} may be broken into mimetics: a cell, or (with the switch) a member of a
     * producer class that is in no excluded subclass ("bacteria", "yeast"; not "ginger", not "mice").
     */
    boolean producer(String iri, java.util.function.BiPredicate<String, String> isA) {
        return producer(iri, isA, ANY_PRODUCER);
    }

    /** {@link #producer(String, java.util.function.BiPredicate)} with the switch given (tests read both ways). */
    boolean producer(String iri, java.util.function.BiPredicate<String, String> isA, boolean anyProducer) {
        if (isA.test(iri, org.exokg.ExoKg.NS + "Cell")) {
            return true;
        }
        if (!anyProducer) {
            return false;
        }
        for (String n : notProducers) {
            if (isA.test(iri, org.exokg.ExoKg.NS + n)) {
                return false;
            }
        }
        for (String p : producers) {
            if (isA.test(iri, org.exokg.ExoKg.NS + p)) {
                return true;
            }
        }
        return false;
    }

    /** The making words, case-insensitive, as a whole word. */
    Pattern makingPattern() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + making + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
