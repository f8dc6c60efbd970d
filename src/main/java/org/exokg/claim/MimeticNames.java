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
 */
record MimeticNames(String making) {

    static final String RESOURCE = "mimetic-words.yaml";

    /**
     * Switch (branch mimeticnames; on by default): -Dexokg.noMimeticNames leaves a name defined for extruded or sonicated
     * cells' vesicles, or for mimetics, as it was read before (the vesicle noun's kind; no name for mimetics).
     */
    static final boolean MIMETIC_NAMES = !Boolean.getBoolean("exokg.noMimeticNames");

    private static final MimeticNames DEFAULT = RuleFile.read(RESOURCE, MimeticNames::parse);

    /** The shipped words. */
    static MimeticNames defaults() {
        return DEFAULT;
    }

    /** Reads a mimetic-word file; a missing or empty section, or a word that is no regular expression, is an error naming it. */
    static MimeticNames parse(InputStream in, String name) {
        Map<?, ?> root = RuleFile.sections(in, name, "word lists");
        return new MimeticNames(RuleFile.words(root, "making", name));
    }

    /** The making words, case-insensitive, as a whole word. */
    Pattern makingPattern() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + making + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
